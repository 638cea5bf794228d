// Editing a prompt and re-sending it supersedes the answer to the old prompt: the user wanted something else.
// Weaker when the user had already built on the answer (the edit may be about a later turn's needs), and void when
// the user came back to the old branch afterwards. The mirror case: an answer to the *edited* prompt is rejected
// when the user switched back to the original prompt and continued there.
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
  if (!last) return abandonedEditSignals(ep);
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

function abandonedEditSignals(ep: AnswerEpisode): Signal[] {
  const prompt = ep.prompt;
  if (!prompt) return [];
  const answeredAt = time(ep.answer.ts);
  const backs = eventsOf(ep.about(prompt.messageId), 'branch_switch').filter(
    (b) => b.role === 'user' && b.fromMessageId === prompt.messageId && b.toMessageId !== prompt.messageId && time(b.ts) > answeredAt,
  );
  const back = backs[backs.length - 1];
  if (!back || ep.replies.some((p) => time(p.ts) > time(back.ts))) return [];
  const continuedThere = ep.conversation.events.some(
    (e) => e.kind === 'prompt' && time(e.ts) > time(back.ts) && isBelow(ep, e.messageId, back.toMessageId),
  );
  if (!continuedThere) return [];
  return [
    {
      rule: 'branch_switch',
      polarity: 'reject',
      confidence: ep.rules.editPrompt.confidence,
      ts: back.ts,
      eventIds: [back.id],
      detail: `went back to the prompt ${back.toMessageId} and continued there`,
    },
  ];
}

function isBelow(ep: AnswerEpisode, messageId: string, ancestorId: string): boolean {
  for (let id: string | undefined = messageId, n = 0; id && n < 10_000; id = ep.conversation.parents.get(id), n++) {
    if (id === ancestorId) return true;
  }
  return false;
}
