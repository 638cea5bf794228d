// The JSON lines of every sample file for one conversation's samples, serialised once. Each answer and prompt text
// appears in up to six files (sft, its prompt-completion form, kto, and the OpenAI, ShareGPT and LLaMA-Factory
// renderings), and each JSON.stringify of a sample or rendering scanned and escaped every text again: every line is
// built here from each text's JSON string, quoted once per conversation, and each sample's meta is serialised once
// for the SFT line and its prompt-completion form. Every line is byte for byte the JSON.stringify of what
// `renderings` (./sample-renderings) gives (sample-lines.test.ts holds it to that); the sample shapes themselves are
// defined in src/core/samples/schemas and the trainer shapes there and in ./trainer-formats.
import type { SampleSets } from '../samples';
import type { ChatMessage, PreferenceSample, SampleMeta, SftMessage, SftSample, UnpairedSample } from '../samples/schemas';
import type { SampleFormat } from './options';

type Sets = Pick<SampleSets, 'sft' | 'preference' | 'kto'>;

/** JSON strings of texts, each text quoted once however many lines carry it; and of metas, each serialised once. */
class Quoted {
  #cache = new Map<string, string>();
  #metas = new Map<SampleMeta, string>();

  of(text: string): string {
    let q = this.#cache.get(text);
    if (q === undefined) {
      q = JSON.stringify(text);
      this.#cache.set(text, q);
    }
    return q;
  }

  /** `,"meta":{...}` as the key ends a sample's JSON, or nothing when the sample has none. */
  meta(meta: SampleMeta | undefined): string {
    if (meta === undefined) return '';
    let m = this.#metas.get(meta);
    if (m === undefined) {
      m = `,"meta":${JSON.stringify(meta)}`;
      this.#metas.set(meta, m);
    }
    return m;
  }
}

/** An SFT turn: role, content, then the training flags where the turn has them. */
function sftMessage(q: Quoted, m: SftMessage): string {
  const weight = m.weight === undefined ? '' : `,"weight":${m.weight}`;
  const train = m.train === undefined ? '' : `,"train":${m.train}`;
  return `{"role":${ROLE[m.role]},"content":${q.of(m.content)}${weight}${train}}`;
}

function sftLine(q: Quoted, sample: SftSample): string {
  return `{"id":${JSON.stringify(sample.id)},"messages":[${sample.messages.map((m) => sftMessage(q, m)).join(',')}]${q.meta(sample.meta)}}`;
}

function ktoLine(q: Quoted, sample: UnpairedSample): string {
  return (
    `{"id":${JSON.stringify(sample.id)},"prompt":[${chatMessages(q, sample.prompt)}],"completion":[${chatMessages(q, sample.completion)}],` +
    `"label":${sample.label}${q.meta(sample.meta)}}`
  );
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
  return (
    `{"id":${JSON.stringify(sample.id.replace(/^sft:/, 'sftpc:'))},"prompt":[${chatMessages(q, sample.messages.slice(0, -1))}],` +
    `"completion":[{"role":"assistant","content":${q.of(last.content)}}]${q.meta(sample.meta)}}`
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
          return [lines('sft.jsonl', sft, (s) => sftLine(q, s))];
        case 'sft-prompt-completion':
          return [lines('sft-prompt-completion.jsonl', sft, (s) => promptCompletion(q, s))];
        case 'preference':
          return [lines('preference.jsonl', preference, plain)];
        case 'kto':
          return [lines('kto.jsonl', kto, (s) => ktoLine(q, s))];
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
