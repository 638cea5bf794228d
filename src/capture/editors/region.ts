// Finding an accepted region again as the user edits around and inside it. Editors give the content script no
// stable positions, so the region is pinned by the text just before it and just after it at the last look
// (anchors), looked up in each new window; an anchor the user edited is tried shorter (the part nearest the region
// is the most likely to survive), then by its far end, and among several matches the one nearest the region's last
// line wins. What changed between the anchors moves the region's edges as an editor's tracked range would.
import { moveRange, type Range } from './tracked-range';
import type { Snapshot } from './types';

export const ANCHOR_CHARS = 48;
const SHORTER = [ANCHOR_CHARS, 16, 4];
const MAX_MATCHES = 32;
/** The far end of an anchor, tried when an edit across the region's edge ate the part nearest it. */
const FAR = 16;

export interface RegionPins {
  /** Up to ANCHOR_CHARS of document right before the region ('' when the region starts the document). */
  before: string;
  /** The region's text. */
  text: string;
  /** Up to ANCHOR_CHARS of document right after the region ('' when it ends the document). */
  after: string;
  /** Document line where the region started when last found. */
  line: number;
}

/** Offsets of the line breaks in a window's text, found once per text (a look asks `lineAt` of many offsets). */
let breaksOf: { text: string; at: number[] } = { text: '', at: [] };
function lineBreaks(text: string): number[] {
  if (breaksOf.text === text) return breaksOf.at;
  const at: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.push(i);
  breaksOf = { text, at };
  return at;
}

/** 1-based document line of `offset` in a snapshot (the breaks before it counted by halving). */
export function lineAt(snap: Pick<Snapshot, 'text' | 'firstLine'>, offset: number): number {
  const at = lineBreaks(snap.text);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return snap.firstLine + lo;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && found.length < MAX_MATCHES; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Where the region is in this window: [start, end) offsets in `snap.text`, or null when it cannot be found. The text
 * between the anchors (the parts of them found again: the part nearest the region first, then the far end of an
 * anchor an edit across the region's edge ate into) is the pinned text after the user's edits since; the region's
 * edges are moved through that edit as a tracked range's (tracked-range.ts), so text typed at an edge stays out.
 */
export function locateRegion(snap: Snapshot, pins: RegionPins): Range | null {
  const local = pins.before + pins.text + pins.after;
  const left = leftPiece(snap, pins);
  if (!left) return null;
  const right = rightPiece(snap, pins, left.at);
  if (!right) return null;
  const old = local.slice(left.from, right.to);
  const now = snap.text.slice(left.at, right.at);
  const region = { start: pins.before.length - left.from, end: pins.before.length + pins.text.length - left.from };
  const moved = moveRange(old, now, region);
  return { start: left.at + moved.start, end: left.at + moved.end };
}

/** Offsets into the pinned text (before + text + after) and into the window that stand for the same place. */
interface Piece {
  /** Offset in `snap.text`. */
  at: number;
  /** The same place in the pinned text. */
  from: number;
}

/** The end of the `before` anchor (or of its far part) in the window, nearest the region's line. */
function leftPiece(snap: Snapshot, pins: RegionPins): Piece | null {
  const before = pins.before;
  if (!before) return snap.cutBefore ? null : { at: 0, from: 0 };
  let tried = '';
  for (const n of SHORTER) {
    const tail = before.slice(-n);
    if (tail === tried) continue;
    tried = tail;
    const hits = occurrences(snap.text, tail);
    if (hits.length) return { at: nearestTo(snap, hits, pins.line) + tail.length, from: before.length };
  }
  if (before.length <= FAR + SHORTER.at(-1)!) return null;
  const head = before.slice(0, FAR);
  const at = findNear(snap, head, pins.line);
  return at === null ? null : { at: at + FAR, from: FAR };
}

/** The start of the `after` anchor (or of its far part) in the window, at or after `from`. */
function rightPiece(snap: Snapshot, pins: RegionPins, from: number): { at: number; to: number } | null {
  const after = pins.after;
  const end = pins.before.length + pins.text.length;
  if (!after) return snap.cutAfter ? null : { at: snap.text.length, to: end + after.length };
  let tried = '';
  for (const n of SHORTER) {
    const head = after.slice(0, n);
    if (head === tried) continue;
    tried = head;
    const at = snap.text.indexOf(head, from);
    if (at >= 0) return { at, to: end };
  }
  if (after.length <= FAR + SHORTER.at(-1)!) return null;
  const at = snap.text.indexOf(after.slice(-FAR), from);
  return at < 0 ? null : { at, to: end + after.length - FAR };
}

/** Pins for a region [start, end) of a snapshot. */
export function pinRegion(snap: Snapshot, start: number, end: number): RegionPins {
  return {
    before: snap.text.slice(Math.max(0, start - ANCHOR_CHARS), start),
    text: snap.text.slice(start, end),
    after: snap.text.slice(end, end + ANCHOR_CHARS),
    line: lineAt(snap, start),
  };
}

/** Offset of `needle` in the window, the occurrence nearest `line` (first 32 looked at); null when absent. */
export function findNear(snap: Pick<Snapshot, 'text' | 'firstLine'>, needle: string, line: number): number | null {
  const hits = occurrences(snap.text, needle);
  return hits.length ? nearestTo(snap, hits, line) : null;
}

/** The first of `hits` (offsets, ascending) whose line is nearest `line`; the window's first line read once. */
function nearestTo(snap: Pick<Snapshot, 'text' | 'firstLine'>, hits: number[], line: number): number {
  if (hits.length === 1) return hits[0]!;
  const first = snap.firstLine;
  const view = { text: snap.text, firstLine: first };
  let best = hits[0]!;
  let bestDistance = Math.abs(lineAt(view, best) - line);
  for (let k = 1; k < hits.length; k++) {
    const d = Math.abs(lineAt(view, hits[k]!) - line);
    if (d < bestDistance) [best, bestDistance] = [hits[k]!, d];
  }
  return best;
}
