// How an edit moves an accepted region's edges: the way VS Code moves a decoration with
// `TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges` (its interval tree's `nodeAcceptEdit`): text inserted exactly
// at either edge stays outside (code written after or before a suggestion is not the suggestion), an edit strictly
// inside changes it, a deletion across an edge shrinks it. VS Code's step that treats a replacement's first
// characters as typed over in place is left out: the edit here is not typed but inferred.
// The content script sees no edits, only the text at two looks, so the edit is the one change between the two texts
// (their common start and end taken away). An insertion whose text repeats the text beside it could have been made
// at several offsets; when one of them is an edge it is taken as made there (the end first), so the region never
// grows by a guess. Text both taken out and put in may be edits at several places between two looks: they are told
// apart by jsdiff's diff (`diff`, already the review page's) of their words, spaces and signs, applied one by one.
import { diffArrays } from 'diff/lib/diff/array.js';

export interface Range {
  start: number;
  end: number;
}

/** Where `range` (offsets in `old`) stands in `now`, `now` being `old` after one edit. */
export function moveRange(old: string, now: string, range: Range): Range {
  if (old === now) return range;
  const shorter = Math.min(old.length, now.length);
  let same = 0;
  while (same < shorter && old.charCodeAt(same) === now.charCodeAt(same)) same++;
  let sameEnd = 0;
  while (sameEnd < shorter && old.charCodeAt(old.length - 1 - sameEnd) === now.charCodeAt(now.length - 1 - sameEnd)) sameEnd++;
  const grown = now.length - old.length;
  if (grown > 0 && same + sameEnd >= old.length) {
    // Only inserted: at any offset from `old.length - sameEnd` to `same`.
    const lo = old.length - sameEnd;
    const at = lo <= range.end && range.end <= same ? range.end : lo <= range.start && range.start <= same ? range.start : same;
    return applyEdit(range, at, at, grown);
  }
  const kept = Math.min(sameEnd, shorter - same);
  const [to, nowTo] = [old.length - kept, now.length - kept];
  // Text both taken out and put in: one replacement, or edits at several places (a line typed after the region and
  // one edited inside it, seen in one look) told apart by a word diff, applied right to left (old offsets hold).
  let moved = range;
  for (const e of (to > same && nowTo > same && editsBetween(old.slice(same, to), now.slice(same, nowTo))) || [
    { from: 0, to: to - same, inserted: nowTo - same },
  ]) {
    moved = applyEdit(moved, same + e.from, same + e.to, e.inserted);
  }
  return moved;
}

interface Edit {
  from: number;
  to: number;
  inserted: number;
}

/** Longest diff worked out (tokens inserted and removed); beyond it the change is taken as one replacement. */
const MAX_EDIT_LENGTH = 64;

/** The edits turning `old` into `now` (a replacement is one edit), right-most first; null when too many. */
function editsBetween(old: string, now: string): Edit[] | null {
  const changes = diffArrays(tokens(old), tokens(now), { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return null;
  const edits: Edit[] = [];
  let at = 0;
  for (const c of changes) {
    const length = c.value.reduce((n, t) => n + t.length, 0);
    const last = edits.at(-1);
    const adjacent = last !== undefined && last.to === at;
    if (c.added) {
      if (adjacent) last.inserted += length;
      else edits.push({ from: at, to: at, inserted: length });
    } else if (c.removed) {
      if (adjacent) last.to += length;
      else edits.push({ from: at, to: at + length, inserted: 0 });
      at += length;
    } else at += length;
  }
  return edits.reverse();
}

/** `range` after old [from, to) was replaced by `inserted` characters. */
export function applyEdit(range: Range, from: number, to: number, inserted: number): Range {
  const start = moveEdge(range.start, false, from, to, inserted);
  const end = moveEdge(range.end, true, from, to, inserted);
  return { start, end: Math.max(start, end) };
}

/**
 * One edge: before the edit it stays; inside the replaced text it goes to the end of the inserted text; after it
 * it shifts. At the edit's start: a deletion leaves it; a pure insertion leaves the end edge (it sticks to the
 * character before) and moves the start edge past the inserted text (it sticks to the character after).
 */
function moveEdge(at: number, sticksBefore: boolean, from: number, to: number, inserted: number): number {
  if (at < from) return at;
  if (at === from && (to > from || sticksBefore)) return at;
  if (at <= to) return from + inserted;
  return at + inserted - (to - from);
}

/**
 * Words (letters and digits of any script), runs of white space, and each other sign: the diff's units, so a word
 * replaced is one edit, not letters it happens to share with the old one. (jsdiff's own word diff brings a larger
 * tokenizer into the content script.)
 */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}
