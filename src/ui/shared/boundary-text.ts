// How the popup and the review page word what the worker repaired or refused at the boundary (background/boundary.ts),
// so both say the same thing. The details are the schema's words (a field path and a problem), never captured text.
import type { SiteBoundary } from '../../messages';

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/** One line per kind that happened, e.g. "12 events refused (not stored) — last: text: string longer than …". */
export function describeBoundary(b: SiteBoundary): { refused: string | null; repaired: string | null } {
  const since = b.since.slice(0, 10);
  return {
    refused: b.refused
      ? `${plural(b.refused, 'event')} refused (not stored) since ${since}${b.lastRefusal ? ` — last: ${b.lastRefusal}` : ''}`
      : null,
    repaired: b.repaired
      ? `${plural(b.repaired, 'event')} repaired (stored with a field trimmed or dropped)${b.lastRepair ? ` — last: ${b.lastRepair}` : ''}`
      : null,
  };
}
