// The one way into the store for every context: the background appends events, keeps the derived rows current
// (src/store/upkeep.ts) and applies retention; the popup, review and options pages and their workers read and
// change everything else through the same methods. Only src/store/ touches the Dexie tables; this facade names
// what each page needs and keeps each change in one transaction with the derived rows it affects
// (src/store/derived.ts). Pages get `PageStore`, which can neither append nor derive: the background stays the only
// writer of captured events and the only place that labels them for the store.
import type { AcceptanceStats } from '../core/export/acceptance';
import type { ExportSource } from '../core/export/training-bundle';
import type { Counts } from '../core/counts';
import type { CaptureEvent } from '../core/events';
import type { AnswerLabelKind } from '../core/labeller/types';
import type { ChartData } from '../core/review/charts';
import { conversationRedactor, type ReviewDecisions, type UserRedaction } from '../core/review/decisions';
import type { ReviewFilter } from '../core/review/filters';
import { acceptanceSummary } from './acceptance';
import type { completionSummary } from './completions';
import { type ConversationRow, EchoDB } from './db';
import { type AppendOutcome, appendEvents, conversationEvents } from './event-log';
import type * as decisions from './review-decisions';
import * as reads from './review-reads';
import * as index from './review-index';
import type { ReadWorkerPort } from './export-reader';
import type { AnswerIndexRow } from './review-types';
import { derivedBacklog } from './derived-backlog';
import { readCounts } from './summaries';
import type { updateDerived, UpkeepResult } from './upkeep';

// What needs the labeller (deriving rows, changing decisions, which re-derive them, export, retention) loads on first
// use: a page shows its first rows without compiling it. The background's bundle inlines these imports.
const changes = () => import('./review-decisions');
const completions = () => import('./completions');

export type { Counts } from '../core/counts';
export { type ConversationRow, metaRows, type StoredEvent, storedEventRow } from './db';
export type { AppendOutcome } from './event-log';
export type { UpkeepResult } from './upkeep';
export type { ExclusionTarget, LabelTarget, RedactionInput, Undo } from './review-decisions';
export type { ConversationDecisions } from './review-reads';
export type { ScanResult, ScanToken, SearchHit } from './review-index';
export type { AnswerIndexRow, ExclusionRow, LabelOverrideRow, RedactionRow } from './review-types';
export * from './settings';

class EchoStore {
  readonly #db: EchoDB;

  constructor(db: EchoDB | string = new EchoDB()) {
    this.#db = typeof db === 'string' ? new EchoDB(db) : db;
  }

  // The background: captured events in, retention.

  /**
   * Stores the events not stored yet (idempotent by id); says which conversations received new ones, and puts
   * them on the list of conversations whose derived rows `updateDerived` brings up to date.
   */
  append(events: readonly CaptureEvent[], now?: Date): Promise<AppendOutcome> {
    return appendEvents(this.#db, events, now);
  }

  /** Recomputes the derived rows (labels, review index, acceptance tally) of conversations that are behind. */
  async updateDerived(options?: Parameters<typeof updateDerived>[1]): Promise<UpkeepResult> {
    return (await import('./upkeep')).updateDerived(this.#db, options);
  }

  /** Deletes events that happened more than `days` days before `now`; returns how many went. */
  async applyRetention(days: number, now?: Date): Promise<number> {
    return (await import('./retention')).deleteEventsOlderThan(this.#db, days, now);
  }

  // What has been captured.

  counts(): Promise<Counts> {
    return readCounts(this.#db);
  }

  /** The most recently active conversations, their titles with the user's redactions applied. */
  async recentConversations(limit: number): Promise<ConversationRow[]> {
    const rows = await this.#db.conversations.orderBy('lastTs').reverse().limit(limit).toArray();
    const redactions = await reads.redactionsFor(this.#db, rows.map((r) => r.key));
    return rows.map((r) => ({ ...r, title: conversationRedactor(redactions.get(r.key))(r.title) }));
  }

  /** Acceptance over every captured answer (the popup's line): the tally the background keeps, read in O(1). */
  acceptanceSummary(): Promise<AcceptanceStats> {
    return acceptanceSummary(this.#db);
  }

  /** Inline completions: acceptance (accepted / shown) and the newest suggestions with what became of them. */
  async completionSummary(limit = 200): ReturnType<typeof completionSummary> {
    return (await completions()).completionSummary(this.#db, limit);
  }

  /**
   * What an export reads: every conversation in one pass, with its kept labels, and the review decisions. With
   * `readWorkers`, the conversations are read in read workers it starts, each replaced after a few MB of rows
   * (./export-reader.ts), else on this thread.
   */
  async exportInput(readWorkers?: () => ReadWorkerPort): Promise<{ source: ExportSource; decisions: ReviewDecisions }> {
    const [{ exportSource, PAGE_CONVERSATIONS }, { workerReads }] = await Promise.all([import('./export-source'), import('./export-reader')]);
    const batch = readWorkers ? workerReads(this.#db.name, readWorkers).batch : null;
    const source = await exportSource(this.#db, PAGE_CONVERSATIONS, batch ? () => batch : undefined);
    return { source, decisions: await reads.loadReviewDecisions(this.#db) };
  }

  /** How many conversations the background has still to label (after new events or a rules change). */
  derivedBacklog(): Promise<number> {
    return derivedBacklog(this.#db);
  }

  /** Empties the whole store: events, summaries, derived rows and review decisions. */
  async deleteEverything(): Promise<void> {
    return (await import('./retention')).deleteEverything(this.#db);
  }

  // The review page: one conversation, decisions (each returns its undo), deletion.

  conversationEvents(conv: string): Promise<CaptureEvent[]> {
    return conversationEvents(this.#db, conv);
  }

  decisionsForConversation(conv: string): Promise<reads.ConversationDecisions> {
    return reads.decisionsForConversation(this.#db, conv);
  }

  async setExcluded(targets: readonly decisions.ExclusionTarget[], excluded: boolean): Promise<decisions.Undo> {
    return (await changes()).setExcluded(this.#db, targets, excluded);
  }

  async setUserLabel(targets: readonly decisions.LabelTarget[], label: AnswerLabelKind | null): Promise<decisions.Undo> {
    return (await changes()).setUserLabel(this.#db, targets, label);
  }

  async addRedaction(input: decisions.RedactionInput): Promise<decisions.Undo> {
    return (await changes()).addRedaction(this.#db, input);
  }

  async removeRedaction(id: string): Promise<decisions.Undo> {
    return (await changes()).removeRedaction(this.#db, id);
  }

  async deleteConversations(convs: readonly string[]): Promise<decisions.Undo> {
    return (await changes()).deleteConversations(this.#db, convs);
  }

  // The review page: its answer index, list pages, scans and search.

  /** From the kept counts (moved with every change to the conversation rows, in the same transaction): O(1). */
  async conversationCount(): Promise<number> {
    return (await readCounts(this.#db)).conversations;
  }

  answerCount(): Promise<number> {
    return this.#db.reviewAnswers.count();
  }

  /** Newest activity first, by offset. */
  conversationsPage(offset: number, limit: number): Promise<ConversationRow[]> {
    return this.#db.conversations.orderBy('lastTs').reverse().offset(offset).limit(limit).toArray();
  }

  /** Newest answers first, by offset. */
  answersPage(offset: number, limit: number): Promise<AnswerIndexRow[]> {
    return this.#db.reviewAnswers.orderBy('ts').reverse().offset(offset).limit(limit).toArray();
  }

  conversationsByKeys(keys: readonly string[]): Promise<(ConversationRow | undefined)[]> {
    return this.#db.conversations.bulkGet([...keys]);
  }

  answersByKeys(eventIds: readonly string[]): Promise<(AnswerIndexRow | undefined)[]> {
    return this.#db.reviewAnswers.bulkGet([...eventIds]);
  }

  /** Every conversation key, or every indexed answer's event id (bulk actions on an unfiltered list). */
  allKeys(mode: 'conversations' | 'answers'): Promise<string[]> {
    const table = mode === 'conversations' ? this.#db.conversations : this.#db.reviewAnswers;
    return table.toCollection().primaryKeys();
  }

  /** Which of these conversations and answers are excluded, as `conversation:<conv>` / `answer:<eventId>` keys. */
  exclusionsFor(keys: { convs: string[]; eventIds: string[] }): Promise<Set<string>> {
    return reads.exclusionsFor(this.#db, keys);
  }

  redactionsFor(convs: readonly string[]): Promise<Map<string, UserRedaction[]>> {
    return reads.redactionsFor(this.#db, convs);
  }

  scanAnswers(
    filter: ReviewFilter,
    mode: 'answers' | 'conversations',
    charts: ChartData | null,
    token: index.ScanToken,
    onBatch: (r: index.ScanResult) => void,
  ): Promise<index.ScanResult> {
    return index.scanAnswers(this.#db, filter, mode, charts, token, onBatch);
  }

  scanConversations(filter: ReviewFilter, token: index.ScanToken, onBatch: (r: index.ScanResult) => void): Promise<index.ScanResult> {
    return index.scanConversations(this.#db, filter, token, onBatch);
  }

  searchStep(query: string, filter: ReviewFilter, belowSeq: number, token: index.ScanToken): ReturnType<typeof index.searchStep> {
    return index.searchStep(this.#db, query, filter, belowSeq, token);
  }

  knownSitesAndModels(): Promise<{ sites: string[]; models: string[] }> {
    return index.knownSitesAndModels(this.#db);
  }
}

/** What extension pages and their workers hold: everything but appending captured events and deriving rows. */
export type PageStore = Omit<EchoStore, 'append' | 'updateDerived'>;

export type { EchoStore };
// The export's read worker (src/ui/shared/read-worker.ts) and what the export posts to it.
export { serveReads, type ReadRequest, type ReadServerPort, type ReadWorkerPort } from './export-reader';

/** The store as an extension page (popup, review, options, their workers) uses it. */
export function openPageStore(): PageStore {
  return new EchoStore();
}

/** The store as the background uses it: the one context that appends captured events (tests name their database). */
export function openBackgroundStore(db?: EchoDB | string): EchoStore {
  return new EchoStore(db);
}
