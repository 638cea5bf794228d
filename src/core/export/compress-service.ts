// Bundle files deflated on another thread, beside serialisation. A browser's CompressionStream runs zlib on the
// thread that writes to it, so in the popup deflate took a sixth of the exporting thread's time (the largest single
// item of a Chromium CPU profile at 8,000 answers, beside garbage collection); Node's runs on libuv's threads
// already. The page posts each slice of a file part (a copy, handed over: the page refills its buffer at once) to a
// worker, which runs one compressor per part and posts the compressed bytes back as they come, and the CRC-32 when
// the part is finished. At most MAX_IN_FLIGHT bytes wait in the worker: a push beyond them resolves only once the
// worker has read enough, so memory stays bounded whatever the worker's speed. The copies' buffers go back and forth:
// the worker hands each one back with its "read" answer and the page copies the next slice into it. A new buffer per
// slice (before round 12) was garbage of the worker's, which its collector, with almost nothing on its own heap, left
// for the length of an export: the extension process's array-buffer memory grew with it (memory-infra dumps at
// 4,000 / 20,000 answers: 51 / 92 MB above the level before the export, scripts/bench/export-memory-dumps.ts).
// The compressed chunks go back the same way: transferred whole, not copied (round 13: the copies grew that memory
// with the zip, 16 MB over 100,000 answers once the zip itself was on disk).
// The protocol runs over any message port (a Web Worker, a Node worker_threads Worker, a MessageChannel in tests):
// src/ui/shared/compress-worker.ts serves it in the extension.
import { type Compressor, type CompressorFactory, READ_WHOLE_BYTES } from './compressor';

/** The part of a Worker / MessagePort both ends use. */
export interface CompressPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** Uncompressed bytes posted and not yet read by the worker's compressors, across all parts. */
export const MAX_IN_FLIGHT = 4 * 1024 * 1024;
/** A copy's buffer is at least this large, so one buffer fits any slice of the bundle writer's (bundle.ts PUSH_BYTES). */
const COPY_BYTES = 256 * 1024;
/** Buffers handed back beyond this many are dropped (the in-flight bound keeps fewer than this in use). */
const MAX_POOLED = 32;

type Request = { stream: number; op: 'push'; data: Uint8Array } | { stream: number; op: 'finish' };
type Reply =
  | { stream: number; op: 'data'; data: Uint8Array }
  /** `data`: the pushed copy's buffer handed back for the next copy (absent where it could not be). */
  | { stream: number; op: 'read'; bytes: number; data?: Uint8Array }
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
  if (m.op === 'read') return Number.isSafeInteger(m.bytes) && (m.data === undefined || m.data instanceof Uint8Array);
  if (m.op === 'crc') return Number.isSafeInteger(m.crc);
  return m.op === 'error' && typeof m.error === 'string';
}

/** The worker's side: one compressor per stream id, dropped once its CRC is sent. */
export function serveCompression(port: CompressPort, compressors: CompressorFactory): void {
  /** `held`: buffers of pushes too small to be surely read before the compressor finishes (READ_WHOLE_BYTES). */
  const streams = new Map<number, { compressor: Compressor; failed: boolean; held: Uint8Array[] }>();
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
        // Handed over whole, not copied (the compressor never touches a chunk again, ./compressor.ts): a copy per chunk was
        // garbage of this thread, whose collector, with almost nothing on its own heap, left it for the length of
        // the export, so the extension's array-buffer memory grew with the zip (16 MB over 100,000 answers).
        // A view of part of a buffer (Node's zlib hands on slices of one it goes on filling) is copied.
        const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
        port.postMessage({ stream, op: 'data', data: whole } satisfies Reply, [whole.buffer]);
      });
      streams.set(stream, (s = { compressor, failed: false, held: [] }));
    }
    // Every push is answered as read, failed or not: the page counts the bytes it has in flight by these answers. The
    // compressor has read the bytes once its push resolves, so their buffer goes back with the answer (a small push's
    // once the compressor has finished).
    const giveBack = (bytes: number, buffer: Uint8Array | undefined) =>
      port.postMessage(
        { stream, op: 'read', bytes, ...(buffer ? { data: buffer } : {}) } satisfies Reply,
        buffer ? [buffer.buffer] : []);
    const held = s.held;
    const read = (pushed: Uint8Array) => {
      const whole = pushed.length >= READ_WHOLE_BYTES || s.failed;
      if (!whole) held.push(pushed);
      giveBack(pushed.length, whole ? pushed : undefined);
    };
    const release = () => {
      for (const buffer of held.splice(0)) giveBack(0, buffer);
    };
    if (s.failed) {
      if (data.op === 'push') read(data.data);
      return;
    }
    // Both calls queue in order inside the compressor (finish comes after every push before it).
    if (data.op === 'push') {
      const pushed = data.data;
      s.compressor.push(pushed).then(
        () => read(pushed),
        (e: unknown) => (fail(stream, e), read(pushed)),
      );
    } else {
      s.compressor.finish().then(
        (crc) => {
          streams.delete(stream);
          release();
          port.postMessage({ stream, op: 'crc', crc } satisfies Reply);
        },
        (e: unknown) => {
          fail(stream, e);
          streams.delete(stream);
          release();
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
  /** Buffers the worker handed back, for the next copies. */
  const pool: ArrayBuffer[] = [];
  const copyOf = (data: Uint8Array): Uint8Array<ArrayBuffer> => {
    const i = pool.findIndex((b) => b.byteLength >= data.length);
    const buffer = i >= 0 ? pool.splice(i, 1)[0]! : new ArrayBuffer(Math.max(COPY_BYTES, data.length));
    const copy = new Uint8Array(buffer, 0, data.length);
    copy.set(data);
    return copy;
  };
  const failStream = (s: ClientStream, e: Error) => {
    s.error ??= e;
    s.finished?.fail(s.error);
  };
  port.onmessage = ({ data }) => {
    if (!isReply(data)) return;
    const s = streams.get(data.stream);
    if (data.op === 'read') {
      inFlight -= data.bytes;
      if (data.data && pool.length < MAX_POOLED) pool.push(data.data.buffer as ArrayBuffer);
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
          // Copied once into a buffer of the pool (cloning a view would copy its whole buffer), and the copy handed over.
          const copy = copyOf(data);
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
