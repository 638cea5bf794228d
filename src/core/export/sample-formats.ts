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

/**
 * The source samples in other trainers' layouts (OpenAI chat and preference, ShareGPT, LLaMA-Factory): line for line
 * the SFT, preference and KTO samples again, about 40 % of a bundle's bytes and time. A personal export writes them
 * when the person asks for them (remembered, src/store/settings.ts `exportRenderings`); a study names its own formats.
 */
export const TRAINER_RENDERINGS = ['openai-chat', 'sharegpt', 'openai-preference', 'llamafactory'] as const satisfies readonly SampleFormat[];

/**
 * What a personal export writes: SFT (with its prompt-completion form, the dataset card's default config, which
 * TRL trains completion-only), preference, KTO and code completions, and the trainer renderings when asked for.
 */
export function personalExportFormats(withRenderings: boolean): SampleFormat[] {
  const renderings: readonly SampleFormat[] = TRAINER_RENDERINGS;
  return SAMPLE_FORMATS.filter((f) => withRenderings || !renderings.includes(f));
}
