// What a training export includes: validated at the boundary (popup settings, CLI flags, a study's config file).
import { ANSWER_LABELS } from '../labeller/types';
import { REDACTION_CHOICES, REDACTION_CHOOSERS } from './redaction-policy';
import { array, type Infer, isoTimestamp, number, object, oneOf, optional, string, unknownJson } from '../schema';

import { SAMPLE_FORMATS, type SampleFormat } from './sample-formats';

export { SAMPLE_FORMATS, type SampleFormat } from './sample-formats';

const studyId = string({ min: 1, max: 128, pattern: /^[\w.@:+-]+$/ });

export const exportOptionsSchema = object({
  from: optional(isoTimestamp('Conversations active at or after this time; samples of answers given at or after it')),
  to: optional(isoTimestamp('Conversations active before this time; samples of answers given before it')),
  sites: optional(array(string({ min: 1, max: 40 }), { max: 100 })),
  labels: optional(array(oneOf(ANSWER_LABELS), { min: 1, max: 4 })),
  minConfidence: optional(number({ min: 0, max: 1 })),
  formats: optional(array(oneOf(SAMPLE_FORMATS), { max: SAMPLE_FORMATS.length })),
  studyId: optional(studyId),
  participantId: optional(studyId),
  /** A level, or `off` (the person turned redaction off); `chosenBy` goes into the manifest (redaction-policy.ts). */
  redaction: optional(
    object({
      level: oneOf(REDACTION_CHOICES),
      disabledRules: optional(array(string({ max: 128 }), { max: 1000 })),
      chosenBy: optional(oneOf(REDACTION_CHOOSERS)),
    }),
  ),
  /** Label rules override (see docs/labelling.md); validated by resolveRules. */
  rules: optional(unknownJson()),
});
export type ExportOptions = Infer<typeof exportOptionsSchema>;

export interface FormatFile {
  file: string;
  description: string;
}

/** Every file a format writes, its main file first. */
export const FORMAT_FILES: Record<SampleFormat, FormatFile[]> = {
  sft: [
    {
      file: 'sft.jsonl',
      description:
        'SFT samples (TRL conversational messages): context along the branch taken, ending with the accepted or refined answer; ' +
        'earlier assistant turns train: false, weight: 0',
    },
  ],
  'sft-prompt-completion': [
    {
      file: 'sft-prompt-completion.jsonl',
      description: 'The SFT samples in TRL prompt-completion form: the context as prompt, only the labelled answer as completion',
    },
  ],
  preference: [{ file: 'preference.jsonl', description: 'Preference pairs (TRL DPO conversational: prompt, chosen, rejected)' }],
  kto: [{ file: 'kto.jsonl', description: 'Unpaired binary samples (TRL KTO conversational: prompt, completion, label)' }],
  'openai-chat': [
    { file: 'openai-chat.jsonl', description: 'The SFT samples as OpenAI chat fine-tuning lines (earlier assistant turns weight 0)' },
  ],
  sharegpt: [
    { file: 'sharegpt.jsonl', description: 'The SFT samples as ShareGPT conversations (earlier gpt turns train: false, weight: 0)' },
  ],
  'openai-preference': [
    {
      file: 'openai-preference.jsonl',
      description: 'The preference pairs as OpenAI preference (DPO) fine-tuning lines: input, preferred_output, non_preferred_output',
    },
  ],
  llamafactory: [
    {
      file: 'llamafactory-preference.jsonl',
      description: 'The preference pairs as LLaMA-Factory ShareGPT preference records (conversations, chosen, rejected)',
    },
    { file: 'llamafactory-kto.jsonl', description: 'The KTO samples as LLaMA-Factory ShareGPT KTO records (conversations, kto_tag)' },
    {
      file: 'dataset_info.json',
      description:
        'LLaMA-Factory dataset registry for sharegpt.jsonl (SFT: train with mask_history: true) and the llamafactory-*.jsonl files',
    },
  ],
  // Inline code completion (docs/completions.md): the target is always CN, what the user kept.
  completions: [
    { file: 'completion-fim.jsonl', description: 'Inline completions, fill-in-the-middle: prefix / suffix (C0), middle = CN (kept code)' },
    { file: 'completion-prompt-completion.jsonl', description: 'Inline completions, TRL standard prompt-completion: prefix -> CN' },
    { file: 'completion-preference.jsonl', description: 'Inline completion pairs (TRL standard preference): CN over the suggestion' },
  ],
};

/** The main file of each format. */
export const SAMPLE_FILES: Record<SampleFormat, FormatFile> = Object.fromEntries(
  SAMPLE_FORMATS.map((f) => [f, FORMAT_FILES[f][0]!]),
) as Record<SampleFormat, FormatFile>;

/** The formats an export writes: the chosen ones (all by default) plus what they need (LLaMA-Factory's SFT entry reads sharegpt.jsonl). */
export function resolveFormats(chosen: readonly SampleFormat[] | undefined): SampleFormat[] {
  const wanted = new Set<SampleFormat>(chosen ?? SAMPLE_FORMATS);
  if (wanted.has('llamafactory')) wanted.add('sharegpt');
  return SAMPLE_FORMATS.filter((f) => wanted.has(f));
}

export function inRange(ts: string, options: Pick<ExportOptions, 'from' | 'to'>): boolean {
  return (!options.from || ts >= options.from) && (!options.to || ts < options.to);
}

/** A conversation is exported when its activity span overlaps the range. */
export function spanOverlaps(firstTs: string, lastTs: string, options: Pick<ExportOptions, 'from' | 'to'>): boolean {
  return (!options.from || lastTs >= options.from) && (!options.to || firstTs < options.to);
}
