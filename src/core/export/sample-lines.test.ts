import { describe, expect, it } from 'vitest';
import { labelEvents } from '../labeller';
import { buildSamples, type SampleSets } from '../samples';
import { syntheticConversation } from '../../../test/support/synthetic-bundles';
import { SAMPLE_FORMATS } from './options';
import { SampleLines } from './sample-lines';
import { renderings } from './sample-renderings';

/** What the export wrote before: each rendering's records, JSON.stringify'd line by line. */
function stringified(sets: Pick<SampleSets, 'sft' | 'preference' | 'kto'>, format: (typeof SAMPLE_FORMATS)[number]) {
  return renderings(sets, format)
    .filter(([, records]) => records.length > 0)
    .map(([file, records]): [string, string, number] => [file, records.map((r) => JSON.stringify(r) + '\n').join(''), records.length]);
}

function samplesOf(n: number) {
  const events = syntheticConversation('lines', n);
  return buildSamples(events, labelEvents(events));
}

describe('sample lines serialised once', () => {
  it('are byte for byte what every format rendered and stringified wrote, for every scenario', () => {
    let kinds = 0;
    for (let n = 0; n < 40; n++) {
      const sets = samplesOf(n);
      kinds |= (sets.sft.length ? 1 : 0) | (sets.preference.length ? 2 : 0) | (sets.kto.length ? 4 : 0);
      const lines = new SampleLines(sets);
      for (const format of SAMPLE_FORMATS) expect(lines.of(format), `${format}, conversation ${n}`).toEqual(stringified(sets, format));
    }
    expect(kinds).toBe(7); // SFT, preference and KTO samples were all among them
  });

  it('escape texts as JSON.stringify does: quotes, controls, lone surrogates, line separators, non-ASCII', () => {
    const nasty = 'say "hi"\\ \n\t\u0000\u001f \ud800 lone, \udc00 too, \u2028\u2029 — 日本語 😀 </script>';
    const many = Array.from({ length: 10 }, (_, n) => samplesOf(n));
    const sets = { sft: many.flatMap((s) => s.sft), preference: many.flatMap((s) => s.preference), kto: many.flatMap((s) => s.kto) };
    const swap = <T extends { content: string }>(m: T, i: number): T => ({ ...m, content: `${nasty} ${i} ${m.content}` });
    const hostile = {
      sft: sets.sft.map((s) => ({ ...s, messages: s.messages.map(swap) })),
      preference: sets.preference.map((s) => ({
        ...s,
        prompt: s.prompt.map(swap),
        chosen: s.chosen.map(swap),
        rejected: s.rejected.map(swap),
      })),
      kto: sets.kto.map((s) => ({ ...s, prompt: s.prompt.map(swap), completion: s.completion.map(swap) })),
    };
    const lines = new SampleLines(hostile);
    for (const format of SAMPLE_FORMATS) expect(lines.of(format)).toEqual(stringified(hostile, format));
    for (const format of ['openai-chat', 'openai-preference', 'llamafactory'] as const) {
      expect(lines.of(format)[0]![1]).toContain('\\ud800');
    }
  });
});
