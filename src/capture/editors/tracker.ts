// One editor document's completion episodes, from successive snapshots (types.ts) and what the user did between them
// (inputs.ts). A suggestion is `completion_shown` once, with its context C0; it is then accepted (whole, or a word or
// line at a time: exactly the text each acceptance inserted), or rejected with the cause the user's last decisive
// input gives; what was accepted becomes a region followed until the user leaves it or goes quiet, and its text then
// is the outcome CN. Pure: no DOM, no timers (the session calls `observe` and `leave`), so it is tested on
// snapshots alone.
import type { CompletionKind } from '../../core/completion-events';
import type { EventOf } from '../../core/events';
import { levenshtein } from './edit-distance';
import { type Input, rejectionCause, type RejectionHow, typedExactly } from './inputs';
import { ANCHOR_CHARS, lineAt, locateRegion, pinRegion, type RegionPins } from './region';
import type { EditorKind, Snapshot } from './types';
import { prefixWindow, suffixWindow } from './window';

/** An accepted region nobody touched for this long has its outcome recorded (reason `quiet`). */
export const QUIET_MS = 20_000;
const TAIL = 24;
const SPAN_MARGIN = 512;

export type CompletionBody<K extends CompletionKind> = Omit<
  EventOf<K>,
  'id' | 'v' | 'kind' | 'site' | 'conversationId' | 'ts' | 'origin' | 'url' | 'createdAt'
>;

export interface TrackerContext {
  editor: EditorKind;
  now(): number;
  newId(): string;
  emit<K extends CompletionKind>(kind: K, body: CompletionBody<K>): void;
  /** What the page says about the document and the provider, read when a suggestion is shown. */
  describe(): { file?: string; language?: string; source?: string };
  /** A suggestion was not recorded (binary-looking text, a line too long to read): counted where health shows it. */
  skipped(reason: 'binary' | 'long-line'): void;
}

interface Episode {
  id: string;
  /** The ghost text still shown (the suggestion less what was accepted or typed through). */
  remaining: string;
  /** Text right before the ghost's insertion point, to find the point again. */
  tail: string;
  line: number;
  accepted: string;
  /** The ghost went away with no input to explain it: the next input or suggestion decides. */
  hidden: boolean;
}

interface Region {
  suggestionId: string;
  accepted: string;
  pins: RegionPins;
  final: string;
  changedAt: number;
}

export type LeaveReason = 'blur' | 'page-exit' | 'document-closed';

export class CompletionTracker {
  private episode: Episode | null = null;
  private readonly regions: Region[] = [];
  private inputs: Input[] = [];
  private skippedGhost: string | null = null;

  constructor(private readonly ctx: TrackerContext) {}

  /** Something is in flight: a suggestion shown or a region followed (the session then reads on every change). */
  get busy(): boolean {
    return this.episode !== null || this.regions.length > 0;
  }

  /** A suggestion is on screen: what the user does next decides its fate, so the screen before each input counts. */
  get showing(): boolean {
    return this.episode !== null;
  }

  /**
   * Characters a side a look needs while following what is in flight (the suggestion's rest and its anchor, each
   * region with its anchors, and a margin): far fewer than the full window, which only a new suggestion needs.
   */
  span(): number {
    let chars = 4 * ANCHOR_CHARS + SPAN_MARGIN;
    if (this.episode) chars += TAIL + this.episode.remaining.length + this.episode.accepted.length;
    for (const r of this.regions) chars += Math.max(r.accepted.length, r.final.length);
    return chars;
  }

  /**
   * True when a narrowed look (`span`) decides everything this snapshot would: no new suggestion to record with its
   * full context, and the suggestion's rest and every region found in it. Otherwise the full window is read.
   */
  canFollow(snap: Snapshot): boolean {
    const ep = this.episode;
    const ghost = snap.ghost;
    if (ghost && !ep && ghost.text !== this.skippedGhost) return false;
    if (ep && ghost) {
      const same = ghost.text === ep.remaining && this.isAt(snap, ghost.at, ep.tail);
      const part = ep.remaining.slice(0, ep.remaining.length - ghost.text.length);
      const shorter =
        ghost.text.length < ep.remaining.length && ep.remaining.endsWith(ghost.text) && this.isAt(snap, ghost.at, ep.tail + part);
      if (!same && !shorter) return false;
    }
    if (ep && !ghost && this.find(snap, ep.tail + ep.remaining, ep.line) === null) return false;
    return this.regions.every((r) => locateRegion(snap, r.pins) !== null);
  }

  input(input: Input): void {
    this.inputs.push(input);
    if (this.inputs.length > 64) this.inputs.shift();
  }

  observe(snap: Snapshot): void {
    const ghost = snap.ghost;
    if (this.episode) this.follow(this.episode, snap);
    if (!this.episode && ghost && ghost.text !== this.skippedGhost) this.show(snap, ghost);
    if (!ghost) this.skippedGhost = null;
    this.followRegions(snap);
  }

  /** When the region changed longest ago reaches QUIET_MS without a change (the `now` clock); null: none followed. */
  quietDue(): number | null {
    let due: number | null = null;
    for (const r of this.regions) due = Math.min(due ?? Infinity, r.changedAt + QUIET_MS);
    return due;
  }

  /** Quiet regions get their outcome; returns true while a region is still followed. */
  tick(snap: Snapshot | null): boolean {
    if (snap) this.followRegions(snap);
    const now = this.ctx.now();
    for (const r of [...this.regions]) if (now - r.changedAt >= QUIET_MS) this.close(r, 'quiet');
    return this.regions.length > 0;
  }

  /** The editor lost focus, the page is going away, or the document was closed. */
  leave(reason: LeaveReason, snap: Snapshot | null = null): void {
    if (snap) this.followRegions(snap);
    if (reason === 'blur') {
      this.input({ kind: 'blur' });
      for (const r of [...this.regions]) this.close(r, 'left');
      return;
    }
    const ep = this.episode;
    if (ep) {
      this.episode = null;
      if (ep.accepted) this.openRegionAtTail(ep, snap);
      else this.reject(ep, reason === 'page-exit' ? 'page-exit' : (rejectionCause(this.inputs) ?? 'cursor-moved'));
    }
    for (const r of [...this.regions]) this.close(r, reason === 'page-exit' ? 'page-exit' : 'document-closed');
    this.inputs = [];
  }

  private show(snap: Snapshot, ghost: { text: string; at: number }, replaces?: string): void {
    if (snap.unreadable) {
      this.skippedGhost = ghost.text;
      this.ctx.skipped(snap.unreadable);
      return;
    }
    const id = this.ctx.newId();
    const line = lineAt(snap, ghost.at);
    const lineStart = snap.text.lastIndexOf('\n', ghost.at - 1) + 1;
    const facts = this.ctx.describe();
    this.ctx.emit('completion_shown', {
      suggestionId: id,
      editor: this.ctx.editor,
      text: ghost.text,
      ...(facts.language ? { language: facts.language.slice(0, 64) } : {}),
      ...(facts.file ? { file: facts.file.slice(0, 1024) } : {}),
      prefix: prefixWindow(snap.text.slice(0, ghost.at)).text,
      suffix: suffixWindow(snap.text.slice(ghost.at)).text,
      line,
      column: ghost.at - lineStart + 1,
      ...(facts.source ? { source: facts.source.slice(0, 128) } : {}),
      ...(replaces ? { replacesSuggestionId: replaces } : {}),
    });
    const tail = snap.text.slice(Math.max(0, ghost.at - TAIL), ghost.at);
    this.episode = { id, remaining: ghost.text, tail, line, accepted: '', hidden: false };
    this.inputs = [];
  }

  private follow(ep: Episode, snap: Snapshot): void {
    const ghost = snap.ghost;
    if (ghost && ghost.text === ep.remaining && this.isAt(snap, ghost.at, ep.tail)) {
      ep.hidden = false;
      return;
    }
    if (ghost && ghost.text.length < ep.remaining.length && ep.remaining.endsWith(ghost.text)) {
      const part = ep.remaining.slice(0, ep.remaining.length - ghost.text.length);
      if (this.isAt(snap, ghost.at, ep.tail + part)) {
        if (!typedExactly(this.inputs, part)) {
          const byLine = part.endsWith('\n') || ghost.text.startsWith('\n');
          const how = this.inputs.some((i) => i.kind === 'accept-word') ? 'word' : byLine ? 'line' : 'word';
          this.acceptPart(ep, part, how);
        }
        this.continueAt(ep, snap, ghost.at, ghost.text, false);
        return;
      }
    }
    if (ghost) {
      // Another suggestion took its place.
      this.episode = null;
      const cause = ep.hidden ? 'replaced' : (rejectionCause(this.inputs) ?? 'replaced');
      if (ep.accepted) this.openRegionAtTail(ep, snap);
      else this.reject(ep, cause);
      this.show(snap, ghost, cause === 'replaced' && !ep.accepted ? ep.id : undefined);
      return;
    }
    // The ghost is gone: inserted whole (accepted), or dismissed.
    const inserted = this.find(snap, ep.tail + ep.remaining, ep.line);
    const onlyTyped = this.inputs.length > 0 && this.inputs.every((i) => i.kind === 'type');
    if (inserted !== null && !typedExactly(this.inputs, ep.remaining) && !onlyTyped) {
      const how = this.inputs.some((i) => i.kind === 'accept-word') ? 'word' : 'full';
      this.ctx.emit('completion_accepted', { suggestionId: ep.id, how, acceptedText: ep.remaining });
      const end = inserted + ep.tail.length + ep.remaining.length;
      this.openRegion(ep.id, ep.accepted + ep.remaining, snap, end);
      this.episode = null;
      this.inputs = [];
      return;
    }
    // A word accepted, and the editor has drawn the inserted word but not yet the rest (a loaded page can take
    // frames to draw it again): record the word now and wait for the rest, rather than call it dismissed.
    if (this.inputs.some((i) => i.kind === 'accept-word') && this.acceptWordDrawnFirst(ep, snap)) return;
    const cause = rejectionCause(this.inputs);
    if (cause === null) {
      ep.hidden = true;
      return;
    }
    this.episode = null;
    if (ep.accepted) this.openRegionAtTail(ep, snap);
    else this.reject(ep, cause);
    this.inputs = [];
  }

  /**
   * The start of what remains of the suggestion stands right after its tail and the caret sits right after it:
   * that part was accepted. True when it was recorded (the episode then waits, hidden, for the rest).
   */
  private acceptWordDrawnFirst(ep: Episode, snap: Snapshot): boolean {
    const at = this.find(snap, ep.tail, ep.line);
    if (at === null || snap.cursor === null) return false;
    const from = at + ep.tail.length;
    const part = ep.remaining.slice(0, snap.cursor - from);
    if (!part || part.length >= ep.remaining.length || snap.text.slice(from, snap.cursor) !== part) return false;
    this.acceptPart(ep, part, 'word');
    this.continueAt(ep, snap, snap.cursor, ep.remaining.slice(part.length), true);
    return true;
  }

  /** Part of the suggestion went into the document: recorded exactly, and kept for the region it starts. */
  private acceptPart(ep: Episode, part: string, how: 'word' | 'line'): void {
    this.ctx.emit('completion_accepted', { suggestionId: ep.id, how, acceptedText: part });
    ep.accepted += part;
  }

  /** The episode goes on with `remaining` still to come at `at` (shown, or `hidden` until drawn again). */
  private continueAt(ep: Episode, snap: Snapshot, at: number, remaining: string, hidden: boolean): void {
    ep.remaining = remaining;
    ep.tail = snap.text.slice(Math.max(0, at - TAIL), at);
    ep.line = lineAt(snap, at);
    ep.hidden = hidden;
    this.inputs = [];
  }

  private reject(ep: Episode, how: RejectionHow | 'page-exit'): void {
    this.ctx.emit('completion_rejected', { suggestionId: ep.id, how });
  }

  /** True when the text right before `at` is `before`. */
  private isAt(snap: Snapshot, at: number, before: string): boolean {
    return at >= before.length && snap.text.slice(at - before.length, at) === before;
  }

  /** Offset of `needle` in the window, the occurrence nearest `line`; null when absent. */
  private find(snap: Snapshot, needle: string, line: number): number | null {
    let best: number | null = null;
    for (let i = snap.text.indexOf(needle), n = 0; i >= 0 && n < 32; i = snap.text.indexOf(needle, i + 1), n++) {
      if (best === null || Math.abs(lineAt(snap, i) - line) < Math.abs(lineAt(snap, best) - line)) best = i;
    }
    return best;
  }

  /** A partly accepted suggestion whose rest went away: its region ends where the accepted text ends. */
  private openRegionAtTail(ep: Episode, snap: Snapshot | null): void {
    if (!snap) return this.recordUnfollowed(ep);
    const at = this.find(snap, ep.tail, ep.line);
    if (at === null) return this.recordUnfollowed(ep);
    this.openRegion(ep.id, ep.accepted, snap, at + ep.tail.length);
  }

  /** No window to follow the region in: its outcome is what was accepted, as last seen. */
  private recordUnfollowed(ep: Episode): void {
    const pins = { before: '', after: '', line: ep.line };
    this.regions.push({ suggestionId: ep.id, accepted: ep.accepted, pins, final: ep.accepted, changedAt: 0 });
    this.close(this.regions[this.regions.length - 1]!, 'left');
  }

  private openRegion(suggestionId: string, accepted: string, snap: Snapshot, end: number): void {
    const start = Math.max(0, end - accepted.length);
    const pins = pinRegion(snap, start, end);
    this.regions.push({ suggestionId, accepted, pins, final: snap.text.slice(start, end), changedAt: this.ctx.now() });
  }

  private followRegions(snap: Snapshot): void {
    for (const r of [...this.regions]) {
      const found = locateRegion(snap, r.pins);
      if (!found) {
        this.close(r, 'left');
        continue;
      }
      const final = snap.text.slice(found.start, found.end);
      if (final !== r.final) {
        r.final = final;
        r.changedAt = this.ctx.now();
      }
      r.pins.line = lineAt(snap, found.start);
      if (caretOutside(snap, found.start, found.end)) this.close(r, 'left');
    }
  }

  private close(r: Region, reason: 'left' | 'quiet' | 'page-exit' | 'document-closed'): void {
    const i = this.regions.indexOf(r);
    if (i < 0) return;
    this.regions.splice(i, 1);
    this.ctx.emit('completion_outcome', {
      suggestionId: r.suggestionId,
      acceptedText: r.accepted,
      finalText: r.final,
      editDistance: levenshtein(r.accepted, r.final),
      reason,
    });
  }
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
