import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';

const data = new TextEncoder().encode('{"text":"é∑x"}\n'.repeat(20_000));
const expected = createHash('sha256').update(data).digest('hex');

async function digest(): Promise<string> {
  const { createFileHasher } = await import('./file-hasher');
  const h = await createFileHasher();
  for (let i = 0; i < data.length; i += 65_537) await h.update(data.subarray(i, i + 65_537));
  return h.hex();
}

describe('createFileHasher', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('gives the SHA-256 of the bytes fed to it in chunks', async () => {
    expect(await digest()).toBe(expected);
  });

  it('gives the same digest where WebAssembly cannot be compiled (a page whose CSP forbids it)', async () => {
    const { CompileError } = WebAssembly;
    const blocked = () => {
      throw new CompileError('WebAssembly.compile(): Refused to compile or instantiate WebAssembly module');
    };
    vi.stubGlobal('WebAssembly', { compile: blocked, instantiate: blocked, Module: blocked, Instance: blocked });
    expect(await digest()).toBe(expected);
  });
});
