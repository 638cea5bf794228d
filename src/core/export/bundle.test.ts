import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeBundle } from './bundle';

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
});
