// Preference pairs, only where the prompt context is the same for both sides:
// - kept_vs_passed_over: the variant the user kept vs one regenerated or switched away from (same prompt);
// - accepted_vs_rejected: any other accepted and rejected answers to the same prompt;
// - refined_vs_original: the refined target (paste-back edit, or the answer accepted after a correction) vs the
//   original answer, in the original answer's context.
// A pair needs a real difference: answers equal up to whitespace teach no preference, whatever their labels.
import type { ResponseEvent } from '../events';
import type { Conversation } from '../labeller/conversation';
import type { AnswerLabel } from '../labeller/types';
import { bestTextOf, contextOf, DEFAULT_MIN_CONFIDENCE, labelKey, metaOf, signalsOf, type SampleInput, type SampleOptions } from './context';
import type { PreferenceSample, SampleMeta } from './schemas';

type Labelled = { answer: ResponseEvent; label: AnswerLabel };

export function buildPreferenceSamples(input: SampleInput, options: SampleOptions = {}): PreferenceSample[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const out = new Map<string, PreferenceSample>();
  const add = (s: PreferenceSample) => {
    if (squash(s.chosen[0]!.content) !== squash(s.rejected[0]!.content)) out.set(s.id, s);
  };
  for (const conversation of input.conversations.values()) {
    const labelled = [...conversation.responses.values()].flatMap((answer): Labelled[] => {
      const label = input.labels.get(labelKey(conversation.key, answer.messageId));
      return label && label.confidence >= minConfidence ? [{ answer, label }] : [];
    });
    for (const r of labelled) {
      if (r.label.label === 'refined' && r.label.target !== undefined && !r.label.vetoed) add(refinedPair(conversation, r));
    }
    const byPrompt = new Map<string, Labelled[]>();
    for (const l of labelled) {
      const promptId = conversation.parents.get(l.answer.messageId) ?? '';
      byPrompt.set(promptId, [...(byPrompt.get(promptId) ?? []), l]);
    }
    for (const [promptId, group] of byPrompt) {
      if (!promptId) continue;
      const chosen = group.filter((l) => (l.label.label === 'accepted' || l.label.label === 'refined') && !l.label.vetoed);
      const rejected = group.filter((l) => l.label.label === 'rejected');
      for (const c of chosen) for (const r of rejected) add(siblingPair(conversation, c, r));
    }
  }
  return [...out.values()];
}

const squash = (text: string) => text.replace(/\s+/g, '');

function refinedPair(conversation: Conversation, r: Labelled): PreferenceSample {
  const chosenId = r.label.targetMessageId ?? r.answer.messageId;
  const source = r.label.targetMessageId ? 'later_answer' : 'paste_edit';
  return {
    id: `pref:${conversation.key}:${source === 'paste_edit' ? `edit(${chosenId})` : chosenId}>${r.answer.messageId}`,
    prompt: contextOf(conversation, r.answer),
    chosen: [{ role: 'assistant', content: r.label.target! }],
    rejected: [{ role: 'assistant', content: r.answer.text }],
    meta: metaOf(conversation, r.answer, r.label, {
      messageIds: [...new Set([chosenId, r.answer.messageId])],
      pairKind: 'refined_vs_original',
      chosenMessageId: chosenId,
      chosenSource: source,
      rejectedMessageId: r.answer.messageId,
    }),
  };
}

function siblingPair(conversation: Conversation, c: Labelled, r: Labelled): PreferenceSample {
  const evidence = [...c.label.evidence, ...r.label.evidence];
  const meta: SampleMeta = {
    ...metaOf(conversation, c.answer, c.label),
    messageIds: [c.answer.messageId, r.answer.messageId],
    confidence: Math.min(c.label.confidence, r.label.confidence),
    evidence,
    signals: signalsOf(evidence),
    pairKind: r.label.vetoed ? 'kept_vs_passed_over' : 'accepted_vs_rejected',
    chosenMessageId: c.answer.messageId,
    chosenSource: 'answer',
    rejectedMessageId: r.answer.messageId,
  };
  return {
    id: `pref:${conversation.key}:${c.answer.messageId}>${r.answer.messageId}`,
    prompt: contextOf(conversation, c.answer),
    chosen: [{ role: 'assistant', content: bestTextOf(c.answer, c.label) }],
    rejected: [{ role: 'assistant', content: r.answer.text }],
    meta,
  };
}
