import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from './sha256';

describe('Sha256', () => {
  it('matches Node for inputs fed in arbitrary chunk sizes', () => {
    const enc = new TextEncoder();
    for (const len of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_003]) {
      const data = enc.encode('é∑x'.repeat(len).slice(0, len));
      const h = new Sha256();
      for (let i = 0; i < data.length; i += 37) h.update(data.subarray(i, i + 37));
      expect(h.hex()).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});
