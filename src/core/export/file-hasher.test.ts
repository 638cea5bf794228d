import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';

const data = new TextEncoder().encode('{"text":"é∑x"}\n'.repeat(20_000));
const expected = createHash('sha256').update(data).digest('hex');

/** Feeds `data` through one reused buffer, as the bundle writer does, refilling it as soon as update returns. */
async function digest(make: 'createFileHasher' | 'createIncrementalHasher' = 'createFileHasher'): Promise<string> {
  const hashers = await import('./file-hasher');
  const h = await hashers[make]();
  const reused = new Uint8Array(65_537);
  for (let i = 0; i < data.length; i += 65_537) {
    const chunk = data.subarray(i, i + 65_537);
    reused.set(chunk);
    await h.update(reused.subarray(0, chunk.length));
    reused.fill(0);
  }
  return h.hex();
}

describe('createFileHasher', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('gives the SHA-256 of the bytes fed to it in chunks, though the caller reuses its buffer', async () => {
    expect(await digest()).toBe(expected);
  });

  it('gives the same digest without WebCrypto (an insecure context)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await digest()).toBe(expected);
  });

  it('gives the same digest where WebAssembly cannot be compiled (a page whose CSP forbids it)', async () => {
    const { CompileError } = WebAssembly;
    const blocked = () => {
      throw new CompileError('WebAssembly.compile(): Refused to compile or instantiate WebAssembly module');
    };
    vi.stubGlobal('WebAssembly', { compile: blocked, instantiate: blocked, Module: blocked, Instance: blocked });
    expect(await digest('createIncrementalHasher')).toBe(expected);
  });

  it('hashes a buffer handed over whole where it is, and bytes given after it as well', async () => {
    const { nativeFileHasher } = await import('./file-hasher');
    const whole = nativeFileHasher(globalThis.crypto.subtle);
    whole.adopt!(data);
    expect(await whole.hex()).toBe(expected);
    const mixed = nativeFileHasher(globalThis.crypto.subtle);
    mixed.adopt!(data.subarray(0, 1000));
    await mixed.update(data.subarray(1000));
    expect(await mixed.hex()).toBe(expected);
  });
});
