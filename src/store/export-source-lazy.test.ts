// Round 17: the export worker imports the store's export source and review decisions whatever it exports; neither may
// load the redaction engine or the export's computing path (src/core/export/training-bundle-lazy.test.ts: the bundle
// writer loads them only for a conversation without current kept lines).
import { describe, expect, it, vi } from 'vitest';

describe("the store's side of an export", () => {
  it('loads neither the redaction engine nor the computing path', async () => {
    const loaded = new Set<string>();
    vi.resetModules();
    vi.doMock('../core/redaction', async (original) => (loaded.add('redaction engine'), original()));
    vi.doMock('../core/redaction/rules', async (original) => (loaded.add('redaction rules'), original()));
    vi.doMock('../core/export/conversation-lines', async (original) => (loaded.add('conversation lines'), original()));
    await import('./export-source');
    await import('./review-decisions');
    expect([...loaded]).toEqual([]);
    // The watch itself works: the computing path loads them.
    await import('../core/export/conversation-lines');
    expect([...loaded].sort()).toEqual(['conversation lines', 'redaction engine', 'redaction rules']);
  });
});
