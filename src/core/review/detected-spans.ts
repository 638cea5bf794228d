// The review page's list of what an export's redaction replaces in one conversation: the spans grouped by the
// value they replace (one token per value, however often it occurs), including values the person kept, and a
// masked form of each value to show by default, so opening the review page never puts a secret on screen.
import type { ReviewSpan } from '../redaction/export';
import type { RedactionKind } from '../redaction/types';

export interface DetectedValue {
  value: string;
  kind: RedactionKind;
  rule: string;
  /** The person marked it (review's own redaction), not a rule. */
  user: boolean;
  /** The token the export writes, or null when the person kept the value. */
  token: string | null;
  kept: boolean;
  /** Where it occurs, first occurrence first. */
  places: { eventId: string; field: string; start: number; end: number }[];
}

/**
 * `detected`: the export's spans without the person's keeps (every value the rules find); `applied`: with them (what
 * the export writes, exact tokens). Values in the order they first occur.
 */
export function detectedValues(detected: readonly ReviewSpan[], applied: readonly ReviewSpan[], kept: readonly string[]): DetectedValue[] {
  const tokens = new Map(applied.map((s) => [s.value, s.replacement]));
  const keptSet = new Set(kept);
  const byValue = new Map<string, DetectedValue>();
  for (const s of [...detected, ...applied]) {
    const place = { eventId: s.eventId, field: s.field, start: s.start, end: s.end };
    const known = byValue.get(s.value);
    if (known) {
      const same = (p: typeof place) => p.eventId === place.eventId && p.field === place.field && p.start === place.start;
      if (!known.places.some(same)) known.places.push(place);
      continue;
    }
    const isKept = keptSet.has(s.value) && s.rule !== 'user';
    const token = isKept ? null : (tokens.get(s.value) ?? s.replacement);
    byValue.set(s.value, { value: s.value, kind: s.kind, rule: s.rule, user: s.rule === 'user', token, kept: isKept, places: [place] });
  }
  return [...byValue.values()];
}

const SHOWN_PREFIX: Partial<Record<RedactionKind, number>> = { api_key: 4, private_key: 4, jwt: 4 };

/**
 * A value as the list shows it before "reveal": a key's provider prefix (`ghp_`, `AKIA`), or two characters at each
 * end of longer personal data, never more than four characters of it; passwords and other secrets not at all.
 */
export function maskValue(value: string, kind: RedactionKind): string {
  const dots = (n: number) => '•'.repeat(Math.max(3, Math.min(8, n)));
  const prefix = SHOWN_PREFIX[kind];
  if (prefix !== undefined) return value.length >= 16 ? value.slice(0, prefix) + dots(value.length - prefix) : dots(value.length);
  if (kind === 'password' || kind === 'secret') return dots(value.length);
  return value.length >= 10 ? value.slice(0, 2) + dots(value.length - 4) + value.slice(-2) : dots(value.length);
}
