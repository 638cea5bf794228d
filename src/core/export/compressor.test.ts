import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CompressorFactory, jsCompressor, nativeCompressor } from './compressor';
import { Crc32 } from './crc32';

async function run(factory: CompressorFactory, parts: Uint8Array[]): Promise<{ raw: Uint8Array; crc: number }> {
  const out: Uint8Array[] = [];
  const c = factory((chunk) => void out.push(chunk.slice()));
  for (const p of parts) await c.push(p);
  const crc = await c.finish();
  const raw = new Uint8Array(out.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of out) raw.set(x, (at += x.length) - x.length);
  return { raw, crc };
}

const enc = new TextEncoder();
const inputs: Record<string, Uint8Array[]> = {
  empty: [],
  'one byte': [enc.encode('x')],
  'JSON lines in uneven chunks': Array.from({ length: 40 }, (_, i) => enc.encode(`{"line":${i},"text":"é∑ ${'ab'.repeat(i * 37)}"}\n`)),
  'incompressible 300 KB': [Uint8Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24)],
};

describe('bundle file compressors', () => {
  for (const [name, parts] of Object.entries(inputs)) {
    it(`native and JavaScript both give raw deflate of the bytes and their CRC-32: ${name}`, async () => {
      const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) whole.set(p, (at += p.length) - p.length);
      const crc = new Crc32().update(whole).value();
      for (const factory of [nativeCompressor, jsCompressor]) {
        const { raw, crc: got } = await run(factory, parts);
        expect(inflateSync(raw)).toEqual(whole);
        expect(got).toBe(crc);
      }
    });
  }
});
