// The only code that touches IndexedDB. The event log is append-only and idempotent by event id; the
// conversation rows and counters are derived summaries kept in step inside the same transaction, so the popup
// reads O(1) figures however large the log grows.
import Dexie, { type Table } from 'dexie';
import { type CaptureEvent, conversationKey, type EventKind } from '../core/events';
import type { Counts } from '../messages';
import type { AnswerIndexRow, ExclusionRow, LabelOverrideRow, RedactionRow } from './review-types';

export interface StoredEvent {
  /** Insertion order: ties in `ts` keep the order events arrived in. */
  seq: number;
  conv: string;
  receivedAt: string;
  event: CaptureEvent;
  id: string;
  kind: EventKind;
  ts: string;
}

export interface ConversationRow {
  key: string;
  site: string;
  conversationId: string;
  title: string;
  firstTs: string;
  lastTs: string;
  prompts: number;
  answers: number;
  signals: number;
  models: string[];
}

interface MetaRow {
  key: string;
  value: unknown;
}

const SIGNAL_KINDS = new Set<EventKind>([
  'stop',
  'regenerate',
  'branch_switch',
  'edit_prompt',
  'copy',
  'paste',
  'feedback',
  'followup',
]);

export function isSignal(kind: EventKind): boolean {
  return SIGNAL_KINDS.has(kind);
}

export class EchoDB extends Dexie {
  events!: Table<StoredEvent, string>;
  conversations!: Table<ConversationRow, string>;
  meta!: Table<MetaRow, string>;
  /** Derived by the review page (recomputable from events): one row per answer with its machine label. */
  reviewAnswers!: Table<AnswerIndexRow, string>;
  /** User decisions from review: data the export applies (docs/review-decisions.md). */
  exclusions!: Table<ExclusionRow, string>;
  labelOverrides!: Table<LabelOverrideRow, string>;
  redactions!: Table<RedactionRow, string>;

  constructor(name = 'echo-capture') {
    super(name);
    this.version(1).stores({
      events: 'id, &seq, conv, kind, ts',
      conversations: 'key, site, lastTs',
      meta: 'key',
    });
    this.version(2).stores({
      events: 'id, &seq, conv, kind, ts',
      conversations: 'key, site, lastTs',
      meta: 'key',
      reviewAnswers: 'eventId, conv, ts',
      exclusions: 'key, conv',
      labelOverrides: 'eventId, conv',
      redactions: 'id, conv, eventId',
    });
  }
}

const emptyCounts = (): Counts => ({ conversations: 0, prompts: 0, answers: 0, signals: 0, byKind: {} });

export class EventStore {
  constructor(readonly db: EchoDB = new EchoDB()) {}

  /** Appends the events not stored yet, in one transaction: all or nothing. */
  async append(events: readonly CaptureEvent[], now = new Date()): Promise<{ stored: number; duplicates: number }> {
    const { db } = this;
    return db.transaction('rw', db.events, db.conversations, db.meta, async () => {
      const unique = new Map<string, CaptureEvent>();
      for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
      const existing = await db.events.bulkGet([...unique.keys()]);
      const fresh = [...unique.values()].filter((_, i) => existing[i] === undefined);
      if (fresh.length === 0) return { stored: 0, duplicates: events.length };

      const last = await db.events.orderBy('seq').last();
      let seq = last?.seq ?? 0;
      const receivedAt = now.toISOString();
      const rows: StoredEvent[] = fresh.map((event) => ({
        seq: ++seq,
        conv: conversationKey(event.site, event.conversationId),
        receivedAt,
        event,
        id: event.id,
        kind: event.kind,
        ts: event.ts,
      }));
      await db.events.bulkAdd(rows);

      const counts = ((await db.meta.get('counts'))?.value as Counts | undefined) ?? emptyCounts();
      const touched = new Map<string, ConversationRow>();
      for (const row of rows) {
        let conv = touched.get(row.conv) ?? (await db.conversations.get(row.conv));
        if (!conv) {
          conv = {
            key: row.conv,
            site: row.event.site,
            conversationId: row.event.conversationId,
            title: '',
            firstTs: row.ts,
            lastTs: row.ts,
            prompts: 0,
            answers: 0,
            signals: 0,
            models: [],
          };
          counts.conversations++;
        }
        touched.set(row.conv, summarise(conv, row.event));
        counts.byKind[row.kind] = (counts.byKind[row.kind] ?? 0) + 1;
        if (row.kind === 'prompt') counts.prompts++;
        else if (row.kind === 'response') counts.answers++;
        else if (isSignal(row.kind)) counts.signals++;
      }
      await db.conversations.bulkPut([...touched.values()]);
      await db.meta.put({ key: 'counts', value: counts });
      return { stored: rows.length, duplicates: events.length - rows.length };
    });
  }

  async counts(): Promise<Counts> {
    return ((await this.db.meta.get('counts'))?.value as Counts | undefined) ?? emptyCounts();
  }

  /** Every stored event in arrival order, in pages, so exports never hold the whole log. */
  async *allEvents(pageSize = 2000): AsyncGenerator<StoredEvent> {
    let after = 0;
    for (;;) {
      const page = await this.db.events.where('seq').above(after).limit(pageSize).toArray();
      if (page.length === 0) return;
      yield* page;
      after = page[page.length - 1]!.seq;
    }
  }

  async conversationEvents(conv: string): Promise<CaptureEvent[]> {
    const rows = await this.db.events.where('conv').equals(conv).sortBy('seq');
    return rows.map((r) => r.event);
  }

  async *allConversations(pageSize = 500): AsyncGenerator<ConversationRow> {
    let after = '';
    for (;;) {
      const page = await this.db.conversations.where('key').above(after).limit(pageSize).toArray();
      if (page.length === 0) return;
      yield* page;
      after = page[page.length - 1]!.key;
    }
  }
}

/** Folds one event into its conversation's summary row (also used by test seeding). */
export function summarise(conv: ConversationRow, event: CaptureEvent): ConversationRow {
  const next = { ...conv };
  if (event.ts < next.firstTs) next.firstTs = event.ts;
  if (event.ts > next.lastTs) next.lastTs = event.ts;
  if (event.kind === 'prompt') {
    next.prompts++;
    if (!next.title) next.title = event.text.replace(/\s+/g, ' ').trim().slice(0, 80);
  } else if (event.kind === 'response') {
    next.answers++;
    if (event.model && !next.models.includes(event.model)) next.models = [...next.models, event.model];
  } else if (isSignal(event.kind)) {
    next.signals++;
  }
  return next;
}
