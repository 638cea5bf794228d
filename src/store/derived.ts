// Everything the store derives from a conversation's events, recomputed for a set of conversations in one place:
// its summary row and the counts, its answers' rows in the review index (`reviewAnswers`), its full machine labels
// (`conversationLabels`, what an export writes; an editor document's suggestion rows too), their share of the
// acceptance tallies (chat answers, inline completions) and the redaction spans its texts hold (`redactionSpans`,
// what a redacted export replaces; detected only where a detector is given, the background's: pages never load
// the redaction rules for it) and, after those, its export lines as bytes (`exportLines`, src/core/export/kept-lines.ts;
// made only where a maker is given, the background's, else dropped). A conversation with no
// events left loses all of them, so deleting events and then recomputing is how derived rows are dropped with
// their conversation. Recomputing a conversation also takes it off the `dirty` list, in the same transaction.
//
// The background keeps these current as events arrive (src/store/upkeep.ts drains `dirty`); retention, deletion
// and review decisions call `recomputeDerived` inside their own transactions.
import Dexie from 'dexie';
import type { StoredSpans } from '../core/export/conversation-redaction';
import type { KeptLines } from '../core/export/kept-lines';
import type { CaptureEvent } from '../core/events';
import { LABEL_RULES_VERSION, labelEvents } from '../core/labeller';
import type { AnswerLabel, AnswerLabelKind } from '../core/labeller/types';
import { answerRows } from '../core/review/answer-rows';
import { conversationRedactor, type UserRedaction } from '../core/review/decisions';
import { writeTallyChange } from './acceptance';
import { completionRowsOf, writeCompletionTallyChange } from './completions';
import type { ConversationLabelsRow, EchoDB, ExportLinesRow, LabelledAnswer, RedactionSpansRow } from './db';
import type { AnswerIndexRow } from './review-types';
import { refoldSummaries } from './summaries';

export type DerivedPart = 'summaries' | 'answerIndex' | 'conversationLabels' | 'redactionSpans' | 'exportLines';
export const ALL_DERIVED: readonly DerivedPart[] = ['summaries', 'answerIndex', 'conversationLabels', 'redactionSpans', 'exportLines'];

/** Detects a conversation's redaction spans (src/core/export/conversation-redaction.ts); `version` names rules and level. */
export interface SpanDetector {
  version: string;
  detect(events: readonly CaptureEvent[]): StoredSpans;
}

/** Makes a conversation's kept export lines from its events, labels and spans (the background's: kept-lines.ts). */
export interface LinesMaker {
  /** The extension version its lines are made for: lines of another are never served, so a change remakes them all. */
  version: string;
  make(
    conv: string,
    events: CaptureEvent[],
    derived: { labels?: readonly AnswerLabel[]; redactionSpans?: StoredSpans },
  ): Promise<KeptLines | null>;
}

const BATCH = 100;

/** The tables `recomputeDerived` reads and writes: a caller's transaction around it must include them all. */
export function derivedScope(db: EchoDB) {
  return [
    ...[db.events, db.conversations, db.meta, db.reviewAnswers, db.conversationLabels, db.labelOverrides, db.redactions, db.dirty],
    db.redactionSpans,
    db.exportLines,
  ];
}

/** Whether a conversation's kept spans are of exactly these events (the export checks the version itself). */
export function spansCurrent(row: RedactionSpansRow | undefined, events: number): row is RedactionSpansRow {
  return !!row && row.events === events;
}

/** Whether a conversation's label row still holds: same rules version, same number of events, full labels kept. */
export function labelsCurrent(row: ConversationLabelsRow | undefined, events: number): row is ConversationLabelsRow {
  return !!row && row.rulesVersion === LABEL_RULES_VERSION && row.events === events && row.labels !== undefined;
}

/**
 * One conversation's derived rows from its events (in capture order): pure, so seeding in tests and benchmarks
 * writes exactly what the background would.
 */
export function deriveConversation(
  conv: string,
  events: readonly CaptureEvent[],
  userLabels: ReadonlyMap<string, AnswerLabelKind> = new Map(),
  redactions: readonly UserRedaction[] = [],
): { answers: AnswerIndexRow[]; labels: ConversationLabelsRow } {
  const labelled = labelEvents(events);
  const answers = answerRows(conv, events, labelled, userLabels, conversationRedactor(redactions));
  const byMessage = new Map(events.flatMap((e) => (e.kind === 'response' ? [[e.messageId, e] as const] : [])));
  const row: ConversationLabelsRow = { conv, rulesVersion: LABEL_RULES_VERSION, events: events.length, answers: [], labels: labelled };
  const completions = completionRowsOf(events);
  if (completions) row.completions = completions;
  for (const label of labelled) {
    const answer = byMessage.get(label.messageId);
    if (answer) row.answers.push([answer.model, answer.ts, label.label] satisfies LabelledAnswer);
  }
  return { answers, labels: row };
}

/**
 * A conversation's spans row. Events are never changed once stored and a row is dropped whenever events are deleted,
 * so a row of this version covers the conversation's first `events` events (in capture order): only the ones
 * appended since are detected, and a long conversation is not scanned again on every answer.
 */
function spansRow(conv: string, events: readonly CaptureEvent[], detector: SpanDetector, previous?: RedactionSpansRow): RedactionSpansRow {
  const from = previous && previous.events <= events.length ? previous.events : 0;
  const found = from === events.length ? [] : detector.detect(events.slice(from)).spans;
  return { conv, events: events.length, spans: from ? [...previous!.spans, ...found] : found, version: detector.version };
}

/**
 * Brings the given parts of these conversations' derived rows in line with their stored events. Recomputing both
 * the index and the labels takes the conversations off the `dirty` list (summaries never lag: the append folds
 * them). Callers that read `dirty` first run this in their own transaction over `derivedScope`, so no append can
 * slip in between the read of the events and the clearing of the list.
 */
export async function recomputeDerived(
  db: EchoDB,
  convs: readonly string[],
  parts: readonly DerivedPart[] = ALL_DERIVED,
  detector?: SpanDetector,
  maker?: LinesMaker,
): Promise<void> {
  if (parts.includes('summaries')) await refoldSummaries(db, convs);
  const index = parts.includes('answerIndex');
  const labels = parts.includes('conversationLabels');
  const spans = parts.includes('redactionSpans');
  const lines = parts.includes('exportLines');
  if (!index && !labels && !spans && !lines) return;
  const whole = index && labels;
  for (let i = 0; i < convs.length; i += BATCH) {
    const batch = convs.slice(i, i + BATCH);
    const [stored, overrides, redactions, spansBefore] = await Promise.all([
      db.events.where('conv').anyOf(batch).toArray(),
      index ? db.labelOverrides.where('conv').anyOf(batch).toArray() : [],
      index ? db.redactions.where('conv').anyOf(batch).filter((r) => !r.keep).toArray() : [],
      spans && detector ? db.redactionSpans.bulkGet(batch) : [],
    ]);
    const previousSpans = new Map(spansBefore.flatMap((r) => (r?.version === detector?.version ? [[r!.conv, r!] as const] : [])));
    const byConv = new Map<string, { seq: number; event: CaptureEvent }[]>();
    for (const r of stored) {
      const list = byConv.get(r.conv);
      if (list) list.push(r);
      else byConv.set(r.conv, [r]);
    }
    const userLabels = new Map(overrides.map((o) => [o.eventId, o.label]));
    const answerIndexRows: AnswerIndexRow[] = [];
    const labelRows: ConversationLabelsRow[] = [];
    const spanRows: RedactionSpansRow[] = [];
    const making: Promise<ExportLinesRow | null>[] = [];
    for (const [conv, list] of byConv) {
      const events = list.sort((a, b) => a.seq - b.seq).map((r) => r.event);
      const spansOf = spans && detector ? spansRow(conv, events, detector, previousSpans.get(conv)) : undefined;
      if (spansOf) spanRows.push(spansOf);
      let labelled: ConversationLabelsRow | undefined;
      if (index || labels) {
        const derived = deriveConversation(conv, events, userLabels, redactions.filter((r) => r.conv === conv));
        answerIndexRows.push(...derived.answers);
        labelRows.push((labelled = derived.labels));
      }
      // After its labels and spans, from them: without them (a spans-only pass) the maker labels or detects itself.
      const kept = { ...(labelled ? { labels: labelled.labels } : {}), ...(spansOf ? { redactionSpans: spansOf } : {}) };
      if (lines && maker) making.push(maker.make(conv, events, kept));
    }
    // Lines are deflated off IndexedDB (./kept-bytes.ts): waitFor keeps the caller's transaction open meanwhile, so
    // the batch's rows still change in one transaction with the labels and spans they are made from.
    const lineRows = (await Dexie.waitFor(Promise.all(making))).filter((r): r is ExportLinesRow => r !== null);
    await db.transaction('rw', [db.reviewAnswers, db.conversationLabels, db.meta, db.dirty, db.redactionSpans, db.exportLines], async () => {
      if (index) {
        await db.reviewAnswers.where('conv').anyOf(batch).delete();
        await db.reviewAnswers.bulkPut(answerIndexRows);
      }
      if (labels) {
        const before = await db.conversationLabels.bulkGet(batch);
        await db.conversationLabels.bulkDelete(batch);
        await db.conversationLabels.bulkPut(labelRows);
        await writeTallyChange(db, before, labelRows);
        await writeCompletionTallyChange(db, before, labelRows);
      }
      if (spans) {
        await db.redactionSpans.bulkDelete(batch);
        await db.redactionSpans.bulkPut(spanRows);
      }
      // Without a maker the rows are dropped: never lines of other events than the stored ones.
      if (lines) {
        await db.exportLines.bulkDelete(batch);
        await db.exportLines.bulkPut(lineRows);
      }
      if (whole) await db.dirty.bulkDelete(batch);
      // Without a detector (a page deleting, retention) the spans are dropped: conversations with events left go
      // back on the list, for the background to detect them again.
      if (spans && !detector && byConv.size) await db.dirty.bulkPut([...byConv.keys()].map((conv) => ({ conv })));
    });
  }
}
