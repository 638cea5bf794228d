// Sample formats as TRL and Hugging Face `datasets` load them, defined once with the schema DSL so exports are
// validated and their JSON Schemas generated from the same source (see sampleJsonSchemas).
import { ANSWER_LABELS, RULE_NAMES } from '../labeller/types';
import { array, boolean, type Infer, literal, number, object, oneOf, optional, string } from '../schema';

const content = string({ description: 'Message text' });
export const chatMessageSchema = object({ role: oneOf(['system', 'user', 'assistant'] as const), content });
export const assistantMessageSchema = object({ role: literal('assistant'), content });
export type ChatMessage = Infer<typeof chatMessageSchema>;

export const PAIR_KINDS = ['kept_vs_passed_over', 'refined_vs_original', 'accepted_vs_rejected'] as const;

export const sampleMetaSchema = object({
  site: string({ min: 1, max: 40 }),
  model: optional(string({ max: 128 })),
  conversationKey: string({ min: 1 }),
  messageIds: array(string({ min: 1 }), { min: 1, max: 10 }),
  label: oneOf(ANSWER_LABELS),
  signals: array(oneOf(RULE_NAMES)),
  confidence: number({ min: 0, max: 1 }),
  evidence: array(object({ rule: oneOf(RULE_NAMES), eventIds: array(string()), detail: optional(string()) })),
  rulesVersion: string({ min: 1 }),
  pairKind: optional(oneOf(PAIR_KINDS)),
  chosenMessageId: optional(string({ description: 'Answer chosen; for paste-back edits, the answer that was edited' })),
  chosenSource: optional(oneOf(['answer', 'paste_edit', 'later_answer'] as const)),
  rejectedMessageId: optional(string()),
});
export type SampleMeta = Infer<typeof sampleMetaSchema>;

/** Per-turn training flags on assistant turns: OpenAI's `weight` and the boolean Axolotl reads (message_field_training: train). */
const trainFlags = {
  weight: optional(number({ int: true, min: 0, max: 1, description: '1 on the labelled answer, 0 on earlier assistant turns (context, not trained)' })),
  /** true on the labelled answer, false on earlier assistant turns (context, not trained). */
  train: optional(boolean()),
};
export const sftMessageSchema = object({ role: oneOf(['system', 'user', 'assistant'] as const), content, ...trainFlags });
export type SftMessage = Infer<typeof sftMessageSchema>;

export const sftSampleSchema = object(
  { id: string({ min: 1 }), messages: array(sftMessageSchema, { min: 2 }), meta: sampleMetaSchema },
  {
    description:
      'SFT (TRL conversational messages): context along the branch taken, ending with the accepted or refined answer; only the last assistant turn has train: true / weight: 1',
  },
);
export type SftSample = Infer<typeof sftSampleSchema>;

export const sftPromptCompletionSampleSchema = object(
  {
    id: string({ min: 1 }),
    prompt: array(chatMessageSchema, { min: 1 }),
    completion: array(assistantMessageSchema, { min: 1, max: 1 }),
    meta: sampleMetaSchema,
  },
  { description: 'SFT (TRL conversational prompt-completion): the context as prompt, only the labelled answer as completion (the only tokens trained)' },
);
export type SftPromptCompletionSample = Infer<typeof sftPromptCompletionSampleSchema>;

export const preferenceSampleSchema = object(
  {
    id: string({ min: 1 }),
    prompt: array(chatMessageSchema, { min: 1 }),
    chosen: array(assistantMessageSchema, { min: 1, max: 1 }),
    rejected: array(assistantMessageSchema, { min: 1, max: 1 }),
    meta: sampleMetaSchema,
  },
  { description: 'Preference pair (TRL DPO conversational, implicit prompt)' },
);
export type PreferenceSample = Infer<typeof preferenceSampleSchema>;

export const unpairedSampleSchema = object(
  {
    id: string({ min: 1 }),
    prompt: array(chatMessageSchema, { min: 1 }),
    completion: array(assistantMessageSchema, { min: 1, max: 1 }),
    label: boolean(),
    meta: sampleMetaSchema,
  },
  { description: 'Unpaired binary preference (TRL KTO conversational)' },
);
export type UnpairedSample = Infer<typeof unpairedSampleSchema>;

export const openAiChatSampleSchema = object(
  {
    messages: array(
      object({
        role: oneOf(['system', 'user', 'assistant'] as const),
        content,
        weight: optional(number({ int: true, min: 0, max: 1, description: '0: context only, not trained' })),
      }),
      { min: 2 },
    ),
  },
  { description: 'OpenAI chat fine-tuning line; earlier assistant turns carry weight 0 (only the labelled answer is trained)' },
);
export type OpenAiChatSample = Infer<typeof openAiChatSampleSchema>;

export const shareGptSampleSchema = object(
  { conversations: array(object({ from: oneOf(['system', 'human', 'gpt'] as const), value: content, ...trainFlags }), { min: 2 }) },
  { description: 'ShareGPT conversation (LLaMA-Factory, Axolotl); gpt turns carry train/weight: only the last is trained' },
);
export type ShareGptSample = Infer<typeof shareGptSampleSchema>;

/** JSON Schema documents for every export format, keyed by file stem. */
export function sampleJsonSchemas(): Record<string, Record<string, unknown>> {
  const schemas = {
    sft: sftSampleSchema,
    'sft-prompt-completion': sftPromptCompletionSampleSchema,
    preference: preferenceSampleSchema,
    kto: unpairedSampleSchema,
    'openai-chat': openAiChatSampleSchema,
    sharegpt: shareGptSampleSchema,
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      { $schema: 'https://json-schema.org/draft/2020-12/schema', title: `echo-capture ${name} sample`, ...schema.json() },
    ]),
  );
}
