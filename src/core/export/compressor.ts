// Compresses one bundle file's bytes (raw deflate, as a zip entry stores them) and computes their CRC-32. Where the
// runtime has a native `CompressionStream` (browsers, Node 18+) the bytes go through its gzip, whose framing is
// stripped: the 10-byte header dropped and the 8-byte trailer read for the CRC. Native zlib is an order of
// magnitude faster than compressing in JavaScript, which made deflate and CRC half of an export's time. Elsewhere
// fflate's Deflate and a JavaScript CRC do the same.
import { Deflate } from 'fflate';
import { Crc32 } from './crc32';

export interface Compressor {
  /**
   * Takes the next uncompressed bytes; compressed output goes to the `onData` the compressor was made with. Resolves
   * once the bytes have been read, so the caller may then fill the same buffer again.
   */
  push(data: Uint8Array): Promise<void>;
  /** No more input: resolves with the CRC-32 of everything pushed once every compressed byte has been handed on. */
  finish(): Promise<number>;
}

/**
 * A push of at least this many bytes resolves only once the compressor has read them. Node's CompressionStream reports
 * a chunk below its stream's 16 KiB high-water mark read while it still holds it, uncopied: such a chunk's buffer may
 * be reused only once the compressor has finished.
 */
export const READ_WHOLE_BYTES = 64 * 1024;

/**
 * `onData` gets each chunk of compressed bytes to keep: the compressor neither reads nor writes a chunk's buffer once
 * it has handed it on (the compression worker transfers it to the page without a copy, ./compress-service.ts).
 */
export type CompressorFactory = (onData: (chunk: Uint8Array) => void | Promise<void>) => Compressor;

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

export const jsCompressor: CompressorFactory = (onData) => {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => void out.push(chunk));
  const crc = new Crc32();
  const drain = async () => {
    for (const chunk of out.splice(0)) await onData(chunk);
  };
  return {
    async push(data) {
      crc.update(data);
      deflate.push(data, false);
      await drain();
    },
    async finish() {
      deflate.push(new Uint8Array(0), true);
      await drain();
      return crc.value();
    },
  };
};

export const nativeCompressor: CompressorFactory = (onData) => {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let header: Uint8Array = new Uint8Array(0);
  /** The last bytes seen, whose end is the trailer once the stream ends: never handed on before the next chunk comes. */
  let held: Uint8Array = new Uint8Array(0);
  let size = 0;
  const take = async (chunk: Uint8Array) => {
    if (header.length < GZIP_HEADER) {
      const need = GZIP_HEADER - header.length;
      header = concat(header, chunk.subarray(0, need));
      chunk = chunk.subarray(need);
      // zlib writes no optional header fields (FLG = 0): anything else is not the framing this strips.
      if (header.length === GZIP_HEADER && (header[0] !== 0x1f || header[1] !== 0x8b || header[3] !== 0)) {
        throw new Error('unexpected gzip header from CompressionStream');
      }
    }
    // The last chunk is held back whole (the stream's trailer is at its end) and handed on whole once the next one
    // comes: onData keeps what it gets (the compression worker transfers it without a copy), so a chunk is never
    // cut, and the trailer is read from the last one in finish(). A chunk shorter than the trailer joins the one held.
    if (chunk.length >= GZIP_TRAILER) {
      const before = held;
      held = chunk;
      if (before.length) await onData(before);
    } else if (chunk.length) {
      held = concat(held, chunk);
    }
  };
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      await take(value);
    }
  })();
  pump.catch(() => undefined); // surfaced by finish(); a failed export never calls it
  return {
    push(data) {
      size += data.length;
      // Queued at once, so a finish() called before this resolves still comes after it; the write resolves when the
      // transform has read the chunk (only then may the caller reuse its buffer), which is the caller's backpressure.
      return writer.write(data as Uint8Array<ArrayBuffer>);
    },
    async finish() {
      await writer.close();
      await pump;
      if (held.length < GZIP_TRAILER) throw new Error('truncated gzip stream from CompressionStream');
      const view = new DataView(held.buffer, held.byteOffset + held.length - GZIP_TRAILER, GZIP_TRAILER);
      if (view.getUint32(4, true) !== size % 2 ** 32) throw new Error('gzip length does not match the bytes written');
      const crc = view.getUint32(0, true);
      if (held.length > GZIP_TRAILER) await onData(held.subarray(0, held.length - GZIP_TRAILER));
      return crc;
    },
  };
};

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The native compressor where the runtime has one, else the JavaScript one. */
export const defaultCompressor: CompressorFactory = (onData) =>
  typeof CompressionStream === 'function' ? nativeCompressor(onData) : jsCompressor(onData);
