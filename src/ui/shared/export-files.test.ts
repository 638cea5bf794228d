// "Delete everything" and exports' files (./export-files.ts) over a stand-in for the origin private file system: the
// browsers' own is exercised by the study and export e2e tests; here the cases a browser gives rarely and at random
// — a folder it refuses to remove for a moment after an export ended, an export still holding its lock — are made
// to happen every time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeFinishedExports, sweepExportFiles } from './export-files';

class Folder {
  readonly kind = 'directory';
  readonly children = new Map<string, Folder | { kind: 'file'; name: string; getFile(): Promise<{ lastModified: number }> }>();
  /** How many more times removing each child fails the way a held file handle makes it fail. */
  readonly refusals = new Map<string, number>();
  constructor(readonly name: string) {}
  getDirectoryHandle(name: string): Promise<Folder> {
    let child = this.children.get(name);
    if (!child) this.children.set(name, (child = new Folder(name)));
    return Promise.resolve(child as Folder);
  }
  addFile(name: string, lastModified: number): void {
    this.children.set(name, { kind: 'file', name, getFile: () => Promise.resolve({ lastModified }) });
  }
  removeEntry(name: string): Promise<void> {
    if (!this.children.has(name)) return Promise.reject(new DOMException('gone', 'NotFoundError'));
    const refusals = this.refusals.get(name) ?? 0;
    if (refusals > 0) {
      this.refusals.set(name, refusals - 1);
      return Promise.reject(new DOMException('locked', 'NoModificationAllowedError'));
    }
    this.children.delete(name);
    return Promise.resolve();
  }
  async *entries(): AsyncGenerator<[string, unknown]> {
    for (const entry of [...this.children]) yield await Promise.resolve(entry);
  }
  async *values(): AsyncGenerator<unknown> {
    for (const [, child] of this.children) yield await Promise.resolve(child);
  }
}

async function exportsFolder(heldRuns: string[] = []): Promise<Folder> {
  const origin = new Folder('');
  vi.stubGlobal('navigator', {
    storage: { getDirectory: () => Promise.resolve(origin) },
    locks: { query: () => Promise.resolve({ held: heldRuns.map((run) => ({ name: `echo-export/${run}` })) }) },
  });
  return origin.getDirectoryHandle('echo-export');
}

async function finishedExport(root: Folder, run: string, lastModified = Date.now()): Promise<void> {
  (await root.getDirectoryHandle(run)).addFile('bundle.zip', lastModified);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Delete everything and exports\' files', () => {
  it('removes a zip downloaded a moment ago, whose download grace has not run out', async () => {
    const root = await exportsFolder();
    await finishedExport(root, 'r1');
    expect(await removeFinishedExports()).toBe(0);
    expect([...root.children.keys()]).toEqual([]);
  });

  it('tries again while the browser still refuses to remove a folder a moment after its export ended', async () => {
    vi.useFakeTimers();
    const root = await exportsFolder();
    await finishedExport(root, 'r1');
    root.refusals.set('r1', 3);
    const left = removeFinishedExports();
    await vi.runAllTimersAsync();
    expect(await left).toBe(0);
    expect([...root.children.keys()]).toEqual([]);
  });

  it('leaves an export still being written to its own end and counts it, removing the rest', async () => {
    vi.useFakeTimers();
    const root = await exportsFolder(['running']);
    await finishedExport(root, 'running');
    await finishedExport(root, 'done');
    const left = removeFinishedExports();
    await vi.runAllTimersAsync();
    expect(await left).toBe(1);
    expect([...root.children.keys()]).toEqual(['running']);
  });

  it('counts a folder the browser never lets go of instead of saying all is gone', async () => {
    vi.useFakeTimers();
    const root = await exportsFolder();
    await finishedExport(root, 'stuck');
    root.refusals.set('stuck', Infinity);
    const left = removeFinishedExports();
    await vi.runAllTimersAsync();
    expect(await left).toBe(1);
  });
});

describe('the sweep at the start of an export', () => {
  it('keeps a zip whose download may still read it and removes one past its grace', async () => {
    const now = Date.now();
    const root = await exportsFolder();
    await finishedExport(root, 'fresh', now - 1_000);
    await finishedExport(root, 'old', now - 120_000);
    await sweepExportFiles(now, 60_000);
    expect([...root.children.keys()]).toEqual(['fresh']);
  });
});
