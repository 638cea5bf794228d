// The SHA-256 a bundle's manifest gives each file (part), computed as it is written. Hashing every byte was the
// export's largest cost (hundreds of MB at 100,000 answers). WebCrypto's native SHA-256 is about 8x faster than
// hash-wasm's WebAssembly one on this machine (283 against 33 MB/s under the same load, 4 MB buffers) but hashes
// only whole buffers: the bundle writer bounds each file part to PART_BYTES (./file-parts.ts), so the native hasher
// holds a copy of at most one part's bytes per open file and hashes them in one call. Where WebCrypto is missing
// (an insecure context) the incremental WebAssembly SHA-256, or where WebAssembly cannot be compiled the JavaScript
// one in ./sha256, gives the same digest.
import { createSHA256 } from 'hash-wasm';
import { Sha256 } from './sha256';

export interface FileHasher {
  /** Takes the next bytes; when it returns a promise, the caller keeps `data` unchanged until it resolves. */
  update(data: Uint8Array): void | Promise<void>;
  /**
   * Takes the caller's bytes without copying them (hashers that hash whole buffers): the caller keeps `data`
   * unchanged until hex() has resolved. Absent where the hasher reads as it goes (use update).
   */
  adopt?(data: Uint8Array): void;
  /** The lowercase hex digest; the hasher is spent afterwards. */
  hex(): string | Promise<string>;
}

export type HasherFactory = () => Promise<FileHasher>;

let wasmWorks: boolean | null = null;

function jsHasher(): FileHasher {
  const h = new Sha256();
  return { update: (data) => void h.update(data), hex: () => h.hex() };
}

/**
 * Native SHA-256 of everything passed to update, in one call: for a part of bounded size. A part handed over whole
 * with adopt (the bundle writer's own buffer) is hashed where it is; bytes passed to update are copied into a buffer
 * that grows to the part's size and goes back to `pool` once hashed, for the next part (a copy per chunk made
 * hundreds of MB of short-lived ArrayBuffers, whose collection cost more than the hashing saved).
 */
export function nativeFileHasher(subtle: SubtleCrypto, pool: Uint8Array[] = []): FileHasher {
  let buffer: Uint8Array | null = null;
  let bytes = 0;
  let adopted: Uint8Array | null = null;
  return {
    adopt(data) {
      if (bytes === 0 && !adopted) adopted = data;
      else void this.update(data);
    },
    update(data) {
      if (adopted) {
        const first = adopted;
        adopted = null;
        void this.update(first);
      }
      const need = bytes + data.length;
      if (!buffer || buffer.length < need) {
        let grown = pool.pop() ?? new Uint8Array(Math.max(need, 256 * 1024));
        if (grown.length < need) grown = new Uint8Array(Math.max(need, grown.length * 2, (buffer?.length ?? 0) * 2));
        if (buffer) grown.set(buffer.subarray(0, bytes));
        buffer = grown;
      }
      buffer.set(data, bytes);
      bytes = need;
    },
    async hex() {
      const whole = adopted ?? buffer ?? new Uint8Array(0);
      const used = adopted ? adopted.length : bytes;
      const own = !adopted && buffer;
      buffer = adopted = null;
      const digest = new Uint8Array(await subtle.digest('SHA-256', whole.subarray(0, used) as Uint8Array<ArrayBuffer>));
      if (own && whole.length) pool.push(whole);
      let hex = '';
      for (const b of digest) hex += b.toString(16).padStart(2, '0');
      return hex;
    },
  };
}

/**
 * Hashers for one bundle: native where WebCrypto is present (browsers' secure contexts, Node), sharing the buffers
 * of parts already hashed, else incremental ones.
 */
export function fileHashers(): HasherFactory {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return createIncrementalHasher;
  const pool: Uint8Array[] = [];
  return () => Promise.resolve(nativeFileHasher(subtle, pool));
}

/** One hasher (see fileHashers). */
export const createFileHasher: HasherFactory = () => fileHashers()();

/** A WebAssembly hasher where one can be made (tried once per page), else the JavaScript one. */
export async function createIncrementalHasher(): Promise<FileHasher> {
  if (wasmWorks === false) return jsHasher();
  try {
    const h = await createSHA256();
    wasmWorks = true;
    h.init();
    return { update: (data) => void h.update(data), hex: () => h.digest('hex') };
  } catch {
    wasmWorks = false;
    return jsHasher();
  }
}
