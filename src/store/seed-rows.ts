// The derived rows a store holds once the background has caught up with these conversations: what seeding in the
// end-to-end tests and benchmarks writes beside the events, so a seeded store looks exactly like one filled by
// capture (review index complete, labels kept, acceptance tallied, and with the background's maker its export lines
// kept: src/core/export/kept-lines.ts) and nothing has to be labelled on first use.
import type { CaptureEvent } from '../core/events';
import { LABEL_RULES_VERSION } from '../core/labeller';
import { type AcceptanceTallyRow, moveTally } from './acceptance';
import { type CompletionTallyRow, moveCompletionTally } from './completions';
import type { StoredSpans } from '../core/export/conversation-redaction';
import type { ConversationLabelsRow, ExportLinesRow } from './db';
import { deriveConversation, type LinesMaker } from './derived';
import type { AnswerIndexRow } from './review-types';

export interface SeedDerivedRows {
  reviewAnswers: AnswerIndexRow[];
  conversationLabels: ConversationLabelsRow[];
  /** With a maker: the export lines it keeps, made after the labels and the conversation's spans as upkeep makes them. */
  exportLines: ExportLinesRow[];
  /** The acceptance tally moved on by these conversations (pass the previous one to seed in several steps). */
  acceptance: AcceptanceTallyRow;
  /** The inline completion tally moved on the same way. */
  completionAcceptance: CompletionTallyRow;
  rulesVersion: string;
  /** With a maker: the version its lines are made for, so the background does not remake them (./upkeep.ts). */
  linesVersion?: string;
}

/** `conversations`: each conversation's key and its events in capture order, with its kept spans where seeded. */
export async function seedDerivedRows(
  conversations: Iterable<{ conv: string; events: readonly CaptureEvent[]; redactionSpans?: StoredSpans }>,
  acceptance: AcceptanceTallyRow = {},
  completionAcceptance: CompletionTallyRow = {},
  maker?: LinesMaker,
): Promise<SeedDerivedRows> {
  const out: SeedDerivedRows = {
    ...{ reviewAnswers: [], conversationLabels: [], exportLines: [], acceptance, completionAcceptance },
    rulesVersion: LABEL_RULES_VERSION,
    ...(maker ? { linesVersion: maker.version } : {}),
  };
  for (const { conv, events, redactionSpans } of conversations) {
    const { answers, labels } = deriveConversation(conv, events);
    const lines = await maker?.make(conv, [...events], { labels: labels.labels!, ...(redactionSpans ? { redactionSpans } : {}) });
    if (lines) out.exportLines.push(lines);
    out.reviewAnswers.push(...answers);
    out.conversationLabels.push(labels);
    moveTally(acceptance, [], [labels]);
    moveCompletionTally(completionAcceptance, [], [labels]);
  }
  return out;
}
