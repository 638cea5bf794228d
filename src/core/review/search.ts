// Full-text search without a token index: a bounded cursor scan over prompts and answers, newest first, that stops
// at a number of hits or of scanned events and can resume where it stopped. A token index would roughly double
// the stored text and would have to be maintained on the capture write path; the scan costs nothing until used
// and finds recent matches first, which is what a reviewer looks for. Rare words in a huge log need "search further".

export const SEARCH_MAX_HITS = 50;
export const SEARCH_MAX_SCANNED = 20_000;
/** Only this much of each text is searched: a 5 MB answer must not stall the page. */
export const SEARCH_TEXT_LIMIT = 200_000;

export function normaliseQuery(query: string): string {
  return query.trim().toLowerCase();
}

/** First case-insensitive occurrence of an already normalised query. */
export function findMatch(text: string, normalised: string): { start: number; end: number } | null {
  if (!normalised) return null;
  const haystack = (text.length > SEARCH_TEXT_LIMIT ? text.slice(0, SEARCH_TEXT_LIMIT) : text).toLowerCase();
  const at = haystack.indexOf(normalised);
  // Lower-casing keeps UTF-16 length for nearly all scripts; where it does not, the offsets are approximate.
  return at === -1 ? null : { start: at, end: at + normalised.length };
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** A little context before the match (so it is visible in a one-line row) and more after it. */
export function snippetAround(text: string, start: number, end: number, before = 24, after = 120): Snippet {
  const from = Math.max(0, start - before);
  const to = Math.min(text.length, end + after);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, start)),
    match: flat(text.slice(start, end)),
    after: flat(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}

export interface SearchProgress {
  /** Resume the scan below this sequence number (exclusive); null when the whole log was scanned. */
  nextBelowSeq: number | null;
  scanned: number;
}
