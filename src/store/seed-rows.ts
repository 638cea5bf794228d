// The derived rows a store holds once the background has caught up with these conversations: what seeding in the
// end-to-end tests and benchmarks writes beside the events, so a seeded store looks exactly like one filled by
// capture (review index complete, labels kept, acceptance tallied) and nothing has to be labelled on first use.
import type { CaptureEvent } from '../core/events';
import { LABEL_RULES_VERSION } from '../core/labeller';
import { type AcceptanceTallyRow, moveTally } from './acceptance';
import { type CompletionTallyRow, moveCompletionTally } from './completions';
import type { ConversationLabelsRow } from './db';
import { deriveConversation } from './derived';
import type { AnswerIndexRow } from './review-types';

export interface SeedDerivedRows {
  reviewAnswers: AnswerIndexRow[];
  conversationLabels: ConversationLabelsRow[];
  /** The acceptance tally moved on by these conversations (pass the previous one to seed in several steps). */
  acceptance: AcceptanceTallyRow;
  /** The inline completion tally moved on the same way. */
  completionAcceptance: CompletionTallyRow;
  rulesVersion: string;
}

/** `conversations`: each conversation's key and its events in capture order. */
export function seedDerivedRows(
  conversations: Iterable<{ conv: string; events: readonly CaptureEvent[] }>,
  acceptance: AcceptanceTallyRow = {},
  completionAcceptance: CompletionTallyRow = {},
): SeedDerivedRows {
  const out: SeedDerivedRows = {
    ...{ reviewAnswers: [], conversationLabels: [], acceptance, completionAcceptance },
    rulesVersion: LABEL_RULES_VERSION,
  };
  for (const { conv, events } of conversations) {
    const { answers, labels } = deriveConversation(conv, events);
    out.reviewAnswers.push(...answers);
    out.conversationLabels.push(labels);
    moveTally(acceptance, [], [labels]);
    moveCompletionTally(completionAcceptance, [], [labels]);
  }
  return out;
}
