import { describe, expect, it } from 'vitest';
import { decodeRows, encodeRows } from './row-codec';

describe('row codec', () => {
  it('gives back rows with their bytes, texts in any script and undefined in arrays', () => {
    const rows = [
      [
        {
          conv: 'claude:会話',
          title: 'Привет, мир — مرحبا 🦊',
          deflated: new Uint8Array([120, 156, 0, 255, 1]),
          tally: [[undefined, '2026-01-02T03:04:05.000Z', 'accepted'], ['gpt-4o', '2026-01-02T03:04:06.000Z', 'rejected']],
          counts: { prompts: 2, answers: 1, byKind: {} },
          models: [],
        },
        { conv: 'gemini:x', deflated: new Uint8Array(0), nested: { bytes: new Uint8Array([7]), n: -3.5, yes: false, none: null } },
      ],
      ['chatgpt:a', 'chatgpt:b'],
      [],
    ];
    const decoded = decodeRows(encodeRows(rows)) as typeof rows;
    expect(decoded).toStrictEqual(rows);
    const tally = (decoded[0]![0] as { tally: unknown[][] }).tally[0]!;
    expect(0 in tally).toBe(true); // an element, not a hole
    expect((decoded[0]![1] as { nested: { bytes: Uint8Array } }).nested.bytes).toBeInstanceOf(Uint8Array);
  });

  it('copies only what a view shows, not the rest of its buffer', () => {
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const decoded = decodeRows(encodeRows({ part: whole.subarray(2, 4) })) as { part: Uint8Array };
    expect([...decoded.part]).toEqual([3, 4]);
  });

  it('writes into a buffer handed back, and the rows read from it stay whole once it is written again', () => {
    const long = { conv: 'deepseek:长', deflated: new Uint8Array(300).fill(9), note: 'ü'.repeat(200) + '東京🦊'.repeat(100) };
    const short = { conv: 'grok:k', deflated: new Uint8Array([4, 2]), tally: [[undefined, 't', 'accepted']] };
    const first = encodeRows([long]);
    const read = decodeRows(first) as [typeof long];
    const again = encodeRows([short], first);
    expect(again).toBe(first); // written over the longer page's bytes
    expect(decodeRows(again)).toStrictEqual([short]);
    expect(read).toStrictEqual([long]); // copied out before the buffer was written again
    const small = new ArrayBuffer(8);
    const grown = encodeRows([long], small);
    expect(grown).not.toBe(small);
    expect(grown.byteLength).toBeGreaterThanOrEqual(16);
    expect(decodeRows(grown)).toStrictEqual([long]);
  });

  it('leaves out undefined properties, as a stored row read back has none to speak of', () => {
    expect(decodeRows(encodeRows({ a: 1, b: undefined }))).toStrictEqual({ a: 1 });
  });

  it('refuses views other than Uint8Array rather than give them back as bytes', () => {
    expect(() => encodeRows({ n: new Int32Array([1]) })).toThrow(/only Uint8Array/);
    expect(() => encodeRows({ n: new DataView(new ArrayBuffer(2)) })).toThrow(/only Uint8Array/);
  });
});
