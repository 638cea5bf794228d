// Stateless detection: run every rule of the level, then keep one span wherever rules overlap. Where a secret is
// involved the union of the overlapping spans is redacted (never a partial secret); among personal data the higher
// priority rule wins, then the longer span, and overlapping spans of the same kind merge.
import { rulesFor } from './rules';
import { decodeEscapedQuotes } from './escaped-quotes';
import { maskTerminalEscapes } from './terminal-escapes';
import type { DetectOptions, DetectedSpan, RedactionKind, RedactionOverrides } from './types';

export interface Candidate extends DetectedSpan {
  priority: number;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

const SECRET_KINDS = new Set<RedactionKind>(['api_key', 'private_key', 'jwt', 'password', 'secret']);

/** Among overlapping spans of personal data: the higher priority rule, then the longer span; same kinds merge. */
function resolvePersonal(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.priority - a.priority || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    const last = chosen[chosen.length - 1];
    if (!last || candidate.start >= last.end) chosen.push({ ...candidate });
    else if (candidate.kind === last.kind) last.end = Math.max(last.end, candidate.end);
    // A phone-shaped run inside an address is its house number and postcode (`Strasse 19 20354 Hamburg`): the
    // address covers it, so it stays whole either way round.
    else if (last.kind === 'postal_address' && candidate.kind === 'phone' && candidate.end <= last.end) continue;
    else if (candidate.kind === 'postal_address' && last.kind === 'phone' && candidate.end >= last.end) chosen[chosen.length - 1] = { ...candidate };
    else if (better(candidate, last)) chosen[chosen.length - 1] = { ...candidate };
  }
  return chosen;
}

/**
 * Overlaps never leak a secret: spans are grouped into clusters of transitively overlapping spans, and a cluster
 * holding any secret becomes one span over the whole cluster (the union), labelled by its highest-priority secret
 * rule. So an IP inside a SAS token, a phone-shaped run inside a key, or a key found both whole and in part never
 * leave a piece of the secret in the output. Clusters of personal data only are resolved by priority.
 */
export function resolveOverlaps(candidates: Candidate[]): DetectedSpan[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 0) return;
    const secrets = cluster.filter((c) => SECRET_KINDS.has(c.kind));
    if (secrets.length === 0) out.push(...resolvePersonal(cluster));
    else {
      const lead = secrets.reduce((a, b) => (better(b, a) ? b : a));
      out.push({ ...lead, start: cluster[0]!.start, end: clusterEnd });
    }
    cluster = [];
  };
  for (const candidate of candidates) {
    if (candidate.start >= clusterEnd) {
      flush();
      clusterEnd = candidate.end;
    } else clusterEnd = Math.max(clusterEnd, candidate.end);
    cluster.push(candidate);
  }
  flush();
  return out.map(({ start, end, kind, rule }) => ({ start, end, kind, rule }));
}

/** Spans to redact, sorted and non-overlapping, with offsets into `text`. Default level: standard. */
export function detect(text: string, options: DetectOptions = {}): DetectedSpan[] {
  const candidates: Candidate[] = [];
  // round 21: colour codes of pasted terminal output read as spaces (same offsets), so they bound what they colour
  const read = maskTerminalEscapes(text);
  // round 21: and text escaped for HTML is read with its quotes decoded (escaped-quotes.ts), its spans mapped back
  const decoded = decodeEscapedQuotes(read);
  const offsets = decoded?.offsets;
  for (const rule of rulesFor(options.level ?? 'standard', options.disabledRules)) {
    for (const { start, end } of rule.find(decoded?.text ?? read)) {
      const [from, to] = offsets ? [offsets[start]!, offsets[end]!] : [start, end];
      candidates.push({ start: from, end: to, kind: rule.kind, rule: rule.id, priority: rule.priority });
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
