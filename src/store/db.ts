// The Dexie schema: the only place the IndexedDB tables are declared. Internal to src/store/; every other context
// reads and changes the store through src/store/api.ts. The event log is the source of truth; `conversations`,
// the counts in `meta`, `reviewAnswers` and `conversationLabels` are derived from it (src/store/derived.ts), and
// `exclusions`, `labelOverrides` and `redactions` are the user's review decisions.
import Dexie, { type Table, type Transaction } from 'dexie';
import { type ConversationSummary, type Counts, countsOf, foldEvent } from '../core/counts';
import { type CaptureEvent, conversationKey, type EventKind } from '../core/events';
import type { AnswerLabelKind } from '../core/labeller/types';
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

/** The per-conversation summary row; folded by src/core/counts.ts. */
export type ConversationRow = ConversationSummary;

export interface MetaRow {
  key: string;
  value: unknown;
}

/** One answer's machine label: [model, answered at, label]. */
export type LabelledAnswer = [model: string | undefined, ts: string, label: AnswerLabelKind];

/** A conversation's machine labels under one rules version: what the popup's acceptance summary adds up. */
export interface ConversationLabelsRow {
  conv: string;
  rulesVersion: string;
  /** How many events the conversation had when labelled: a different count means label again. */
  events: number;
  answers: LabelledAnswer[];
}

/** `meta` keys: the counts (summaries.ts) and the last sequence number handed out (event-log.ts `takeSeqs`). */
export const COUNTS = 'counts';
export const LAST_SEQ = 'lastSeq';

/** The `meta` rows of a store holding these counts and sequence numbers up to `lastSeq` (for seeding). */
export function metaRows(counts: Counts, lastSeq: number): MetaRow[] {
  return [
    { key: COUNTS, value: counts },
    { key: LAST_SEQ, value: lastSeq },
  ];
}

/** The layout of one stored event (the store's append, its undo, and seeding in tests and benchmarks). */
export function storedEventRow(event: CaptureEvent, seq: number, receivedAt: string): StoredEvent {
  return { seq, conv: conversationKey(event.site, event.conversationId), receivedAt, event, id: event.id, kind: event.kind, ts: event.ts };
}

const V2 = {
  events: 'id, &seq, conv, kind, ts',
  conversations: 'key, site, lastTs',
  meta: 'key',
  reviewAnswers: 'eventId, conv, ts',
  exclusions: 'key, conv',
  labelOverrides: 'eventId, conv',
  redactions: 'id, conv, eventId',
};

/**
 * Version 3 moved the popup's label cache out of `meta` (`acceptance:<conv>` rows, keyed by event count only) into
 * `conversationLabels` (keyed by rules version too), and gave summaries their per-kind counts: summaries and
 * counts are rebuilt from the event log once, which also repairs counters an older version let drift.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('meta').where('key').startsWith('acceptance:').delete();
  const summaries = new Map<string, ConversationSummary>();
  let lastSeq = 0;
  await tx
    .table<StoredEvent>('events')
    .orderBy('seq')
    .each((row) => {
      summaries.set(row.conv, foldEvent(summaries.get(row.conv), row.event));
      lastSeq = row.seq;
    });
  await tx.table('conversations').clear();
  await tx.table('conversations').bulkPut([...summaries.values()]);
  await tx.table('meta').bulkPut(metaRows(countsOf(summaries.values()), lastSeq));
}

export class EchoDB extends Dexie {
  events!: Table<StoredEvent, string>;
  conversations!: Table<ConversationRow, string>;
  meta!: Table<MetaRow, string>;
  /** Derived (recomputable from events): one row per answer with its machine label, for the review list. */
  reviewAnswers!: Table<AnswerIndexRow, string>;
  /** Derived (recomputable from events): one row per conversation with its answers' machine labels. */
  conversationLabels!: Table<ConversationLabelsRow, string>;
  /** User decisions from review: data the export applies (docs/review-decisions.md). */
  exclusions!: Table<ExclusionRow, string>;
  labelOverrides!: Table<LabelOverrideRow, string>;
  redactions!: Table<RedactionRow, string>;

  constructor(name = 'echo-capture') {
    super(name);
    this.version(1).stores({ events: V2.events, conversations: V2.conversations, meta: V2.meta });
    this.version(2).stores(V2);
    this.version(3)
      .stores({ ...V2, conversationLabels: 'conv' })
      .upgrade(upgradeToV3);
  }
}
