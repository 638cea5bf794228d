// Stateless detection: run every rule of the level, then keep one span wherever rules overlap — the higher
// priority rule, then the longer span — so a `sk-…` key inside `api_key = "sk-…"` is reported once, as api_key.
// Overlapping spans of the same kind merge (a street line running into its postcode is one address).
import { rulesFor } from './rules';
import type { DetectOptions, DetectedSpan, RedactionOverrides } from './types';

interface Candidate extends DetectedSpan {
  priority: number;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

function resolveOverlaps(candidates: Candidate[]): DetectedSpan[] {
  candidates.sort((a, b) => a.start - b.start || b.priority - a.priority || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    const last = chosen[chosen.length - 1];
    if (!last || candidate.start >= last.end) chosen.push(candidate);
    else if (candidate.kind === last.kind) last.end = Math.max(last.end, candidate.end);
    else if (better(candidate, last)) chosen[chosen.length - 1] = candidate;
  }
  return chosen.map(({ start, end, kind, rule }) => ({ start, end, kind, rule }));
}

/** Spans to redact, sorted and non-overlapping, with offsets into `text`. Default level: standard. */
export function detect(text: string, options: DetectOptions = {}): DetectedSpan[] {
  const candidates: Candidate[] = [];
  for (const rule of rulesFor(options.level ?? 'standard', options.disabledRules)) {
    for (const { start, end } of rule.find(text)) {
      candidates.push({ start, end, kind: rule.kind, rule: rule.id, priority: rule.priority });
    }
  }
  return resolveOverlaps(candidates);
}

/**
 * Applies review decisions: drops detected spans the user undid (matched by exact range) and adds the user's own
 * spans, which win over any detected span they overlap.
 */
export function applyOverrides(spans: readonly DetectedSpan[], overrides: RedactionOverrides = {}): DetectedSpan[] {
  const dropped = new Set((overrides.drop ?? []).map((r) => `${r.start}:${r.end}`));
  const added: DetectedSpan[] = (overrides.add ?? [])
    .filter((r) => r.end > r.start)
    .map(({ start, end, kind }) => ({ start, end, kind, rule: 'user' }));
  const kept = spans.filter(
    (s) => !dropped.has(`${s.start}:${s.end}`) && !added.some((a) => a.start < s.end && s.start < a.end),
  );
  const merged = [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: DetectedSpan[] = [];
  for (const span of merged) {
    const last = result[result.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      continue;
    }
    result.push({ ...span });
  }
  return result;
}
