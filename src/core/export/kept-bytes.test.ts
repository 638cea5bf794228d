import { describe, expect, it } from 'vitest';
import { deflateKept, KeptInflater } from './kept-bytes';

const lines = (n: number, word: string) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => `{"${word}":${i}}\n`).join(''));

describe('kept lines inflated for an export', () => {
  it('gives back each row as it was made, rows of any size one after another in one buffer', async () => {
    const inflater = new KeptInflater();
    // A small row, one larger than the buffer it starts with (~130 KB), then a small one again.
    for (const row of [lines(10, 'a'), lines(12_000, 'é'), lines(3, 'c')]) {
      expect(inflater.inflate(await deflateKept(row), row.length)).toEqual(row);
    }
  });

  it('fails rather than write a row whose bytes are not the length it states', async () => {
    const row = lines(50, 'x');
    const deflated = await deflateKept(row);
    const inflater = new KeptInflater();
    expect(() => inflater.inflate(deflated, row.length - 1)).toThrow(/inflate to/);
    expect(() => inflater.inflate(deflated, row.length + 1)).toThrow(/inflate to/);
    expect(() => inflater.inflate(deflated.subarray(0, 10), row.length)).toThrow();
  });
});
