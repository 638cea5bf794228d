// Unpaired binary samples (KTO): each labelled answer on its own, true for accepted (and a refined answer's
// target), false for rejected (and the original of a refined answer, which the user had to fix).
import { contextOf, DEFAULT_MIN_CONFIDENCE, labelKey, metaOf, type SampleInput, type SampleOptions } from './context';
import type { UnpairedSample } from './schemas';

export function buildUnpairedSamples(input: SampleInput, options: SampleOptions = {}): UnpairedSample[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const wanted = new Set(options.labels ?? ['accepted', 'refined', 'rejected']);
  const samples: UnpairedSample[] = [];
  for (const conversation of input.conversations.values()) {
    for (const answer of conversation.responses.values()) {
      const label = input.labels.get(labelKey(conversation.key, answer.messageId));
      if (!label || !wanted.has(label.label) || label.confidence < minConfidence) continue;
      const prompt = contextOf(conversation, answer);
      if (prompt.length === 0) continue;
      const meta = metaOf(conversation, answer, label);
      const sample = (content: string, good: boolean, suffix = ''): UnpairedSample => ({
        id: `kto:${conversation.key}:${answer.messageId}${suffix}`,
        prompt,
        completion: [{ role: 'assistant', content }],
        label: good,
        meta,
      });
      if (label.label === 'accepted' && !label.vetoed) samples.push(sample(answer.text, true));
      else if (label.label === 'rejected') samples.push(sample(answer.text, false));
      else if (label.label === 'refined' && label.target !== undefined && !label.vetoed) {
        samples.push(sample(label.target, true, ':target'), sample(answer.text, false));
      }
    }
  }
  return samples;
}
