// Completion sample formats, defined once with the schema DSL so exports are validated and their JSON Schemas
// generated from the same source. Code completion trains on raw code, not chat turns, so these are the standard
// (non-conversational) forms: fill-in-the-middle (prefix / suffix / middle, as FIM training pipelines read them
// before adding a model's own sentinel tokens), TRL's standard prompt-completion, and TRL's standard preference
// form with an explicit prompt. The prompt of the last two is the code before the cursor; the code after it
// travels in meta.suffix for trainers that build FIM prompts themselves.
import { COMPLETION_ACCEPTANCE, COMPLETION_LABELS, COMPLETION_RULE_NAMES } from '../labeller/completion-types';
import { array, type Infer, number, object, oneOf, optional, string } from '../schema';

export const COMPLETION_PAIR_KINDS = ['refined_vs_suggestion', 'partial_vs_suggestion', 'accepted_vs_replaced'] as const;

export const completionSampleMetaSchema = object({
  site: string({ min: 1, max: 40 }),
  conversationKey: string({ min: 1, description: '`<site>:<document id>`' }),
  suggestionId: string({ min: 1, description: 'The suggestion whose outcome is the target (for a pair: the chosen one)' }),
  editor: optional(oneOf(['monaco', 'codemirror'] as const)),
  language: optional(string({ max: 64 })),
  file: optional(string({ max: 1024 })),
  source: optional(string({ max: 128, description: 'The completion provider, when the page named it' })),
  shownAt: string({ min: 1, description: 'When the suggestion was shown (ISO 8601 UTC)' }),
  label: oneOf(COMPLETION_LABELS),
  acceptance: oneOf(COMPLETION_ACCEPTANCE),
  confidence: number({ min: 0, max: 1 }),
  evidence: array(object({ rule: oneOf(COMPLETION_RULE_NAMES), eventIds: array(string()), detail: optional(string()) })),
  rulesVersion: string({ min: 1 }),
  editDistance: optional(number({ int: true, min: 0, description: 'Levenshtein distance from the accepted text to CN' })),
  suffix: optional(string({ description: 'C0 after the cursor (prompt-completion and preference files), for FIM prompts' })),
  pairKind: optional(oneOf(COMPLETION_PAIR_KINDS)),
  rejectedSuggestionId: optional(string({ description: 'Preference pairs: the suggestion on the rejected side' })),
});
export type CompletionSampleMeta = Infer<typeof completionSampleMetaSchema>;

export const completionFimSampleSchema = object(
  {
    id: string({ min: 1 }),
    prefix: string({ description: 'C0 before the cursor' }),
    suffix: string({ description: 'C0 after the cursor' }),
    middle: string({ min: 1, description: 'CN: what the user kept (accepted, edited to its final state); never a rejected suggestion' }),
    meta: completionSampleMetaSchema,
  },
  { description: 'Fill-in-the-middle sample: the code around the cursor when the suggestion was shown (C0), the code the user kept (CN)' },
);
export type CompletionFimSample = Infer<typeof completionFimSampleSchema>;

export const completionPromptCompletionSampleSchema = object(
  {
    id: string({ min: 1 }),
    prompt: string({ description: 'C0 before the cursor' }),
    completion: string({ min: 1, description: 'CN: what the user kept' }),
    meta: completionSampleMetaSchema,
  },
  { description: 'TRL standard prompt-completion: the code before the cursor as prompt, CN as completion (meta.suffix: the code after)' },
);
export type CompletionPromptCompletionSample = Infer<typeof completionPromptCompletionSampleSchema>;

export const completionPreferenceSampleSchema = object(
  {
    id: string({ min: 1 }),
    prompt: string({ description: 'C0 before the cursor' }),
    chosen: string({ min: 1, description: 'CN: what the user kept' }),
    rejected: string({ min: 1, description: 'The suggestion as shown (C1), or a suggestion replaced at the same place' }),
    meta: completionSampleMetaSchema,
  },
  { description: 'TRL standard preference (explicit prompt): CN preferred over the suggestion the user changed, cut short or passed over' },
);
export type CompletionPreferenceSample = Infer<typeof completionPreferenceSampleSchema>;
