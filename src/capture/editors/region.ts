// Finding an accepted region again as the user edits around and inside it. Editors give the content script no
// stable positions, so the region is pinned by the text just before it and just after it when it was accepted
// (anchors), looked up in each new window; an anchor the user edited is tried shorter (the part nearest the region
// is the most likely to survive), and among several matches the one nearest the region's last line wins.
import type { Snapshot } from './types';

export const ANCHOR_CHARS = 48;
const SHORTER = [ANCHOR_CHARS, 16, 4];
const MAX_MATCHES = 32;

export interface RegionPins {
  /** Up to ANCHOR_CHARS of document right before the region ('' when the region starts the document). */
  before: string;
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

/** Where the region is in this window: [start, end) offsets in `snap.text`, or null when it cannot be found. */
export function locateRegion(snap: Snapshot, pins: RegionPins): { start: number; end: number } | null {
  let start: number | null = null;
  if (!pins.before) start = snap.cutBefore ? null : 0;
  else {
    for (const n of SHORTER) {
      const tail = pins.before.slice(-n);
      const hits = occurrences(snap.text, tail);
      if (!hits.length) continue;
      start = nearestTo(snap, hits, pins.line) + tail.length;
      break;
    }
  }
  if (start === null) return null;
  if (!pins.after) return snap.cutAfter ? null : { start, end: snap.text.length };
  for (const n of SHORTER) {
    const head = pins.after.slice(0, n);
    const end = snap.text.indexOf(head, start);
    if (end >= 0) return { start, end };
  }
  return null;
}

/** Pins for a region [start, end) of a snapshot. */
export function pinRegion(snap: Snapshot, start: number, end: number): RegionPins {
  return {
    before: snap.text.slice(Math.max(0, start - ANCHOR_CHARS), start),
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
