import { inflateSync, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { exportToBytes, syntheticConversation } from '../../../test/support/synthetic-bundles';
import { compressClient, type CompressPort, serveCompression } from './compress-service';
import { type Compressor, type CompressorFactory, defaultCompressor } from './compressor';
import { Crc32 } from './crc32';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** A client and a server on the two ends of a MessageChannel, as the popup and its worker are. */
function connected(server: CompressorFactory, maxInFlight?: number) {
  const channel = new MessageChannel();
  channels.push(channel);
  serveCompression(channel.port2 as unknown as CompressPort, server);
  return compressClient(channel.port1 as unknown as CompressPort, maxInFlight);
}

const enc = new TextEncoder();
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};

describe('compression on another thread', () => {
  it('gives each of several interleaved parts the raw deflate of its bytes and their CRC-32, the caller reusing its buffer at once', async () => {
    const client = connected(defaultCompressor);
    const lines = (p: number) => Array.from({ length: 30 }, (_, i) => enc.encode(`{"part":${p},"line":${i},"text":"é∑ ${'xy'.repeat(i * 41)}"}\n`));
    const parts = [lines(0), lines(1), lines(2)];
    const out: Uint8Array[][] = [[], [], []];
    const compressors = parts.map((_, p) => client.compressors((chunk) => void out[p]!.push(chunk)));
    const buffer = new Uint8Array(64 * 1024);
    for (let i = 0; i < 30; i++) {
      for (const [p, c] of compressors.entries()) {
        const line = parts[p]![i]!;
        buffer.set(line);
        await c.push(buffer.subarray(0, line.length));
        buffer.fill(0); // the bytes pushed were copied: overwriting them changes nothing
      }
    }
    const crcs = await Promise.all(compressors.map((c) => c.finish()));
    for (const [p, part] of parts.entries()) {
      const whole = concat(part);
      expect(inflateSync(concat(out[p]!))).toEqual(whole);
      expect(crcs[p]).toBe(new Crc32().update(whole).value());
    }
  });

  it('copies slices into buffers the worker hands back: a long file needs no more buffers than the in-flight bound holds', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    serveCompression(channel.port2 as unknown as CompressPort, defaultCompressor);
    // The page's end of the port, counting the buffers it posts that the worker had not handed back to it.
    const received = new Set<ArrayBufferLike>();
    let made = 0;
    const port: CompressPort = {
      postMessage(message, transfer = []) {
        for (const t of transfer) if (!received.has(t as ArrayBuffer)) made++;
        channel.port1.postMessage(message, transfer);
      },
      set onmessage(handler: CompressPort['onmessage']) {
        channel.port1.onmessage = (event) => {
          const data = (event.data as { data?: Uint8Array }).data;
          if (data) received.add(data.buffer);
          handler?.(event);
        };
      },
      get onmessage() {
        return null;
      },
    };
    const client = compressClient(port, 400 * 1024);
    const out: Uint8Array[] = [];
    const c = client.compressors((chunk) => void out.push(chunk));
    const slice = enc.encode('{"text":"a line of a long file"}\n'.repeat(3000)); // ~100 KB
    const pushes = 200;
    for (let i = 0; i < pushes; i++) await c.push(slice);
    await c.finish();
    expect(inflateSync(concat(out)).length).toBe(slice.length * pushes);
    expect(made).toBeLessThanOrEqual(8); // 400 KB in flight: about five slices, whatever the file's length
  });

  it('answers an empty part (the probe the popup sends a new worker) with the CRC of nothing', async () => {
    const client = connected(defaultCompressor);
    await expect(client.compressors(() => undefined).finish()).resolves.toBe(0);
  });

  it('keeps at most the bound in flight: pushes wait while the worker has not read the bytes', async () => {
    const reads: (() => void)[] = [];
    // A compressor that reads a chunk only when told to: the worker falling behind.
    const stalled: CompressorFactory = () => ({
      push: () => new Promise<void>((ok) => reads.push(ok)),
      finish: () => Promise.resolve(0),
    });
    const client = connected(stalled, 1000);
    const c = client.compressors(() => undefined);
    let done = 0;
    const pushes = Array.from({ length: 5 }, () => c.push(new Uint8Array(400)).then(() => done++));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(2); // 800 bytes in flight; the third push took it over 1000
    expect(reads.length).toBe(5); // every chunk was posted (the bound holds them in the worker's queue, not lost)
    reads.splice(0).forEach((read) => read());
    await Promise.all(pushes);
    expect(done).toBe(5);
  });

  it('fails the part whose compression failed, and every part once the worker is lost', async () => {
    const failing: CompressorFactory = () => ({
      push: () => Promise.reject(new Error('zlib broke')),
      finish: () => Promise.resolve(0),
    });
    const client = connected(failing);
    const c = client.compressors(() => undefined);
    await c.push(enc.encode('x'));
    await expect(c.finish()).rejects.toThrow(/compression failed: zlib broke/);

    const quiet: CompressorFactory = (): Compressor => ({
      push: () => Promise.resolve(),
      finish: () => new Promise<number>(() => undefined),
    });
    const lost = connected(quiet);
    const pending = lost.compressors(() => undefined).finish();
    lost.fail(new Error('compression worker failed'));
    await expect(pending).rejects.toThrow(/worker failed/);
    await expect(lost.compressors(() => undefined).push(enc.encode('y'))).rejects.toThrow(/worker failed/);
  });

  it('writes the same bundle as compressing in the exporting thread, files in parts included', async () => {
    const conversations = Array.from({ length: 150 }, (_, i) => syntheticConversation('p1', i));
    const options = { formats: ['sft'] };
    const context = { createdAt: '2026-11-25T00:00:00.000Z', partBytes: 64 * 1024 };
    const here = unzipSync(await exportToBytes(conversations, options, context));
    const compressors = connected(defaultCompressor).compressors;
    const there = unzipSync(await exportToBytes(conversations, options, { ...context, compressors }));
    expect(Object.keys(here).some((n) => n.startsWith('events/events-00001-of-'))).toBe(true);
    expect(Object.keys(there)).toEqual(Object.keys(here));
    for (const name of Object.keys(here)) expect(there[name], name).toEqual(here[name]);
  });
});
