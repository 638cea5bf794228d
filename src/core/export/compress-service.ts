// Bundle files deflated on another thread, beside serialisation. A browser's CompressionStream runs zlib on the
// thread that writes to it, so in the popup deflate took a sixth of the exporting thread's time (the largest single
// item of a Chromium CPU profile at 8,000 answers, beside garbage collection); Node's runs on libuv's threads
// already. The page posts each slice of a file part (a copy, handed over: the page refills its buffer at once) to a
// worker, which runs one compressor per part and posts the compressed bytes back as they come, and the CRC-32 when
// the part is finished. At most MAX_IN_FLIGHT bytes wait in the worker: a push beyond them resolves only once the
// worker has read enough, so memory stays bounded whatever the worker's speed. The protocol runs over any message
// port (a Web Worker, a Node worker_threads Worker, a MessageChannel in tests): src/ui/shared/compress-worker.ts
// serves it in the extension.
import type { Compressor, CompressorFactory } from './compressor';

/** The part of a Worker / MessagePort both ends use. */
export interface CompressPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** Uncompressed bytes posted and not yet read by the worker's compressors, across all parts. */
export const MAX_IN_FLIGHT = 4 * 1024 * 1024;

type Request = { stream: number; op: 'push'; data: Uint8Array } | { stream: number; op: 'finish' };
type Reply =
  | { stream: number; op: 'data'; data: Uint8Array }
  | { stream: number; op: 'read'; bytes: number }
  | { stream: number; op: 'crc'; crc: number }
  | { stream: number; op: 'error'; error: string };

const isObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null;

function isRequest(m: unknown): m is Request {
  if (!isObject(m) || !Number.isSafeInteger(m.stream)) return false;
  return (m.op === 'push' && m.data instanceof Uint8Array) || m.op === 'finish';
}

function isReply(m: unknown): m is Reply {
  if (!isObject(m) || !Number.isSafeInteger(m.stream)) return false;
  if (m.op === 'data') return m.data instanceof Uint8Array;
  if (m.op === 'read') return Number.isSafeInteger(m.bytes);
  if (m.op === 'crc') return Number.isSafeInteger(m.crc);
  return m.op === 'error' && typeof m.error === 'string';
}

/** The worker's side: one compressor per stream id, dropped once its CRC is sent. */
export function serveCompression(port: CompressPort, compressors: CompressorFactory): void {
  const streams = new Map<number, { compressor: Compressor; failed: boolean }>();
  const fail = (stream: number, e: unknown) => {
    const s = streams.get(stream);
    if (s?.failed) return;
    if (s) s.failed = true;
    port.postMessage({ stream, op: 'error', error: e instanceof Error ? e.message : String(e) } satisfies Reply);
  };
  port.onmessage = ({ data }) => {
    if (!isRequest(data)) return; // nothing else posts to this port; a malformed message has no one to answer
    const { stream } = data;
    let s = streams.get(stream);
    if (!s) {
      const compressor = compressors((chunk) => {
        // The compressor may hand on views of a buffer it reuses: a copy is handed over.
        const copy = chunk.slice();
        port.postMessage({ stream, op: 'data', data: copy } satisfies Reply, [copy.buffer]);
      });
      streams.set(stream, (s = { compressor, failed: false }));
    }
    // Every push is answered as read, failed or not: the page counts the bytes it has in flight by these answers.
    const read = (bytes: number) => port.postMessage({ stream, op: 'read', bytes } satisfies Reply);
    if (s.failed) {
      if (data.op === 'push') read(data.data.length);
      return;
    }
    // Both calls queue in order inside the compressor (finish comes after every push before it).
    if (data.op === 'push') {
      const bytes = data.data.length;
      s.compressor.push(data.data).then(
        () => read(bytes),
        (e: unknown) => (fail(stream, e), read(bytes)),
      );
    } else {
      s.compressor.finish().then(
        (crc) => {
          streams.delete(stream);
          port.postMessage({ stream, op: 'crc', crc } satisfies Reply);
        },
        (e: unknown) => {
          fail(stream, e);
          streams.delete(stream);
        },
      );
    }
  };
}

export interface CompressClient {
  /** Makes compressors whose work is done at the other end of the port. */
  compressors: CompressorFactory;
  /** Fails every compressor (the worker died): the export fails rather than writing a truncated file. */
  fail(error: Error): void;
}

interface ClientStream {
  onData: (chunk: Uint8Array) => void | Promise<void>;
  /** The compressed bytes handed on so far, in order (onData may be asynchronous). */
  written: Promise<void>;
  finished?: { ok: (crc: number) => void; fail: (e: Error) => void };
  error?: Error;
}

/** The page's side. */
export function compressClient(port: CompressPort, maxInFlight = MAX_IN_FLIGHT): CompressClient {
  const streams = new Map<number, ClientStream>();
  let nextStream = 0;
  let inFlight = 0;
  /** Pushes waiting for the worker to read enough. */
  let waiting: { ok: () => void; fail: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const failStream = (s: ClientStream, e: Error) => {
    s.error ??= e;
    s.finished?.fail(s.error);
  };
  port.onmessage = ({ data }) => {
    if (!isReply(data)) return;
    const s = streams.get(data.stream);
    if (data.op === 'read') {
      inFlight -= data.bytes;
      while (waiting.length && inFlight < maxInFlight) waiting.shift()!.ok();
      return;
    }
    if (!s) return;
    if (data.op === 'data') {
      const chunk = data.data;
      s.written = s.written.then(() => s.onData(chunk));
      s.written.catch((e: unknown) => failStream(s, e instanceof Error ? e : new Error(String(e))));
    } else if (data.op === 'crc') {
      const crc = data.crc;
      streams.delete(data.stream);
      void s.written.then(() => s.finished?.ok(crc), () => undefined);
    } else {
      failStream(s, new Error(`compression failed: ${data.error}`));
    }
  };
  return {
    compressors: (onData) => {
      const stream = nextStream++;
      const s: ClientStream = { onData, written: Promise.resolve() };
      streams.set(stream, s);
      return {
        async push(data) {
          if (failure) throw failure;
          if (s.error) throw s.error;
          // Copied once, exactly (cloning a view would copy its whole buffer), and the copy handed over.
          const copy = data.slice();
          inFlight += copy.length;
          port.postMessage({ stream, op: 'push', data: copy } satisfies Request, [copy.buffer]);
          if (inFlight > maxInFlight) await new Promise<void>((ok, fail) => waiting.push({ ok, fail }));
        },
        finish() {
          if (failure) return Promise.reject(failure);
          if (s.error) return Promise.reject(s.error);
          return new Promise<number>((ok, fail) => {
            s.finished = { ok, fail };
            port.postMessage({ stream, op: 'finish' } satisfies Request);
          });
        },
      };
    },
    fail(error) {
      failure = error;
      for (const s of streams.values()) failStream(s, error);
      streams.clear();
      for (const w of waiting) w.fail(error);
      waiting = [];
    },
  };
}
