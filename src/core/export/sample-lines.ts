// The JSON lines of every sample file for one conversation's samples, serialised once. Each answer and prompt text
// appears in up to six files (sft, its prompt-completion form, kto, and the OpenAI, ShareGPT and LLaMA-Factory
// renderings), and each JSON.stringify of a rendering scanned and escaped every text again: the trainer renderings
// are built here from each text's JSON string, quoted once per conversation, and the source samples (sft,
// preference, kto) are stringified as they are. Every line is byte for byte the JSON.stringify of what
// `renderings` (./sample-renderings) gives (sample-lines.test.ts holds it to that); the trainer shapes themselves
// are defined there and in ./trainer-formats.
import type { SampleSets } from '../samples';
import type { ChatMessage, PreferenceSample, SftSample, UnpairedSample } from '../samples/schemas';
import type { SampleFormat } from './options';

type Sets = Pick<SampleSets, 'sft' | 'preference' | 'kto'>;

/** JSON strings of texts, each text quoted once however many lines carry it. */
class Quoted {
  #cache = new Map<string, string>();

  of(text: string): string {
    let q = this.#cache.get(text);
    if (q === undefined) {
      q = JSON.stringify(text);
      this.#cache.set(text, q);
    }
    return q;
  }
}

const SHAREGPT_FROM = { system: '"system"', user: '"human"', assistant: '"gpt"' } as const;
const ROLE = { system: '"system"', user: '"user"', assistant: '"assistant"' } as const;

/** `{"role":..,"content":..}` for each message, comma-joined. */
function chatMessages(q: Quoted, messages: readonly ChatMessage[]): string {
  return messages.map((m) => `{"role":${ROLE[m.role]},"content":${q.of(m.content)}}`).join(',');
}

function shareGptTurns(q: Quoted, messages: readonly ChatMessage[]): string {
  return messages.map((m) => `{"from":${SHAREGPT_FROM[m.role]},"value":${q.of(m.content)}}`).join(',');
}

const lastOf = (sample: SftSample) => sample.messages.length - 1;

function openAiChat(q: Quoted, sample: SftSample): string {
  const last = lastOf(sample);
  const messages = sample.messages.map((m, i) => {
    const weight = m.role === 'assistant' ? `,"weight":${i === last ? 1 : 0}` : '';
    return `{"role":${ROLE[m.role]},"content":${q.of(m.content)}${weight}}`;
  });
  return `{"messages":[${messages.join(',')}]}`;
}

function shareGpt(q: Quoted, sample: SftSample): string {
  const last = lastOf(sample);
  const turns = sample.messages.map((m, i) => {
    const train = m.role === 'assistant' ? (i === last ? ',"train":true,"weight":1' : ',"train":false,"weight":0') : '';
    return `{"from":${SHAREGPT_FROM[m.role]},"value":${q.of(m.content)}${train}}`;
  });
  return `{"conversations":[${turns.join(',')}]}`;
}

function promptCompletion(q: Quoted, sample: SftSample): string {
  const last = sample.messages[lastOf(sample)]!;
  const meta = sample.meta === undefined ? '' : `,"meta":${JSON.stringify(sample.meta)}`;
  return (
    `{"id":${JSON.stringify(sample.id.replace(/^sft:/, 'sftpc:'))},"prompt":[${chatMessages(q, sample.messages.slice(0, -1))}],` +
    `"completion":[{"role":"assistant","content":${q.of(last.content)}}]${meta}}`
  );
}

function openAiPreference(q: Quoted, sample: PreferenceSample): string {
  return (
    `{"input":{"messages":[${chatMessages(q, sample.prompt)}]},"preferred_output":[${chatMessages(q, sample.chosen)}],` +
    `"non_preferred_output":[${chatMessages(q, sample.rejected)}]}`
  );
}

function llamaFactoryPreference(q: Quoted, sample: PreferenceSample): string {
  return (
    `{"conversations":[${shareGptTurns(q, sample.prompt)}],"chosen":{"from":"gpt","value":${q.of(sample.chosen[0]!.content)}},` +
    `"rejected":{"from":"gpt","value":${q.of(sample.rejected[0]!.content)}}}`
  );
}

function llamaFactoryKto(q: Quoted, sample: UnpairedSample): string {
  const turns = [shareGptTurns(q, sample.prompt), `{"from":"gpt","value":${q.of(sample.completion[0]!.content)}}`].filter(Boolean);
  return `{"conversations":[${turns.join(',')}],"kto_tag":${sample.label}}`;
}

/** Every file a format writes for one conversation's samples, with its lines (newline-terminated, joined). */
export class SampleLines {
  #q = new Quoted();

  constructor(private readonly sets: Sets) {}

  /** [file, the lines' text, number of lines] for each file the format writes; a file without lines is left out. */
  of(format: SampleFormat): [string, string, number][] {
    const { sft, preference, kto } = this.sets;
    const q = this.#q;
    const lines = <T>(file: string, records: readonly T[], line: (r: T) => string): [string, string, number] => {
      let text = '';
      for (const r of records) text += line(r) + '\n';
      return [file, text, records.length];
    };
    const plain = (r: unknown) => JSON.stringify(r);
    const files = ((): [string, string, number][] => {
      switch (format) {
        case 'sft':
          return [lines('sft.jsonl', sft, plain)];
        case 'sft-prompt-completion':
          return [lines('sft-prompt-completion.jsonl', sft, (s) => promptCompletion(q, s))];
        case 'preference':
          return [lines('preference.jsonl', preference, plain)];
        case 'kto':
          return [lines('kto.jsonl', kto, plain)];
        case 'openai-chat':
          return [lines('openai-chat.jsonl', sft, (s) => openAiChat(q, s))];
        case 'sharegpt':
          return [lines('sharegpt.jsonl', sft, (s) => shareGpt(q, s))];
        case 'openai-preference':
          return [lines('openai-preference.jsonl', preference, (s) => openAiPreference(q, s))];
        case 'llamafactory':
          return [
            lines('llamafactory-preference.jsonl', preference, (s) => llamaFactoryPreference(q, s)),
            lines('llamafactory-kto.jsonl', kto, (s) => llamaFactoryKto(q, s)),
          ];
        case 'completions':
          return []; // written from the completion episodes by CompletionExport
      }
    })();
    return files.filter(([, , n]) => n > 0);
  }
}
