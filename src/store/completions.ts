// Inline completions in the store: each editor document's suggestion rows (suggestion, accepted part, CN, label)
// are kept in its `conversationLabels` row, and the acceptance figures as a running tally per day, site and
// language in `meta`, both moved whenever src/store/derived.ts rewrites a document's row (the background does it
// as events arrive), so the popup's acceptance line reads one row and the review list reads kept rows: nothing is
// labelled when a page opens. A document whose row is behind its events (just captured, rules changed) has its
// rows computed from its events for the review list until the background catches up.
import {
  COMPLETION_COUNT_FIELDS,
  type CompletionAcceptanceCounts,
  CompletionAcceptanceTally,
  completionCountsOf,
  UNKNOWN_LANGUAGE,
} from '../core/export/completion-acceptance';
import type { CaptureEvent } from '../core/events';
import { LABEL_RULES_VERSION } from '../core/labeller';
import { completionRows, type CompletionOverview, type CompletionReviewRow } from '../core/review/completion-rows';
import { COMPLETION_ACCEPTANCE, type ConversationLabelsRow, type EchoDB } from './db';
import { conversationEvents } from './event-log';

type Counted = Omit<CompletionAcceptanceCounts, 'rate' | 'partialRate'>;
/** `<day>\u0000<site>\u0000<language>` -> counts of the suggestions shown that day there. */
export type CompletionTallyRow = Record<string, Counted>;


/** A document's kept suggestion rows, or undefined for a conversation that showed none (every chat). */
export function completionRowsOf(events: readonly CaptureEvent[]): CompletionReviewRow[] | undefined {
  if (!events.some((e) => e.kind === 'completion_shown')) return undefined;
  return completionRows(events);
}

function move(tally: CompletionTallyRow, row: CompletionReviewRow, sign: 1 | -1): void {
  const { label } = row;
  const key = `${label.shownAt.slice(0, 10)}\u0000${label.site}\u0000${label.language || UNKNOWN_LANGUAGE}`;
  const c = (tally[key] ??= Object.fromEntries(COMPLETION_COUNT_FIELDS.map((f) => [f, 0])) as Counted);
  const add = completionCountsOf(label);
  for (const f of COMPLETION_COUNT_FIELDS) c[f] += sign * add[f];
  if (c.shown === 0) delete tally[key];
}

/** Moves the tally from what `before` rows said to what `after` rows say (either side may be missing). */
export function moveCompletionTally(
  tally: CompletionTallyRow,
  before: readonly (ConversationLabelsRow | undefined)[],
  after: readonly ConversationLabelsRow[],
): CompletionTallyRow {
  for (const row of before) for (const r of row?.completions ?? []) move(tally, r, -1);
  for (const row of after) for (const r of row.completions ?? []) move(tally, r, 1);
  return tally;
}

/** Inside the caller's read-write transaction on `meta`: the tally moved from `before` to `after` rows. */
export async function writeCompletionTallyChange(
  db: EchoDB,
  before: readonly (ConversationLabelsRow | undefined)[],
  after: readonly ConversationLabelsRow[],
): Promise<void> {
  if (!before.some((r) => r?.completions?.length) && !after.some((r) => r.completions?.length)) return;
  const tally = ((await db.meta.get(COMPLETION_ACCEPTANCE))?.value as CompletionTallyRow | undefined) ?? {};
  await db.meta.put({ key: COMPLETION_ACCEPTANCE, value: moveCompletionTally(tally, before, after) });
}

/**
 * Acceptance (accepted / shown) from the tally, and with `limit` > 0 the newest suggestion rows, from the kept
 * rows (only documents whose summary counts a shown suggestion are opened; chats never are).
 */
export async function completionSummary(db: EchoDB, limit: number): Promise<CompletionOverview> {
  const tally = ((await db.meta.get(COMPLETION_ACCEPTANCE))?.value as CompletionTallyRow | undefined) ?? {};
  const days = Object.entries(tally).map(([key, c]) => {
    const [day, site, language] = key.split('\u0000') as [string, string, string];
    return { day, site, language, ...c, rate: null, partialRate: null };
  });
  const stats = CompletionAcceptanceTally.fromDays(days);
  if (limit <= 0) return { stats, rows: [] };
  const rows: CompletionReviewRow[] = [];
  // Documents found through the events' `kind` index: chat conversations are never opened, so the cost follows the
  // number of suggestions, not of answers.
  const keys = new Set<string>();
  await db.events.where('kind').equals('completion_shown').each((row) => void keys.add(row.conv));
  for (const key of [...keys].sort()) {
    const conv = await db.conversations.get(key);
    if (!conv?.byKind.completion_shown) continue;
    const kept = await db.conversationLabels.get(conv.key);
    // Completion events are neither prompts, answers nor signals: the document's events are its per-kind counts.
    const events = Object.values(conv.byKind).reduce((a, b) => a + (b ?? 0), 0);
    const current = kept?.completions && kept.rulesVersion === LABEL_RULES_VERSION && kept.events === events;
    rows.push(...(current ? kept.completions! : completionRows(await conversationEvents(db, conv.key))));
  }
  rows.sort((a, b) => (a.shownAt < b.shownAt ? 1 : a.shownAt > b.shownAt ? -1 : 0));
  return { stats, rows: rows.slice(0, limit) };
}
