import { createHash } from 'node:crypto';
import { MessageChannel } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleWriter } from './bundle';
import { createFileHasher, type HasherFactory } from './file-hasher';
import { hashClient, type HashPort, serveHashes } from './hash-service';
import { blobSpool } from './spool';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

function channel(): { page: HashPort; worker: HashPort; posted: () => number } {
  const c = new MessageChannel();
  channels.push(c);
  let posted = 0;
  const page = c.port1 as unknown as HashPort;
  const post = page.postMessage.bind(page);
  page.postMessage = (m, t) => {
    posted++;
    post(m, t);
  };
  return { page, worker: c.port2 as unknown as HashPort, posted: () => posted };
}

/** Lines of different lengths and scripts, so flushes differ in size and byte count. */
const line = (name: string, i: number) => JSON.stringify({ i, text: `${name} ${i} ${'日本語 ü '.repeat((i * name.length) % 97)}` }) + '\n';

async function writeFiles(writer: BundleWriter, names: string[], lines: number): Promise<Map<string, string>> {
  for (const name of names) await writer.declare(name, name);
  const expected = new Map(names.map((n) => [n, '']));
  for (let i = 0; i < lines; i++) {
    for (const name of names) {
      expected.set(name, expected.get(name)! + line(name, i));
      await writer.writeText(name, line(name, i), 1);
    }
  }
  return expected;
}

describe('hashing in a worker (hash service)', () => {
  it('gives each file the SHA-256 that sha256sum prints for it once unzipped, as hashing in the page does', async () => {
    const { page, worker } = channel();
    serveHashes(worker, createFileHasher);
    const writer = new BundleWriter(blobSpool, undefined, hashClient(page).hashers);
    const names = ['events.jsonl', 'sft.jsonl', 'kto-x.jsonl'];
    const expected = await writeFiles(writer, names, 3000);
    const chunks: Uint8Array[] = [];
    const manifest = await writer.finish({ generator: { name: 'test', version: '0' }, counts: {} }, (c) => void chunks.push(c));
    const zip = unzipSync(Buffer.concat(chunks));

    const inPage = new BundleWriter(blobSpool);
    await writeFiles(inPage, names, 3000);
    const inPageManifest = await inPage.finish({ generator: { name: 'test', version: '0' }, counts: {} }, () => undefined);

    for (const f of manifest.files) {
      expect(new TextDecoder().decode(zip[f.name])).toBe(expected.get(f.name));
      expect(f.sha256).toBe(createHash('sha256').update(zip[f.name]!).digest('hex'));
      expect(f.sha256).toBe(inPageManifest.files.find((g) => g.name === f.name)!.sha256);
    }
    expect(Math.min(...manifest.files.map((f) => f.bytes))).toBeGreaterThan(4 * 256 * 1024); // each hashed in several chunks
  });

  it('fails the export when the worker cannot hash a chunk, instead of writing a digest of part of a file', async () => {
    const { page, worker } = channel();
    let updates = 0;
    const flaky: HasherFactory = async () => {
      const h = await createFileHasher();
      return {
        update: (data) => {
          if (++updates === 2) throw new Error('out of memory');
          return h.update(data);
        },
        hex: () => h.hex(),
      };
    };
    serveHashes(worker, flaky);
    const writer = new BundleWriter(blobSpool, undefined, hashClient(page).hashers);
    await expect(
      (async () => {
        await writeFiles(writer, ['a.jsonl'], 6000);
        return writer.finish({ generator: { name: 'test', version: '0' }, counts: {} }, () => undefined);
      })(),
    ).rejects.toThrow(/hashing failed: out of memory/);
    await writer.dispose();
  });

  it('fails every waiting chunk when the worker is lost, so a stalled export ends', async () => {
    const { page } = channel(); // nobody serves the other end
    const client = hashClient(page);
    const hasher = await client.hashers();
    const update = hasher.update(new Uint8Array(10));
    client.fail(new Error('hash worker stopped'));
    await expect(update).rejects.toThrow('hash worker stopped');
    await expect(Promise.resolve(hasher.hex())).rejects.toThrow('hash worker stopped');
  });

  // Memory stays bounded whatever the worker's speed: the page waits for chunks to be hashed before refilling.
  it('keeps at most a few chunks in flight while the worker has not hashed them', async () => {
    const { page, worker, posted } = channel();
    const writer = new BundleWriter(blobSpool, undefined, hashClient(page).hashers);
    await writer.declare('a.jsonl', 'a');
    let written = 0;
    const writing = (async () => {
      for (; written < 20_000; written++) await writer.writeText('a.jsonl', line('a.jsonl', written), 1);
    })();
    for (let i = 0; i < 50; i++) await new Promise((ok) => setImmediate(ok));
    expect(posted()).toBe(3);
    expect(written).toBeLessThan(20_000);
    serveHashes(worker, createFileHasher);
    await writing;
    const manifest = await writer.finish({ generator: { name: 'test', version: '0' }, counts: {} }, () => undefined);
    expect(manifest.files[0]!.records).toBe(20_000);
    expect(posted()).toBeGreaterThan(10);
  });
});
