// Events + labels -> every export format. Pure; the export writer serialises these as JSONL.
import type { CaptureEvent } from '../events';
import type { AnswerLabel } from '../labeller/types';
import { sampleInput, type SampleOptions } from './context';
import { buildPreferenceSamples } from './preference';
import type { OpenAiChatSample, PreferenceSample, SftPromptCompletionSample, SftSample, ShareGptSample, UnpairedSample } from './schemas';
import { buildSftSamples, toOpenAiChat, toPromptCompletion, toShareGpt } from './sft';
import { buildUnpairedSamples } from './unpaired';

export interface SampleSets {
  sft: SftSample[];
  /** The SFT samples in TRL's prompt/completion form. */
  sftPromptCompletion: SftPromptCompletionSample[];
  preference: PreferenceSample[];
  kto: UnpairedSample[];
  openai: OpenAiChatSample[];
  sharegpt: ShareGptSample[];
}

/** The SFT, preference and KTO samples alone: what an export serialises (it renders the other forms from their JSON). */
export type SourceSampleSets = Pick<SampleSets, 'sft' | 'preference' | 'kto'>;

export function buildSourceSamples(
  events: readonly CaptureEvent[],
  labels: readonly AnswerLabel[],
  options: SampleOptions = {},
): SourceSampleSets {
  const input = sampleInput(events, labels);
  return {
    sft: buildSftSamples(input, options),
    preference: buildPreferenceSamples(input, { ...options, labels: undefined }),
    kto: buildUnpairedSamples(input, options.labels ? options : { minConfidence: options.minConfidence }),
  };
}

export function buildSamples(events: readonly CaptureEvent[], labels: readonly AnswerLabel[], options: SampleOptions = {}): SampleSets {
  const { sft, preference, kto } = buildSourceSamples(events, labels, options);
  return {
    sft,
    sftPromptCompletion: sft.map(toPromptCompletion),
    preference,
    kto,
    openai: sft.map(toOpenAiChat),
    sharegpt: sft.map(toShareGpt),
  };
}

export { buildSftSamples, toOpenAiChat, toPromptCompletion, toShareGpt } from './sft';
export { buildPreferenceSamples } from './preference';
export { buildUnpairedSamples } from './unpaired';
export { sampleInput, contextOf, type SampleOptions, type SampleInput } from './context';
export * from './schemas';
export { buildCompletionSamples, type CompletionSampleSets, type CompletionSampleOptions } from './completion';
export * from './completion-schemas';
