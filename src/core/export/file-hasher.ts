// The SHA-256 a bundle's manifest gives each file, computed as the file is written. Hashing every byte is one of
// an export's largest costs (hundreds of MB at 100,000 answers, WebCrypto cannot hash incrementally): hash-wasm's
// WebAssembly SHA-256 does it about twice as fast as the JavaScript one (measured in Node 20 on export-sized
// chunks). Where WebAssembly cannot be compiled (an extension page whose CSP lacks 'wasm-unsafe-eval', a runtime
// without it) the JavaScript SHA-256 in ./sha256 gives the same digest. The extension runs these in a worker
// beside serialisation (./hash-service.ts); Node's CLI uses its native incremental hash.
import { createSHA256 } from 'hash-wasm';
import { Sha256 } from './sha256';

export interface FileHasher {
  /** Takes the next bytes; when it returns a promise, the caller keeps `data` unchanged until it resolves. */
  update(data: Uint8Array): void | Promise<void>;
  /** The lowercase hex digest; the hasher is spent afterwards. */
  hex(): string | Promise<string>;
}

export type HasherFactory = () => Promise<FileHasher>;

let wasmWorks: boolean | null = null;

function jsHasher(): FileHasher {
  const h = new Sha256();
  return { update: (data) => void h.update(data), hex: () => h.hex() };
}

/** A WebAssembly hasher where one can be made (tried once per page), else the JavaScript one. */
export async function createFileHasher(): Promise<FileHasher> {
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
