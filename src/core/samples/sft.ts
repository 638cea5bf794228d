// SFT samples: the context along the branch taken, ending with an accepted answer or a refined answer's target.
// OpenAI chat and ShareGPT lines are the same samples in other shapes.
import { contextOf, DEFAULT_MIN_CONFIDENCE, labelKey, metaOf, bestTextOf, type SampleInput, type SampleOptions } from './context';
import type { OpenAiChatSample, SftSample, ShareGptSample } from './schemas';

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
        messages: [...context, { role: 'assistant', content: bestTextOf(answer, label) }],
        meta: metaOf(conversation, answer, label),
      });
    }
  }
  return samples;
}

export function toOpenAiChat(sample: SftSample): OpenAiChatSample {
  const last = sample.messages.length - 1;
  return {
    messages: sample.messages.map((m, i) => (m.role === 'assistant' && i !== last ? { ...m, weight: 0 } : { ...m })),
  };
}

export function toShareGpt(sample: SftSample): ShareGptSample {
  const from = { system: 'system', user: 'human', assistant: 'gpt' } as const;
  return { conversations: sample.messages.map((m) => ({ from: from[m.role], value: m.content })) };
}
