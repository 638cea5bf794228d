// Sample files in the shapes other trainers read, rendered from the samples of src/core/samples as they are:
// OpenAI preference (DPO) fine-tuning lines and LLaMA-Factory's ShareGPT preference and KTO records with the
// `dataset_info.json` that tells LLaMA-Factory how to read them. Each rendering carries only the trainer's keys
// (OpenAI refuses files with anything else); a line's provenance is the source sample at the same position.
import type { ChatMessage, PreferenceSample, UnpairedSample } from '../samples/schemas';
import { array, boolean, type Infer, literal, object, oneOf, optional, record, string } from '../schema';

const content = string({ description: 'Message text' });
const chatMessage = object({ role: oneOf(['system', 'user', 'assistant'] as const), content });
const assistantMessage = object({ role: literal('assistant'), content });

export const openAiPreferenceSchema = object(
  {
    input: object({ messages: array(chatMessage, { min: 1 }) }),
    preferred_output: array(assistantMessage, { min: 1, max: 1 }),
    non_preferred_output: array(assistantMessage, { min: 1, max: 1 }),
  },
  { description: 'OpenAI preference (DPO) fine-tuning line: the context, the preferred and the non-preferred answer' },
);
export type OpenAiPreferenceLine = Infer<typeof openAiPreferenceSchema>;

const shareGptTurn = object({ from: oneOf(['system', 'human', 'gpt'] as const), value: content });
const shareGptAnswer = object({ from: literal('gpt'), value: content });

export const llamaFactoryPreferenceSchema = object(
  { conversations: array(shareGptTurn, { min: 1 }), chosen: shareGptAnswer, rejected: shareGptAnswer },
  { description: 'LLaMA-Factory ShareGPT preference record (ranking: true): context ending with the user turn, one chosen and one rejected answer' },
);
export type LlamaFactoryPreferenceLine = Infer<typeof llamaFactoryPreferenceSchema>;

export const llamaFactoryKtoSchema = object(
  { conversations: array(shareGptTurn, { min: 2 }), kto_tag: boolean() },
  { description: 'LLaMA-Factory ShareGPT KTO record: context, then the answer; kto_tag true = desirable' },
);
export type LlamaFactoryKtoLine = Infer<typeof llamaFactoryKtoSchema>;

const toShareGptTurn = (m: ChatMessage) => ({ from: m.role === 'user' ? ('human' as const) : m.role === 'assistant' ? ('gpt' as const) : ('system' as const), value: m.content });

export function toOpenAiPreference(sample: PreferenceSample): OpenAiPreferenceLine {
  return {
    input: { messages: sample.prompt.map((m) => ({ role: m.role, content: m.content })) },
    preferred_output: sample.chosen.map((m) => ({ role: m.role, content: m.content })),
    non_preferred_output: sample.rejected.map((m) => ({ role: m.role, content: m.content })),
  };
}

export function toLlamaFactoryPreference(sample: PreferenceSample): LlamaFactoryPreferenceLine {
  return {
    conversations: sample.prompt.map(toShareGptTurn),
    chosen: { from: 'gpt', value: sample.chosen[0]!.content },
    rejected: { from: 'gpt', value: sample.rejected[0]!.content },
  };
}

export function toLlamaFactoryKto(sample: UnpairedSample): LlamaFactoryKtoLine {
  return { conversations: [...sample.prompt.map(toShareGptTurn), { from: 'gpt', value: sample.completion[0]!.content }], kto_tag: sample.label };
}

export const LLAMA_FACTORY_FILES = { sft: 'sharegpt.jsonl', preference: 'llamafactory-preference.jsonl', kto: 'llamafactory-kto.jsonl' } as const;

/**
 * LLaMA-Factory's dataset registry for the files beside it (`dataset_dir` is the folder holding it). SFT reads
 * sharegpt.jsonl; train it with `mask_history: true`, so earlier assistant turns (which may be answers the user
 * rejected) are context only, never targets.
 */
export function llamaFactoryDatasetInfo(
  present: { sft: boolean; preference: boolean; kto: boolean },
  prefix = 'echo',
  /** Where each file is: itself, or the folder of its parts (./file-parts.ts), which LLaMA-Factory loads whole. */
  locate: (file: string) => string = (file) => file,
): Record<string, unknown> {
  const info: Record<string, unknown> = {};
  if (present.sft) info[`${prefix}_sft`] = { file_name: locate(LLAMA_FACTORY_FILES.sft), formatting: 'sharegpt', columns: { messages: 'conversations' } };
  if (present.preference) {
    info[`${prefix}_preference`] = {
      file_name: locate(LLAMA_FACTORY_FILES.preference),
      formatting: 'sharegpt',
      ranking: true,
      columns: { messages: 'conversations', chosen: 'chosen', rejected: 'rejected' },
    };
  }
  if (present.kto) info[`${prefix}_kto`] = { file_name: locate(LLAMA_FACTORY_FILES.kto), formatting: 'sharegpt', columns: { messages: 'conversations', kto_tag: 'kto_tag' } };
  return info;
}

const datasetEntry = object(
  {
    file_name: string({ min: 1 }),
    formatting: literal('sharegpt'),
    ranking: optional(boolean()),
    columns: object({ messages: string(), chosen: optional(string()), rejected: optional(string()), kto_tag: optional(string()) }),
  },
  { description: 'One LLaMA-Factory dataset description' },
);

export const llamaFactoryDatasetInfoSchema = record(datasetEntry);
