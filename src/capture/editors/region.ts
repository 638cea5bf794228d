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

/** 1-based document line of `offset` in a snapshot. */
export function lineAt(snap: Pick<Snapshot, 'text' | 'firstLine'>, offset: number): number {
  let line = snap.firstLine;
  for (let i = snap.text.indexOf('\n'); i >= 0 && i < offset; i = snap.text.indexOf('\n', i + 1)) line++;
  return line;
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
      const distance = (i: number) => Math.abs(lineAt(snap, i) - pins.line);
      const nearest = hits.reduce((best, i) => (distance(i) < distance(best) ? i : best));
      start = nearest + tail.length;
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
  let best: number | null = null;
  for (let i = snap.text.indexOf(needle), n = 0; i >= 0 && n < MAX_MATCHES; i = snap.text.indexOf(needle, i + 1), n++) {
    if (best === null || Math.abs(lineAt(snap, i) - line) < Math.abs(lineAt(snap, best) - line)) best = i;
  }
  return best;
}
