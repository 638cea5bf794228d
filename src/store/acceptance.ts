// Acceptance over everything captured: the popup's summary line. It is a running tally per UTC day and model,
// kept in `meta` and moved by the difference between a conversation's old and new label rows whenever
// src/store/derived.ts rewrites them (in the same transaction), so reading it costs the same at 10 or 100,000
// answers: no scan, no labelling. After a rules change the tally follows the rows as the background rebuilds them.
import { type AcceptanceCounts, AcceptanceTally, type AcceptanceStats } from '../core/export/acceptance';
import { UNKNOWN_MODEL } from '../core/export/acceptance';
import { ACCEPTANCE, type ConversationLabelsRow, type EchoDB, type LabelledAnswer } from './db';

type DayCounts = Pick<AcceptanceCounts, 'answers' | 'labelled' | 'accepted' | 'rejected' | 'refined'>;

/** `<day>\u0000<model>` -> counts of the answers labelled on that day for that model. */
export type AcceptanceTallyRow = Record<string, DayCounts>;

const zero = (): DayCounts => ({ answers: 0, labelled: 0, accepted: 0, rejected: 0, refined: 0 });

function move(tally: AcceptanceTallyRow, [model, ts, label]: LabelledAnswer, sign: 1 | -1): void {
  const key = `${ts.slice(0, 10)}\u0000${model || UNKNOWN_MODEL}`;
  const c = (tally[key] ??= zero());
  c.answers += sign;
  if (label !== 'unknown') {
    c.labelled += sign;
    c[label] += sign;
  }
  if (c.answers === 0) delete tally[key];
}

/** Moves the tally from what `before` rows said to what `after` rows say (either side may be missing). */
export function moveTally(
  tally: AcceptanceTallyRow,
  before: readonly (ConversationLabelsRow | undefined)[],
  after: readonly ConversationLabelsRow[],
): AcceptanceTallyRow {
  for (const row of before) for (const a of row?.answers ?? []) move(tally, a, -1);
  for (const row of after) for (const a of row.answers) move(tally, a, 1);
  return tally;
}

export async function readTally(db: EchoDB): Promise<AcceptanceTallyRow> {
  return ((await db.meta.get(ACCEPTANCE))?.value as AcceptanceTallyRow | undefined) ?? {};
}

/** Inside the caller's read-write transaction on `meta`: the tally moved from `before` to `after` rows. */
export async function writeTallyChange(
  db: EchoDB,
  before: readonly (ConversationLabelsRow | undefined)[],
  after: readonly ConversationLabelsRow[],
): Promise<void> {
  if (!before.some((r) => r?.answers.length) && !after.some((r) => r.answers.length)) return;
  await db.meta.put({ key: ACCEPTANCE, value: moveTally(await readTally(db), before, after) });
}

/** The tally as overall, per-model and per-day figures. */
export function tallyStats(tally: AcceptanceTallyRow): AcceptanceStats {
  const days = Object.entries(tally).map(([key, c]) => {
    const [day, model] = key.split('\u0000') as [string, string];
    return { day, model, ...c, rate: null, shownRate: null };
  });
  return AcceptanceTally.fromDays(days);
}

export async function acceptanceSummary(db: EchoDB): Promise<AcceptanceStats> {
  return tallyStats(await readTally(db));
}
