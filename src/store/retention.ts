// Deleting captured data on the person's behalf: retention (events older than N days) and "delete everything".
// Like the store's append, each runs in one transaction, so a crash leaves either the old or the new state; every
// derived row of a touched conversation (summary, counts, review index, labels) is recomputed from the events
// that remain, so nothing derived outlives the events it came from.
import type { EchoDB } from './db';
import { derivedScope, recomputeDerived } from './derived';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes events that happened (`ts`) more than `days` days before `now`; returns how many were deleted. */
export async function deleteEventsOlderThan(db: EchoDB, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction('rw', derivedScope(db), async () => {
    const old = await db.events.where('ts').below(cutoff).toArray();
    if (old.length === 0) return 0;
    const ids = old.map((e) => e.id);
    await db.events.bulkDelete(ids);
    // A label the user set on an answer that is gone has nothing left to apply to.
    await db.labelOverrides.bulkDelete(ids);
    await recomputeDerived(db, [...new Set(old.map((e) => e.conv))]);
    return old.length;
  });
}

/** Empties every table of the store (events, summaries, derived rows, review decisions): "Delete everything". */
export async function deleteEverything(db: EchoDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
