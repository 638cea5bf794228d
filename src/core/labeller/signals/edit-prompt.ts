// Editing a prompt and re-sending it supersedes the answer to the old prompt: the user wanted something else.
// Weaker when the user had already built on the answer (the edit may be about a later turn's needs), and void when
// the user came back to the old branch afterwards.
import { eventsOf, type AnswerEpisode } from '../episode';
import { time } from '../time';
import type { Signal } from '../types';

export function editPromptSignals(ep: AnswerEpisode): Signal[] {
  const prompt = ep.prompt;
  if (!prompt) return [];
  const answeredAt = time(ep.answer.ts);
  const edits = eventsOf(ep.about(prompt.messageId), 'edit_prompt').filter(
    (e) => e.oldMessageId === prompt.messageId && time(e.ts) >= answeredAt,
  );
  const last = edits[edits.length - 1];
  if (!last) return [];
  const editedAt = time(last.ts);
  const cameBack =
    ep.replies.some((p) => time(p.ts) > editedAt) ||
    eventsOf(ep.about(prompt.messageId), 'branch_switch').some((b) => b.toMessageId === prompt.messageId && time(b.ts) > editedAt && ep.replies.length > 0);
  if (cameBack) return [];
  const continuedBefore = ep.replies.some((p) => time(p.ts) < editedAt);
  return [
    {
      rule: 'edit_prompt',
      polarity: 'reject',
      confidence: continuedBefore ? ep.rules.editPrompt.afterContinuingConfidence : ep.rules.editPrompt.confidence,
      ts: last.ts,
      eventIds: edits.map((e) => e.id),
      detail: continuedBefore ? 'prompt edited after the conversation had continued' : 'prompt edited and re-sent',
    },
  ];
}
