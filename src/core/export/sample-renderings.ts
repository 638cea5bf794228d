// Each sample format's files for one conversation's samples: the source samples (SFT, preference, KTO) as they
// are, or rendered line for line into a trainer's layout (OpenAI chat, ShareGPT, LLaMA-Factory, ...). The export
// writes these records' JSON through ./sample-lines, which serialises each text once; this is the definition its
// test holds every line to.
import { type SampleSets, toOpenAiChat, toPromptCompletion, toShareGpt } from '../samples';
import type { SampleFormat } from './options';
import { toLlamaFactoryKto, toLlamaFactoryPreference, toOpenAiPreference } from './trainer-formats';

/** Every file a format writes for one conversation's samples, with its records. */
export function renderings(sets: Pick<SampleSets, 'sft' | 'preference' | 'kto'>, format: SampleFormat): [string, unknown[]][] {
  switch (format) {
    case 'sft':
      return [['sft.jsonl', sets.sft]];
    case 'sft-prompt-completion':
      return [['sft-prompt-completion.jsonl', sets.sft.map(toPromptCompletion)]];
    case 'preference':
      return [['preference.jsonl', sets.preference]];
    case 'kto':
      return [['kto.jsonl', sets.kto]];
    case 'openai-chat':
      return [['openai-chat.jsonl', sets.sft.map(toOpenAiChat)]];
    case 'sharegpt':
      return [['sharegpt.jsonl', sets.sft.map(toShareGpt)]];
    case 'openai-preference':
      return [['openai-preference.jsonl', sets.preference.map(toOpenAiPreference)]];
    case 'llamafactory':
      return [
        ['llamafactory-preference.jsonl', sets.preference.map(toLlamaFactoryPreference)],
        ['llamafactory-kto.jsonl', sets.kto.map(toLlamaFactoryKto)],
      ];
    case 'completions':
      return []; // written from the completion episodes by CompletionExport
  }
}
