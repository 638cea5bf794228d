import { unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZlibInflater } from './inflate';
import { deflateKept } from './kept-bytes';

/**
 * Deterministic bytes of several shapes: random (stored blocks), short (fixed codes), repetitive and JSON-like
 * (dynamic codes, long and overlapping matches).
 */
function samples(): Uint8Array[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const json = '{"kind":"response","text":"Answer about item \\u00e9 with print(1)","ts":"2026-12-02T03:45:00.000Z"}\n';
  const out: Uint8Array[] = [new Uint8Array(0), new TextEncoder().encode('a')];
  for (let k = 0; k < 60; k++) {
    const n = Math.floor(rnd() * (k % 7 === 0 ? 200_000 : 30_000));
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const kind = k % 4;
      b[i] =
        kind === 0 ? Math.floor(rnd() * 256)
        : kind === 1 ? 97 + Math.floor(rnd() * 3)
        : kind === 2 ? (i % 50 < 25 ? 120 : Math.floor(rnd() * 256))
        : json.charCodeAt(i % json.length) ^ (rnd() < 0.03 ? 1 : 0);
    }
    out.push(b);
  }
  return out;
}

describe('zlib inflate with reused tables', () => {
  it('gives what fflate and the platform deflated, for stored, fixed and dynamic blocks, one inflater throughout', async () => {
    const inflater = new ZlibInflater();
    for (const bytes of samples()) {
      const levels = [0, 1, 9] as const;
      for (const deflated of [await deflateKept(bytes), ...levels.map((level) => zlibSync(bytes, { level }))]) {
        const got = inflater.inflate(deflated, new Uint8Array(bytes.length + 1));
        expect(got.length).toBe(bytes.length);
        expect(Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
        expect(Buffer.from(got).equals(Buffer.from(unzlibSync(deflated)))).toBe(true);
      }
    }
  });

  it('fails on a stream cut short, damaged, or longer than its buffer, and goes on working after', async () => {
    const inflater = new ZlibInflater();
    const bytes = samples()[5]!;
    const deflated = await deflateKept(bytes);
    expect(() => inflater.inflate(deflated.subarray(0, deflated.length >> 1), new Uint8Array(bytes.length + 1))).toThrow(/inflate/);
    expect(() => inflater.inflate(deflated, new Uint8Array(bytes.length - 1))).toThrow(/longer than its buffer/);
    const header = deflated.slice();
    header[0] = 0x79;
    expect(() => inflater.inflate(header, new Uint8Array(bytes.length + 1))).toThrow(/not a zlib/);
    let failed = 0;
    for (let i = 2; i < Math.min(deflated.length - 4, 400); i += 7) {
      const damaged = deflated.slice();
      damaged[i] = damaged[i]! ^ 0xff;
      try {
        const got = inflater.inflate(damaged, new Uint8Array(bytes.length + 1));
        if (got.length !== bytes.length || !Buffer.from(got).equals(Buffer.from(bytes))) failed++;
      } catch {
        failed++;
      }
    }
    expect(failed).toBeGreaterThan(0);
    expect(Buffer.from(inflater.inflate(deflated, new Uint8Array(bytes.length + 1))).equals(Buffer.from(bytes))).toBe(true);
  });
});
