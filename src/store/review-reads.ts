// Reading the review decisions: what the export applies (`loadReviewDecisions`, docs/review-decisions.md) and what
// the review page shows beside rows and in a conversation. Apart from review-decisions.ts (the changes), which
// recompute derived rows with the labeller: the review page reads these for its first rows, before anything loads
// the labeller.
import type { ReviewDecisions, UserRedaction } from '../core/review/decisions';
import type { EchoDB } from './db';
import type { ExclusionRow, LabelOverrideRow, RedactionRow } from './review-types';

/** Every decision, in the shape the pure `reviewConversation` applies. Small tables: read whole. */
export async function loadReviewDecisions(db: EchoDB): Promise<ReviewDecisions> {
  const [exclusions, overrides, redactions] = await Promise.all([
    db.exclusions.toArray(),
    db.labelOverrides.toArray(),
    db.redactions.toArray(),
  ]);
  const byConv = new Map<string, UserRedaction[]>();
  const kept = new Map<string, string[]>();
  for (const r of redactions) {
    if (r.keep) kept.set(r.conv, [...(kept.get(r.conv) ?? []), r.value]);
    else byConv.set(r.conv, [...(byConv.get(r.conv) ?? []), { value: r.value, kind: r.kind }]);
  }
  return {
    excludedConversations: new Set(exclusions.filter((x) => x.scope === 'conversation').map((x) => x.conv)),
    excludedAnswers: new Set(exclusions.filter((x) => x.scope === 'answer').map((x) => x.eventId!)),
    labelOverrides: new Map(overrides.map((o) => [o.eventId, o.label])),
    redactions: byConv,
    kept,
    conversations: new Set([...exclusions, ...overrides, ...redactions].map((r) => r.conv)),
  };
}

export interface ConversationDecisions {
  conversationExcluded: boolean;
  excludedAnswers: Set<string>;
  overrides: Map<string, LabelOverrideRow>;
  redactions: RedactionRow[];
  /** Values the export's rules find that the person keeps (rows with `keep`). */
  kept: RedactionRow[];
}

export async function decisionsForConversation(db: EchoDB, conv: string): Promise<ConversationDecisions> {
  const [exclusions, overrides, redactions] = await Promise.all([
    db.exclusions.where('conv').equals(conv).toArray(),
    db.labelOverrides.where('conv').equals(conv).toArray(),
    db.redactions.where('conv').equals(conv).toArray(),
  ]);
  return {
    conversationExcluded: exclusions.some((x) => x.scope === 'conversation'),
    excludedAnswers: new Set(exclusions.filter((x) => x.scope === 'answer').map((x) => x.eventId!)),
    overrides: new Map(overrides.map((o) => [o.eventId, o])),
    redactions: redactions.filter((r) => !r.keep),
    kept: redactions.filter((r) => r.keep),
  };
}

/** Which of these answers / conversations are excluded (for badges on visible rows). */
export async function exclusionsFor(db: EchoDB, keys: { convs: string[]; eventIds: string[] }): Promise<Set<string>> {
  const wanted = [...keys.convs.map((c) => `conversation:${c}`), ...keys.eventIds.map((e) => `answer:${e}`)];
  const rows = await db.exclusions.bulkGet(wanted);
  return new Set(rows.filter((r): r is ExclusionRow => !!r).map((r) => r.key));
}

/** The user's redactions of these conversations, for showing their titles and snippets redacted. */
export async function redactionsFor(db: EchoDB, convs: readonly string[]): Promise<Map<string, UserRedaction[]>> {
  const out = new Map<string, UserRedaction[]>();
  if (!convs.length) return out;
  for (const r of await db.redactions.where('conv').anyOf([...convs]).toArray()) {
    if (!r.keep) out.set(r.conv, [...(out.get(r.conv) ?? []), r]);
  }
  return out;
}
