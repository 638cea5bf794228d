// Keeps the `conversations` summary rows and the global counts in `meta` true to the event log. Both go through
// the pure fold in src/core/counts.ts: an append folds only its new events in; anything that removes or restores
// events refolds the conversations it touched from what is stored. Callers run these inside their own
// transaction, so a crash leaves the log and its summaries in step.
import { type ConversationSummary, type Counts, emptyCounts, foldEvent, moveCounts } from '../core/counts';
import { type ConversationRow, COUNTS, type EchoDB, type StoredEvent } from './db';

const BATCH = 200;

export async function readCounts(db: EchoDB): Promise<Counts> {
  return ((await db.meta.get(COUNTS))?.value as Counts | undefined) ?? emptyCounts();
}

interface Change {
  before?: ConversationRow;
  after?: ConversationSummary;
}

async function writeChanges(db: EchoDB, changes: Map<string, Change>): Promise<void> {
  let counts = await readCounts(db);
  for (const { before, after } of changes.values()) counts = moveCounts(counts, before, after);
  const kept = [...changes.values()].flatMap((c) => (c.after ? [c.after] : []));
  const gone = [...changes].flatMap(([key, c]) => (c.after ? [] : [key]));
  await db.conversations.bulkPut(kept);
  await db.conversations.bulkDelete(gone);
  await db.meta.put({ key: COUNTS, value: counts });
}

/** Folds freshly appended events (in seq order) into their conversations' summaries and the counts. */
export async function foldAppended(db: EchoDB, rows: readonly StoredEvent[]): Promise<void> {
  const convs = [...new Set(rows.map((r) => r.conv))];
  const existing = await db.conversations.bulkGet(convs);
  const changes = new Map(convs.map((conv, i) => [conv, { before: existing[i], after: existing[i] }]));
  for (const row of rows) {
    const change = changes.get(row.conv)!;
    change.after = foldEvent(change.after, row.event);
  }
  await writeChanges(db, changes);
}

/** Refolds these conversations from their stored events (none left: the row goes) and moves the counts to match. */
export async function refoldSummaries(db: EchoDB, convs: readonly string[]): Promise<void> {
  for (let i = 0; i < convs.length; i += BATCH) {
    const batch = convs.slice(i, i + BATCH);
    const [existing, stored] = await Promise.all([db.conversations.bulkGet(batch), db.events.where('conv').anyOf(batch).toArray()]);
    stored.sort((a, b) => a.seq - b.seq);
    const changes = new Map<string, Change>(batch.map((conv, j) => [conv, { before: existing[j] }]));
    for (const row of stored) {
      const change = changes.get(row.conv)!;
      change.after = foldEvent(change.after, row.event);
    }
    await writeChanges(db, changes);
  }
}
