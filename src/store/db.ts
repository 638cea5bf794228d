// The Dexie schema: the only place the IndexedDB tables are declared. Internal to src/store/; every other context
// reads and changes the store through src/store/api.ts. The event log is the source of truth; `conversations`,
// the counts in `meta`, `reviewAnswers`, `conversationLabels`, `redactionSpans` and the acceptance tally in `meta` are
// derived from it (src/store/derived.ts), as are `exportLines` (each conversation's export lines kept ready as bytes,
// src/core/export/kept-lines.ts), `dirty` lists the conversations whose derived rows are behind their events, and
// `exclusions`, `labelOverrides` and `redactions` are the user's review decisions.
import Dexie, { type Table, type Transaction } from 'dexie';
import { type ConversationSummary, type Counts, countsOf, editorDocumentTitle, foldEvent } from '../core/counts';
import { type CaptureEvent, conversationKey, type EventKind } from '../core/events';
import { LABEL_RULES_VERSION } from '../core/labeller/rules';
import type { AnswerLabel, AnswerLabelKind } from '../core/labeller/types';
import type { StoredSpans } from '../core/export/conversation-redaction';
import type { KeptLines } from '../core/export/kept-lines';
import type { CompletionReviewRow } from '../core/review/completion-rows';
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

/**
 * A conversation's machine labels under one rules version: the full label records (what an export writes, so it
 * need not label again) and, per answer, what the acceptance tally adds up.
 */
export interface ConversationLabelsRow {
  conv: string;
  rulesVersion: string;
  /** How many events the conversation had when labelled (with `dirty`, how an export tells the row still holds). */
  events: number;
  answers: LabelledAnswer[];
  /** Absent in rows written before version 4 of the schema (those are rebuilt). */
  labels?: AnswerLabel[];
  /** An editor document's inline suggestions with their labels (src/store/completions.ts); absent for chats. */
  completions?: CompletionReviewRow[];
}

/**
 * A conversation's redaction spans as the rules detect them (src/core/export/conversation-redaction.ts), kept so an
 * export replaces them instead of detecting: `version` names the rules and the level, `events` how many events
 * the conversation had when they were detected.
 */
export interface RedactionSpansRow extends StoredSpans {
  conv: string;
  events: number;
}

/** A conversation whose derived rows are behind its events: written in the append's own transaction. */
export interface DirtyRow {
  conv: string;
}

/**
 * `meta` keys: the counts (summaries.ts), the last sequence number handed out (event-log.ts `takeSeqs`), the
 * acceptance tally (acceptance.ts) and the state of the derived rows (rules version, a rebuild under way).
 */
export const COUNTS = 'counts';
export const LAST_SEQ = 'lastSeq';
export const ACCEPTANCE = 'acceptance';
/** The inline completion tally (src/store/completions.ts). */
export const COMPLETION_ACCEPTANCE = 'completionAcceptance';
export const DERIVED_STATE = 'derived';

/** Which rules the derived rows follow; `rebuildAfter` is set while they are rebuilt, in conversation key order. */
export interface DerivedState {
  rulesVersion: string;
  rebuildAfter?: string;
  /** The redaction rules and level the kept spans follow; `spansRebuildAfter` is set while they are redetected. */
  spansVersion?: string;
  spansRebuildAfter?: string;
  /** The extension version the kept export lines are made for; `linesRebuildAfter` is set while they are remade. */
  linesVersion?: string;
  linesRebuildAfter?: string;
}

/** The `meta` rows of a store holding these counts and sequence numbers up to `lastSeq` (for seeding). */
export function metaRows(
  counts: Counts,
  lastSeq: number,
  derived?: { acceptance: unknown; rulesVersion: string; completionAcceptance?: unknown; spansVersion?: string; linesVersion?: string },
): MetaRow[] {
  return [
    { key: COUNTS, value: counts },
    { key: LAST_SEQ, value: lastSeq },
    ...(derived
      ? [
          { key: ACCEPTANCE, value: derived.acceptance },
          {
            key: DERIVED_STATE,
            value: {
              rulesVersion: derived.rulesVersion,
              ...(derived.spansVersion ? { spansVersion: derived.spansVersion } : {}),
              ...(derived.linesVersion ? { linesVersion: derived.linesVersion } : {}),
            } satisfies DerivedState,
          },
          ...(derived.completionAcceptance ? [{ key: COMPLETION_ACCEPTANCE, value: derived.completionAcceptance }] : []),
        ]
      : []),
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

/**
 * Version 4 keeps full label records in `conversationLabels`, an acceptance tally in `meta` and the `dirty` set, all
 * maintained by the background as events arrive. Rows from before carry no full labels and no tally matches
 * them, so they are dropped and rebuilt in the background (the empty rules version asks for it).
 */
async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx.table('conversationLabels').clear();
  await tx.table('meta').bulkDelete([ACCEPTANCE, 'review-index']);
  await tx.table('meta').put({ key: DERIVED_STATE, value: { rulesVersion: '' } satisfies DerivedState });
}

/**
 * Version 5 keeps an editor document's suggestion rows in its `conversationLabels` row and their acceptance tally in
 * `meta` (src/store/completions.ts): documents with a shown suggestion go on the dirty list, to be rebuilt, and get
 * a title.
 */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const documents = await tx
    .table<ConversationRow, string>('conversations')
    .filter((c) => (c.byKind.completion_shown ?? 0) > 0)
    .toArray();
  await tx.table('dirty').bulkPut(documents.map((c) => ({ conv: c.key })));
  // Their summaries get the title editor documents now have (the file name), from their first shown suggestion.
  for (const doc of documents.filter((c) => !c.title)) {
    const events = await tx.table<StoredEvent, string>('events').where('conv').equals(doc.key).sortBy('seq');
    const first = events.find((r) => r.kind === 'completion_shown');
    if (first?.event.kind === 'completion_shown') await tx.table('conversations').put({ ...doc, title: editorDocumentTitle(first.event) });
  }
}

/** A conversation's kept export lines, keyed by conversation. */
export type ExportLinesRow = KeptLines;

export class EchoDB extends Dexie {
  events!: Table<StoredEvent, string>;
  conversations!: Table<ConversationRow, string>;
  meta!: Table<MetaRow, string>;
  /** Derived (recomputable from events): one row per answer with its machine label, for the review list. */
  reviewAnswers!: Table<AnswerIndexRow, string>;
  /** Derived (recomputable from events): one row per conversation with its answers' machine labels. */
  conversationLabels!: Table<ConversationLabelsRow, string>;
  /** Derived (recomputable from events): one row per conversation with the redaction spans its texts hold. */
  redactionSpans!: Table<RedactionSpansRow, string>;
  /** Derived (recomputable from events): one row per conversation with its export lines as bytes. */
  exportLines!: Table<ExportLinesRow, string>;
  /** Conversations whose derived rows are behind their events, drained by the background. */
  dirty!: Table<DirtyRow, string>;
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
    this.version(4)
      .stores({ ...V2, conversationLabels: 'conv', dirty: 'conv' })
      .upgrade(upgradeToV4);
    this.version(5)
      .stores({ ...V2, conversationLabels: 'conv', dirty: 'conv' })
      .upgrade(upgradeToV5);
    // Version 6 keeps each conversation's redaction spans; the background detects them for the stored events (the
    // derived state has no spans version yet), conversation by conversation, without relabelling.
    this.version(6).stores({ ...V2, conversationLabels: 'conv', dirty: 'conv', redactionSpans: 'conv' });
    // Version 7 keeps each conversation's export lines (`exportLines`). Until the background has made them an export
    // computes as before; the derived state has no lines version yet, so the background makes them for the stored
    // events (./upkeep.ts), conversation by conversation, without relabelling.
    this.version(7).stores({ ...V2, conversationLabels: 'conv', dirty: 'conv', redactionSpans: 'conv', exportLines: 'conv' });
    // A new database has nothing to rebuild: its derived rows follow the current rules from the first append.
    this.on('populate', (tx) => {
      void tx.table('meta').put({ key: DERIVED_STATE, value: { rulesVersion: LABEL_RULES_VERSION } satisfies DerivedState });
    });
  }
}
