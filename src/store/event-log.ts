// The append-only event log: idempotent appends (by event id) with their summaries folded and the touched
// conversations put on the `dirty` list (src/store/upkeep.ts) in the same transaction, and paged reads, so neither
// the popup nor an export ever holds the whole log.
import type { CaptureEvent } from '../core/events';
import { type ConversationRow, type EchoDB, LAST_SEQ, type StoredEvent, storedEventRow } from './db';
import { foldAppended } from './summaries';

export interface AppendOutcome {
  stored: number;
  duplicates: number;
  /** Conversation keys that received new events: whose derived rows are now behind (src/store/derived.ts). */
  conversations: string[];
  /** Answers stored as `interrupted` (the page went away mid-stream) now replaced by their whole record. */
  completed?: number;
}

/**
 * The one exception to "first record wins": an answer cut off because its page went away mid-stream is recorded as
 * `interrupted`; when the same message is seen whole later (the conversation reopened, its tree read), that whole
 * record replaces the partial one in place (same sequence number, time and origin), so the log keeps one record per message and the
 * labels see the whole answer.
 */
function completes(stored: CaptureEvent, incoming: CaptureEvent): boolean {
  return (
    stored.kind === 'response' &&
    incoming.kind === 'response' &&
    stored.complete === 'interrupted' &&
    incoming.complete !== 'interrupted' &&
    incoming.text.length >= stored.text.length
  );
}

/** Appends the events not stored yet, in one transaction: all or nothing. */
export async function appendEvents(db: EchoDB, events: readonly CaptureEvent[], now = new Date()): Promise<AppendOutcome> {
  return db.transaction('rw', [db.events, db.conversations, db.meta, db.dirty], async () => {
    const unique = new Map<string, CaptureEvent>();
    for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
    const existing = await db.events.bulkGet([...unique.keys()]);
    const fresh = [...unique.values()].filter((_, i) => existing[i] === undefined);
    const whole = [...unique.values()].flatMap((e, i) => {
      const row = existing[i];
      // The answer keeps when and how it was first seen (live, in its place among the conversation's events).
      return row && completes(row.event, e) ? [{ ...row, event: { ...e, ts: row.event.ts, origin: row.event.origin } }] : [];
    });
    if (whole.length) await db.events.bulkPut(whole);
    const completed = whole.length ? { completed: whole.length } : {};
    if (fresh.length === 0) {
      const conversations = [...new Set(whole.map((r) => r.conv))];
      await db.dirty.bulkPut(conversations.map((conv) => ({ conv })));
      return { stored: 0, duplicates: events.length - whole.length, conversations, ...completed };
    }

    let seq = await takeSeqs(db, fresh.length);
    const receivedAt = now.toISOString();
    const rows = fresh.map((event) => storedEventRow(event, seq++, receivedAt));
    await db.events.bulkAdd(rows);
    await foldAppended(db, rows);
    const conversations = [...new Set([...rows, ...whole].map((r) => r.conv))];
    await db.dirty.bulkPut(conversations.map((conv) => ({ conv })));
    return { stored: rows.length, duplicates: events.length - rows.length - whole.length, conversations, ...completed };
  });
}

/** The highest sequence number stored (read on its own: see `takeSeqs`). */
export async function lastSeq(db: EchoDB): Promise<number> {
  return (await db.events.orderBy('seq').last())?.seq ?? 0;
}

/**
 * Reserves `n` sequence numbers and returns the first, inside the caller's read-write transaction on `events` and
 * `meta`. The last one handed out is kept in `meta` rather than read off the `seq` index there: reading the index's
 * last entry leaves a cursor open, and in Chromium every later add to the store in that transaction then slows
 * down with the store's size (restoring 1,853 events: 0.4 s without the cursor, 18 s with it).
 */
export async function takeSeqs(db: EchoDB, n: number): Promise<number> {
  const kept = (await db.meta.get(LAST_SEQ))?.value;
  const last = typeof kept === 'number' ? kept : await lastSeq(db);
  await db.meta.put({ key: LAST_SEQ, value: last + n });
  return last + 1;
}

/** Every stored event in arrival order, in pages. */
export async function* allEvents(db: EchoDB, pageSize = 2000): AsyncGenerator<StoredEvent> {
  let after = 0;
  for (;;) {
    const page = await db.events.where('seq').above(after).limit(pageSize).toArray();
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.seq;
  }
}

/** One conversation's events in arrival order. */
export async function conversationEvents(db: EchoDB, conv: string): Promise<CaptureEvent[]> {
  const rows = await db.events.where('conv').equals(conv).sortBy('seq');
  return rows.map((r) => r.event);
}

/** Every conversation summary, in key order, in pages. */
export async function* allConversations(db: EchoDB, pageSize = 500): AsyncGenerator<ConversationRow> {
  let after = '';
  for (;;) {
    const page = await db.conversations.where('key').above(after).limit(pageSize).toArray();
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.key;
  }
}
