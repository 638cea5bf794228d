// Deleting captured data on the person's behalf: retention (events older than N days) and "delete everything".
// Like the store's append, each runs in one transaction, so a crash leaves either the old or the new state; the
// conversation summaries and counters are rebuilt from the events that remain.
import type { Counts } from '../messages';
import { type ConversationRow, type EventStore, isSignal, type StoredEvent, summarise } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

function emptyRow(e: StoredEvent): ConversationRow {
  return { key: e.conv, site: e.event.site, conversationId: e.event.conversationId, title: '', firstTs: e.ts, lastTs: e.ts, prompts: 0, answers: 0, signals: 0, models: [] };
}

function subtract(counts: Counts, removed: readonly StoredEvent[], conversations: number): Counts {
  const next: Counts = { ...counts, conversations: Math.max(0, counts.conversations - conversations), byKind: { ...counts.byKind } };
  for (const { kind } of removed) {
    next.byKind[kind] = Math.max(0, (next.byKind[kind] ?? 0) - 1);
    if (kind === 'prompt') next.prompts = Math.max(0, next.prompts - 1);
    else if (kind === 'response') next.answers = Math.max(0, next.answers - 1);
    else if (isSignal(kind)) next.signals = Math.max(0, next.signals - 1);
  }
  return next;
}

/** Deletes events that happened (`ts`) more than `days` days before `now`; returns how many were deleted. */
export async function deleteEventsOlderThan(store: EventStore, days: number, now = new Date()): Promise<number> {
  const { db } = store;
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction('rw', [db.events, db.conversations, db.meta, db.reviewAnswers, db.labelOverrides], async () => {
    const old = await db.events.where('ts').below(cutoff).toArray();
    if (old.length === 0) return 0;
    const ids = old.map((e) => e.id);
    await db.events.bulkDelete(ids);
    // Derived from the deleted answers (the review page rebuilds the rest of its index from the events).
    await db.reviewAnswers.bulkDelete(ids);
    await db.labelOverrides.bulkDelete(ids);

    let emptied = 0;
    for (const conv of new Set(old.map((e) => e.conv))) {
      const rest = await db.events.where('conv').equals(conv).sortBy('seq');
      if (rest.length === 0) {
        await db.conversations.delete(conv);
        emptied++;
      } else {
        await db.conversations.put(rest.reduce((row, e) => summarise(row, e.event), emptyRow(rest[0]!)));
      }
    }
    const counts = (await db.meta.get('counts'))?.value as Counts | undefined;
    if (counts) await db.meta.put({ key: 'counts', value: subtract(counts, old, emptied) });
    return old.length;
  });
}

/** Empties every table of the store (events, summaries, review decisions): the options page's "Delete everything". */
export async function deleteEverything(store: EventStore): Promise<void> {
  const { db } = store;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

