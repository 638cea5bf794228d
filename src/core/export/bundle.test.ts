import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleWriter, writeBundle } from './bundle';
import { jsCompressor, nativeCompressor } from './compressor';
import { blobSpool } from './spool';

describe('writeBundle', () => {
  it('writes JSONL files and a manifest whose checksums and counts match the files', async () => {
    const chunks: Uint8Array[] = [];
    // eslint-disable-next-line @typescript-eslint/require-await -- feeds the AsyncIterable path the store's cursors take
    async function* many() {
      for (let i = 0; i < 5000; i++) yield { i, text: `answer ${i} `.repeat(20) };
    }
    const manifest = await writeBundle(
      [
        { name: 'events.jsonl', description: 'raw', records: many() },
        { name: 'empty.jsonl', description: 'nothing', records: [] },
      ],
      { generator: { name: 'test', version: '0' }, counts: { events: 5000 } },
      (c) => void chunks.push(c),
    );
    const zip = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(zip).sort()).toEqual(['empty.jsonl', 'events.jsonl', 'manifest.json']);
    const onDisk = JSON.parse(new TextDecoder().decode(zip['manifest.json']));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(manifest)));
    for (const f of manifest.files) {
      expect(createHash('sha256').update(zip[f.name]!).digest('hex')).toBe(f.sha256);
      expect(zip[f.name]!.length).toBe(f.bytes);
    }
    const lines = new TextDecoder().decode(zip['events.jsonl']).trimEnd().split('\n');
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines[4999]!).i).toBe(4999);
    expect(manifest.files[1]).toMatchObject({ records: 0, bytes: 0 });
  });

  // The writer encodes flushes into a few buffers it reuses once the compressor has read them: files written in
  // turn, each flushed many times, must come out exactly as written, with native and JavaScript deflate alike.
  it.each([
    ['native CompressionStream', nativeCompressor],
    ['JavaScript deflate', jsCompressor],
  ])('keeps every file intact when many files flush in turn (%s)', async (_name, compressor) => {
    const writer = new BundleWriter(blobSpool, compressor);
    const names = ['a.jsonl', 'b.jsonl', 'c.jsonl', 'd.jsonl', 'e.jsonl'];
    for (const name of names) await writer.declare(name, name);
    const expected = new Map(names.map((n) => [n, '']));
    for (let i = 0; i < 3000; i++) {
      for (const [k, name] of names.entries()) {
        // Lines of different lengths and scripts, so flushes of one file differ in size and byte count.
        const line = JSON.stringify({ i, text: `${name} ${i} ${'日本語 ü '.repeat((i * (k + 1)) % 97)}` }) + '\n';
        expected.set(name, expected.get(name)! + line);
        await writer.writeText(name, line, 1);
      }
    }
    const chunks: Uint8Array[] = [];
    const manifest = await writer.finish({ generator: { name: 'test', version: '0' }, counts: {} }, (c) => void chunks.push(c));
    const zip = unzipSync(Buffer.concat(chunks));
    for (const f of manifest.files) {
      expect(new TextDecoder().decode(zip[f.name])).toBe(expected.get(f.name));
      expect(createHash('sha256').update(zip[f.name]!).digest('hex')).toBe(f.sha256);
      expect(f.records).toBe(3000);
    }
    expect(Math.min(...manifest.files.map((f) => f.bytes))).toBeGreaterThan(4 * 256 * 1024); // flushed several times each
  });

  it('writes a JSONL file over the part size as parts of whole lines, each with its own checksum, in order', async () => {
    const writer = new BundleWriter(blobSpool, undefined, undefined, 256 * 1024);
    await writer.declare('events.jsonl', 'raw');
    await writer.declare('small.jsonl', 'a few lines');
    await writer.declare('README.md', 'card');
    let whole = '';
    for (let i = 0; i < 20_000; i++) {
      const line = JSON.stringify({ i, text: `answer ${i} ${'ü'.repeat(i % 13)}` }) + '\n';
      whole += line;
      await writer.writeText('events.jsonl', line, 1);
    }
    await writer.write('small.jsonl', { ok: true });
    await writer.writeText('README.md', '# card\n'.repeat(50_000));
    const events = await writer.complete('events.jsonl');
    const chunks: Uint8Array[] = [];
    const manifest = await writer.finish({ generator: { name: 'test', version: '0' }, counts: {} }, (c) => void chunks.push(c));
    const zip = unzipSync(Buffer.concat(chunks));

    const parts = manifest.files.filter((f) => f.name.startsWith('events/'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.map((f) => f.name)).toEqual(parts.map((_, i) => `events/events-${String(i).padStart(5, '0')}-of-${String(parts.length).padStart(5, '0')}.jsonl`));
    expect(events).toEqual({ parts: parts.map((f) => f.name), location: 'events' });
    // `cat events/*.jsonl` gives the whole file back; `sha256sum -c` checks each part.
    expect(parts.map((f) => new TextDecoder().decode(zip[f.name])).join('')).toBe(whole);
    for (const f of parts) {
      expect(createHash('sha256').update(zip[f.name]!).digest('hex')).toBe(f.sha256);
      expect(f.bytes).toBe(zip[f.name]!.length);
      expect(f.bytes).toBeLessThanOrEqual(256 * 1024);
      expect(new TextDecoder().decode(zip[f.name]).endsWith('\n')).toBe(true);
      expect(f.records).toBe(new TextDecoder().decode(zip[f.name]).split('\n').length - 1);
    }
    expect(parts.reduce((n, f) => n + f.records, 0)).toBe(20_000);
    // A file within the part size, and any file that is not JSONL, keeps its one name.
    expect(Object.keys(zip).filter((n) => !n.startsWith('events/')).sort()).toEqual(['README.md', 'manifest.json', 'small.jsonl']);
    expect(zip['README.md']!.length).toBeGreaterThan(256 * 1024);
  });

  it('writes a line longer than a part whole, with the lines around it', async () => {
    const writer = new BundleWriter(blobSpool, undefined, undefined, 64 * 1024);
    await writer.declare('sft.jsonl', 'samples');
    const lines = ['{"a":1}\n'.repeat(3000), JSON.stringify({ long: 'é'.repeat(100_000) }) + '\n', '{"b":2}\n'.repeat(3000)];
    for (const text of lines) await writer.writeText('sft.jsonl', text);
    const chunks: Uint8Array[] = [];
    const manifest = await writer.finish({ generator: { name: 'test', version: '0' }, counts: {} }, (c) => void chunks.push(c));
    const zip = unzipSync(Buffer.concat(chunks));
    const parts = manifest.files.filter((f) => f.name.startsWith('sft/'));
    expect(parts.map((f) => new TextDecoder().decode(zip[f.name])).join('')).toBe(lines.join(''));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const f of parts) expect(new TextDecoder().decode(zip[f.name]).endsWith('\n')).toBe(true);
    for (const f of parts) expect(createHash('sha256').update(zip[f.name]!).digest('hex')).toBe(f.sha256);
  });
});
