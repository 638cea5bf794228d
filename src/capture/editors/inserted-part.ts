// What an accept key put into the document, told from the text alone: the document right after the suggestion's
// insertion point as the last look saw it (`after`), found again after the inserted part. Needed when no look saw the
// caret after the part: on a loaded page the editor can take a word in, then take Escape or a move before it draws
// anything, so the first look after the word already shows the ghost gone and the caret elsewhere (round 20,
// docs/completions.md; the vscode e2e's word-accept race of round 16).

/** At most this much of the text after the insertion point is kept to find it again (and never past its line). */
export const AFTER_CHARS = 24;

/**
 * The document text after `at` the look saw: to the end of its line (the line break included) or AFTER_CHARS; ''
 * when the document ends there, null when the window was cut there (what follows is not known).
 */
export function textAfter(text: string, at: number, cutAfter: boolean): string | null {
  if (at >= text.length && cutAfter) return null;
  const lineEnd = text.indexOf('\n', at);
  return text.slice(at, lineEnd < 0 || lineEnd - at >= AFTER_CHARS ? at + AFTER_CHARS : lineEnd + 1);
}

/**
 * The length of the part of `suggestion` that now stands at `from` in `text`, followed by `after`: the one length k,
 * 0 < k < the suggestion's length, with `text` at `from` reading the suggestion's first k characters and then
 * `after` (or the document's end, when `after` is '' and `text` is not cut after: `cutAfter`). Null when there is
 * none, or more than one (nothing is guessed); the whole suggestion is the caller's case.
 */
export function insertedLength(text: string, from: number, suggestion: string, after: string | null, cutAfter: boolean): number | null {
  if (after === null) return null;
  if (after === '') {
    const k = text.length - from;
    return !cutAfter && k > 0 && k < suggestion.length && suggestion.startsWith(text.slice(from)) ? k : null;
  }
  let found: number | null = null;
  for (let k = 1; k < suggestion.length && text.charCodeAt(from + k - 1) === suggestion.charCodeAt(k - 1); k++) {
    if (!text.startsWith(after, from + k)) continue;
    if (found !== null) return null;
    found = k;
  }
  return found;
}
