// The accepted regions of one document, followed until the user leaves them or goes quiet: each is found again in
// every look by its anchors (region.ts) and its edges moved through the user's edits as an editor's tracked range
// that never grows when typing at its edges (tracked-range.ts); its text then is the outcome CN, recorded once with
// the edit distance from what was accepted. Split from the tracker (tracker.ts), which decides what was accepted and hands the region here.
// Pure: no DOM, no timers.
import type { CompletionKind } from '../../core/completion-events';
import { levenshtein } from './edit-distance';
import { findNear, locateRegion, pinRegion, type RegionPins } from './region';
import type { Range } from './tracked-range';
import type { Snapshot } from './types';

/** An accepted region nobody touched for this long has its outcome recorded (reason `quiet`). */
export const QUIET_MS = 20_000;

export type OutcomeReason = 'left' | 'quiet' | 'page-exit' | 'document-closed';

export interface OutcomeSink {
  now(): number;
  emit(
    kind: Extract<CompletionKind, 'completion_outcome'>,
    body: { suggestionId: string; acceptedText: string; finalText: string; editDistance: number; reason: OutcomeReason },
  ): void;
}

interface Region {
  suggestionId: string;
  accepted: string;
  /** Its text and anchors at the last look (`pins.text` is CN so far). */
  pins: RegionPins;
  changedAt: number;
  /** Its earlier states, newest last: an undo or redo brings one back whole. */
  past: RegionPins[];
  /** The last window it was looked for in, and where it was found there (a look asks twice: `allFound`, `follow`). */
  seen?: { snap: Snapshot; at: Range | null };
}

/** Earlier states kept a region (each a few hundred characters). */
const PAST_STATES = 8;

export class FollowedRegions {
  private readonly regions: Region[] = [];

  constructor(private readonly sink: OutcomeSink) {}

  get size(): number {
    return this.regions.length;
  }

  /** Characters a look needs to find every region with its anchors (the tracker adds its own and a margin). */
  span(): number {
    let chars = 0;
    for (const r of this.regions) chars += Math.max(r.accepted.length, r.pins.text.length);
    return chars;
  }

  /** Every region is found in this window (else a wider look is needed before deciding it was left). */
  allFound(snap: Snapshot): boolean {
    return this.regions.every((r) => this.locate(snap, r) !== null);
  }

  /** The accepted text ending at `end` in `snap` becomes a followed region. */
  open(suggestionId: string, accepted: string, snap: Snapshot, end: number): void {
    const start = Math.max(0, end - accepted.length);
    this.regions.push({ suggestionId, accepted, pins: pinRegion(snap, start, end), changedAt: this.sink.now(), past: [] });
  }

  /**
   * A partly accepted suggestion whose rest went away: its region ends right after `tail` (found nearest `line`).
   * With no window, or the tail not found, its outcome is what was accepted, as last seen.
   */
  openAtTail(suggestionId: string, accepted: string, tail: string, line: number, snap: Snapshot | null): void {
    const at = snap ? findNear(snap, tail, line) : null;
    if (snap && at !== null) return this.open(suggestionId, accepted, snap, at + tail.length);
    const region = { suggestionId, accepted, pins: { before: '', text: accepted, after: '', line }, changedAt: 0, past: [] };
    this.regions.push(region);
    this.close(region, 'left');
  }

  /** Finds each region in this look: its text now, and whether the caret left it. */
  follow(snap: Snapshot): void {
    for (const r of [...this.regions]) {
      const found = this.locate(snap, r);
      if (!found) {
        this.close(r, 'left');
        continue;
      }
      const pins = pinRegion(snap, found.start, found.end);
      const was = r.pins;
      if (pins.text !== was.text || pins.before !== was.before || pins.after !== was.after) {
        if (pins.text !== was.text) r.changedAt = this.sink.now();
        r.past.push(was);
        if (r.past.length > PAST_STATES) r.past.shift();
      }
      r.pins = pins;
      r.seen = undefined;
      if (caretOutside(snap, found.start, found.end)) this.close(r, 'left');
    }
  }

  /**
   * Where a region is in this window. When the text around it is as at the last look, or an earlier state of it is
   * back whole (an undo, a redo, an edit typed and deleted again), that state's region; otherwise the last state's
   * region moved through the edit found between its anchors (region.ts). Null when neither is found.
   */
  private locate(snap: Snapshot, r: Region): Range | null {
    if (r.seen?.snap === snap) return r.seen.at;
    let at = unchanged(snap, r.pins);
    for (let i = r.past.length - 1; at === null && i >= 0; i--) at = unchanged(snap, r.past[i]!);
    at ??= locateRegion(snap, r.pins);
    r.seen = { snap, at };
    return at;
  }
  /** When the region changed longest ago reaches QUIET_MS without a change (the `now` clock); null: none followed. */
  quietDue(): number | null {
    let due: number | null = null;
    for (const r of this.regions) due = Math.min(due ?? Infinity, r.changedAt + QUIET_MS);
    return due;
  }

  /** Records the outcome of every region quiet for QUIET_MS. */
  closeQuiet(): void {
    const now = this.sink.now();
    for (const r of [...this.regions]) if (now - r.changedAt >= QUIET_MS) this.close(r, 'quiet');
  }

  closeAll(reason: OutcomeReason): void {
    for (const r of [...this.regions]) this.close(r, reason);
  }

  private close(r: Region, reason: OutcomeReason): void {
    const i = this.regions.indexOf(r);
    if (i < 0) return;
    this.regions.splice(i, 1);
    this.sink.emit('completion_outcome', {
      suggestionId: r.suggestionId,
      acceptedText: r.accepted,
      finalText: r.pins.text,
      editDistance: levenshtein(r.accepted, r.pins.text),
      reason,
    });
  }
}

/** The region of `pins` when its text and both anchors stand in the window as pinned (nearest its line). */
function unchanged(snap: Snapshot, pins: RegionPins): Range | null {
  const at = findNear(snap, pins.before + pins.text + pins.after, pins.line);
  if (at === null) return null;
  const start = at + pins.before.length;
  return { start, end: start + pins.text.length };
}

/**
 * The caret is outside [start, end]: decided by the caret's line when the snapshot knows it (a line wholly inside
 * or wholly outside the region), by its offset otherwise (which Monaco measures with a layout read).
 */
function caretOutside(snap: Snapshot, start: number, end: number): boolean {
  const line = snap.caretLine;
  if (line) {
    if (line.end < start || line.start > end) return true;
    if (line.start >= start && line.end <= end) return false;
  }
  const cursor = snap.cursor;
  return cursor !== null && (cursor < start || cursor > end);
}
