// The sample formats an export can write, apart from the export options' schemas: a joined study names its formats
// (src/core/study.ts), and the content scripts that read the study settings should not carry the export's schemas.
export const SAMPLE_FORMATS = [
  'sft',
  'sft-prompt-completion',
  'preference',
  'kto',
  'openai-chat',
  'sharegpt',
  'openai-preference',
  'llamafactory',
  'completions',
] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];
