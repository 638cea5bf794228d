// SFT samples: the context along the branch taken, ending with an accepted answer or a refined answer's target.
// Only that last answer is a training target: earlier assistant turns are context, and some of them are answers the
// user went on to correct. Trainers that compute loss on every assistant turn (TRL's assistant_only_loss, Axolotl
// and LLaMA-Factory defaults) would train those too, so every format says which turn is trained: the messages
// form flags each assistant turn (`train` as Axolotl's message_field_training reads it, `weight` as OpenAI's
// fine-tuning does), the prompt/completion form puts only the labelled answer in `completion`, OpenAI lines carry
// `weight`, ShareGPT turns `train`/`weight`.
import { contextOf, DEFAULT_MIN_CONFIDENCE, labelKey, metaOf, bestTextOf, type SampleInput, type SampleOptions } from './context';
import type { ChatMessage, OpenAiChatSample, SftMessage, SftPromptCompletionSample, SftSample, ShareGptSample } from './schemas';

export function buildSftSamples(input: SampleInput, options: SampleOptions = {}): SftSample[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const wanted = new Set(options.labels ?? ['accepted', 'refined']);
  const samples: SftSample[] = [];
  for (const conversation of input.conversations.values()) {
    for (const answer of conversation.responses.values()) {
      const label = input.labels.get(labelKey(conversation.key, answer.messageId));
      // A variant the user passed over is never a target, whichever labels the caller asked for.
      if (!label || label.vetoed || label.label === 'rejected' || !wanted.has(label.label) || label.confidence < minConfidence) continue;
      const context = contextOf(conversation, answer);
      if (context.length === 0) continue;
      samples.push({
        id: `sft:${conversation.key}:${answer.messageId}`,
        messages: [...context.map(asContext), { role: 'assistant', content: bestTextOf(answer, label), weight: 1, train: true }],
        meta: metaOf(conversation, answer, label),
      });
    }
  }
  return samples;
}

/** An earlier turn: an assistant turn is context, never trained. */
const asContext = (m: ChatMessage): SftMessage => (m.role === 'assistant' ? { ...m, weight: 0, train: false } : { ...m });

/** Whether a turn of an SFT sample is trained: only the last assistant turn. */
const trained = (sample: SftSample, i: number) => sample.messages[i]!.role === 'assistant' && i === sample.messages.length - 1;

export function toOpenAiChat(sample: SftSample): OpenAiChatSample {
  return {
    messages: sample.messages.map((m, i) => ({ role: m.role, content: m.content, ...(m.role === 'assistant' ? { weight: trained(sample, i) ? 1 : 0 } : {}) })),
  };
}

export function toShareGpt(sample: SftSample): ShareGptSample {
  const from = { system: 'system', user: 'human', assistant: 'gpt' } as const;
  return {
    conversations: sample.messages.map((m, i) => ({
      from: from[m.role],
      value: m.content,
      ...(m.role === 'assistant' ? { train: trained(sample, i), weight: trained(sample, i) ? 1 : 0 } : {}),
    })),
  };
}

/** TRL's conversational prompt-completion form: the context as prompt, only the labelled answer as completion. */
export function toPromptCompletion(sample: SftSample): SftPromptCompletionSample {
  const last = sample.messages[sample.messages.length - 1]!;
  return {
    id: sample.id.replace(/^sft:/, 'sftpc:'),
    prompt: sample.messages.slice(0, -1).map((m) => ({ role: m.role, content: m.content })),
    completion: [{ role: 'assistant', content: last.content }],
    meta: sample.meta,
  };
}
