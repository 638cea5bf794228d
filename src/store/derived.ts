// Everything the store derives from a conversation's events, recomputed for a set of conversations in one place:
// its summary row and the counts, its answers' rows in the review index (`reviewAnswers`), and its machine labels
// for the acceptance summary (`conversationLabels`). A conversation with no events left loses all of them, so
// deleting events and then recomputing is how derived rows are dropped with their conversation.
//
// Today an append keeps the summaries (summaries.ts) and the label rows are built when a page first needs them
// (review index, popup); `append` returns the conversations it touched so the background can later pass them
// here and keep the label rows current as events arrive.
import { type CaptureEvent } from '../core/events';
import { LABEL_RULES_VERSION, labelEvents } from '../core/labeller';
import { answerRows } from '../core/review/answer-rows';
import { conversationRedactor } from '../core/review/decisions';
import type { ConversationLabelsRow, EchoDB, LabelledAnswer } from './db';
import type { AnswerIndexRow } from './review-types';
import { refoldSummaries } from './summaries';

export type DerivedPart = 'summaries' | 'answerIndex' | 'conversationLabels';
export const ALL_DERIVED: readonly DerivedPart[] = ['summaries', 'answerIndex', 'conversationLabels'];

const BATCH = 100;

/** The tables `recomputeDerived` reads and writes: a caller's transaction around it must include them all. */
export function derivedScope(db: EchoDB) {
  return [db.events, db.conversations, db.meta, db.reviewAnswers, db.conversationLabels, db.labelOverrides, db.redactions];
}

/** Whether a conversation's label row still holds: same rules version, same number of events. */
export function labelsCurrent(row: ConversationLabelsRow | undefined, events: number): row is ConversationLabelsRow {
  return !!row && row.rulesVersion === LABEL_RULES_VERSION && row.events === events;
}

/**
 * Brings the given parts of these conversations' derived rows in line with their stored events. Returns the
 * conversation label rows it wrote (for a caller summing acceptance).
 */
export async function recomputeDerived(
  db: EchoDB,
  convs: readonly string[],
  parts: readonly DerivedPart[] = ALL_DERIVED,
): Promise<ConversationLabelsRow[]> {
  if (parts.includes('summaries')) await refoldSummaries(db, convs);
  const index = parts.includes('answerIndex');
  const labels = parts.includes('conversationLabels');
  const written: ConversationLabelsRow[] = [];
  if (!index && !labels) return written;
  for (let i = 0; i < convs.length; i += BATCH) {
    const batch = convs.slice(i, i + BATCH);
    const [stored, overrides, redactions] = await Promise.all([
      db.events.where('conv').anyOf(batch).toArray(),
      index ? db.labelOverrides.where('conv').anyOf(batch).toArray() : [],
      index ? db.redactions.where('conv').anyOf(batch).filter((r) => !r.keep).toArray() : [],
    ]);
    const byConv = new Map<string, { seq: number; event: CaptureEvent }[]>();
    for (const r of stored) {
      const list = byConv.get(r.conv);
      if (list) list.push(r);
      else byConv.set(r.conv, [r]);
    }
    const userLabels = new Map(overrides.map((o) => [o.eventId, o.label]));
    const answerIndexRows: AnswerIndexRow[] = [];
    const labelRows: ConversationLabelsRow[] = [];
    for (const [conv, list] of byConv) {
      const events = list.sort((a, b) => a.seq - b.seq).map((r) => r.event);
      const labelled = labelEvents(events);
      if (index) {
        const redact = conversationRedactor(redactions.filter((r) => r.conv === conv));
        answerIndexRows.push(...answerRows(conv, events, labelled, userLabels, redact));
      }
      if (labels) {
        const answers = new Map(events.flatMap((e) => (e.kind === 'response' ? [[e.messageId, e] as const] : [])));
        const row: ConversationLabelsRow = { conv, rulesVersion: LABEL_RULES_VERSION, events: events.length, answers: [] };
        for (const label of labelled) {
          const answer = answers.get(label.messageId);
          if (answer) row.answers.push([answer.model, answer.ts, label.label] satisfies LabelledAnswer);
        }
        labelRows.push(row);
      }
    }
    await db.transaction('rw', db.reviewAnswers, db.conversationLabels, async () => {
      if (index) {
        await db.reviewAnswers.where('conv').anyOf(batch).delete();
        await db.reviewAnswers.bulkPut(answerIndexRows);
      }
      if (labels) {
        await db.conversationLabels.bulkDelete(batch);
        await db.conversationLabels.bulkPut(labelRows);
      }
    });
    written.push(...labelRows);
  }
  return written;
}
