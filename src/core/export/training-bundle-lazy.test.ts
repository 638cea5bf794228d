// Round 17: an export whose every conversation has current kept lines loads neither the computing path (labelling,
// samples) nor the redaction engine and its rules; the first conversation it has to compute loads them. Observed on
// the module graph: each watched module, when something imports it, notes it (vitest runs a vi.mock factory the first
// time a module is imported after vi.doMock in a reset registry).
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { CaptureEvent } from '../events';
import { chatConversation } from '../../../test/support/export-store';
import type { KeptLines } from './kept-lines';
import type { ExportSource, SourceConversation } from './training-bundle';

const loaded = new Set<string>();
/** From here on (until the next reset of the registry), each watched module notes when something imports it. */
function watchModules(): void {
  vi.resetModules();
  loaded.clear();
  vi.doMock('../redaction', async (original) => (loaded.add('redaction engine'), original()));
  vi.doMock('../redaction/rules', async (original) => (loaded.add('redaction rules'), original()));
  vi.doMock('./conversation-lines', async (original) => (loaded.add('conversation lines'), original()));
}

const VERSION = '0';
const CTX = { generator: { name: 'test', version: VERSION }, extensionVersion: VERSION, createdAt: '2026-12-02T00:00:00.000Z' };

const conversations: CaptureEvent[][] = [
  chatConversation('a', 2),
  chatConversation('b', 3, 'claude'),
  chatConversation('mail', 2, 'chatgpt', (t) => `Write to alice.smith@fastmail.com about item ${t}`),
];
const keyOf = (events: CaptureEvent[]) => `${events[0]!.site}:${events[0]!.conversationId}`;

/** Kept lines of every conversation, made as the background makes them (this loads everything). */
async function keptRows(): Promise<KeptLines[]> {
  const { KEPT_OPTIONS, makeKeptLines } = await import('./kept-lines');
  const rows = await Promise.all(conversations.map((events) => makeKeptLines(keyOf(events), events, {}, KEPT_OPTIONS, VERSION)));
  return rows.map((r) => r!);
}

/** A source giving each conversation with its kept lines (`keptFor` says which), its events either way. */
function source(rows: KeptLines[], keptFor: (key: string) => boolean): ExportSource {
  return {
    total: conversations.length,
    async *conversations() {
      for (const [i, events] of conversations.entries()) {
        const key = keyOf(events);
        const span = { site: events[0]!.site, firstTs: events[0]!.ts, lastTs: events.at(-1)!.ts };
        const c: SourceConversation = { key, ...span, events: () => Promise.resolve(events) };
        yield await Promise.resolve(keptFor(key) ? { ...c, kept: rows[i]! } : c);
      }
    },
  };
}

/** Exports with a module registry of its own, so what the export imports is what `loaded` shows afterwards. */
async function exportFresh(src: ExportSource): Promise<{ files: Record<string, Uint8Array>; loaded: string[] }> {
  watchModules();
  const { exportTrainingBundle } = await import('./training-bundle');
  const { KEPT_OPTIONS } = await import('./kept-stamp');
  const chunks: Uint8Array[] = [];
  const options = { ...KEPT_OPTIONS, redaction: { ...KEPT_OPTIONS.redaction!, chosenBy: 'default' as const } };
  await exportTrainingBundle(src, options, (c) => void chunks.push(c), CTX);
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) zip.set(c, (at += c.length) - c.length);
  return { files: unzipSync(zip), loaded: [...loaded].sort() };
}

describe('an export of kept lines only', () => {
  it('loads neither the computing path nor the redaction engine, and writes the bundle computed', async () => {
    const rows = await keptRows();
    const kept = await exportFresh(source(rows, () => true));
    expect(kept.loaded).toEqual([]);
    const computed = await exportFresh(source(rows, () => false));
    expect(computed.loaded).toEqual(['conversation lines', 'redaction engine', 'redaction rules']);
    // Byte for byte, manifest.json included (its redaction record, now from the generated list of rule ids).
    expect(Object.keys(kept.files)).toEqual(Object.keys(computed.files));
    for (const name of Object.keys(kept.files)) expect(kept.files[name], name).toEqual(computed.files[name]);
    const manifest = JSON.parse(new TextDecoder().decode(kept.files['manifest.json']));
    expect(manifest.redaction.rules.length).toBeGreaterThan(10);
    expect(new TextDecoder().decode(kept.files['events.jsonl'])).not.toContain('alice.smith@fastmail.com');
  });

  it('loads them for the first conversation it computes', async () => {
    const rows = await keptRows();
    const mixed = await exportFresh(source(rows, (key) => key !== 'claude:b'));
    expect(mixed.loaded).toEqual(['conversation lines', 'redaction engine', 'redaction rules']);
  });
});
