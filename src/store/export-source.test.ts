import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaptureEvent } from '../core/events';
import type { ExportSource } from '../core/export/training-bundle';
import { chatConversation, exportZip } from '../../test/support/export-store';
import { makeEvent } from '../../test/support/make-event';
import { type EchoStore, openBackgroundStore } from './api';
import { EchoDB } from './db';
import { exportSource } from './export-source';

let n = 0;
const fresh = () => {
  const db = new EchoDB(`export-source-${++n}`);
  return { db, store: openBackgroundStore(db) };
};

const conversation = chatConversation;
const exportFiles = async (source: ExportSource) => (await exportZip(source)).files;

async function collect(source: ExportSource) {
  const out: { key: string; ids: string[]; kept: boolean }[] = [];
  for await (const c of source.conversations()) {
    out.push({ key: c.key, ids: (await c.events()).map((e) => e.id), kept: c.labels !== undefined });
  }
  return out;
}

async function seeded(): Promise<{ db: EchoDB; store: EchoStore; events: CaptureEvent[] }> {
  const { db, store } = fresh();
  // Interleaved appends: a conversation's events arrive across several batches, as captured.
  const convs = [conversation('b', 2), conversation('a', 3, 'claude'), conversation('long', 9), conversation('c', 1)];
  const events: CaptureEvent[] = [];
  for (let i = 0; i < 30; i++) for (const c of convs) if (c[i]) events.push(c[i]!);
  for (let i = 0; i < events.length; i += 7) await store.append(events.slice(i, i + 7));
  return { db, store, events };
}

describe('export source', () => {
  it('reads every conversation once, in key order, its events in capture order, across page boundaries', async () => {
    const { db, store, events } = await seeded();
    // Pages of 3 conversations: the second one short.
    const read = await collect(await exportSource(db, 3));
    const keys = ['chatgpt:b', 'chatgpt:c', 'chatgpt:long', 'claude:a'];
    expect(read.map((c) => c.key)).toEqual(keys);
    for (const c of read) expect(c.ids).toEqual((await store.conversationEvents(c.key)).map((e) => e.id));
    expect(read.flatMap((c) => c.ids).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('reads a store not opened yet (the page opens it for the export)', async () => {
    const { db, store } = await seeded();
    await store.updateDerived();
    const before = await exportFiles(await exportSource(db, 3));
    db.close();
    const reopened = new EchoDB(db.name);
    expect(reopened.isOpen()).toBe(false);
    expect(await exportFiles(await exportSource(reopened, 3))).toEqual(before);
    reopened.close();
  });

  it('hands over the labels the background kept, except for conversations behind their events', async () => {
    const { db, store } = await seeded();
    expect((await collect(await exportSource(db, 5))).every((c) => !c.kept)).toBe(true);
    await store.updateDerived();
    expect((await collect(await exportSource(db, 5))).every((c) => c.kept)).toBe(true);
    await store.append([makeEvent('feedback', { conversationId: 'b', messageId: 'a1', rating: 'down' })]);
    const read = await collect(await exportSource(db, 5));
    expect(read.filter((c) => !c.kept).map((c) => c.key)).toEqual(['chatgpt:b']);
  });

  it('writes the same bundle from kept labels as from labelling every conversation again', async () => {
    const { db, store } = await seeded();
    const relabelled = await exportFiles(await exportSource(db, 5));
    await store.updateDerived();
    const kept = await exportFiles(await exportSource(db, 5));
    expect(Object.keys(kept)).toEqual(Object.keys(relabelled));
    expect(kept).toEqual(relabelled);
    expect(kept['labels.jsonl']!.trim().split('\n')).toHaveLength(15);
  });

  it('labels an answer completed in place afresh, before the background has caught up with it', async () => {
    const { db, store } = fresh();
    const events = conversation('cut', 1);
    const whole = events.find((e) => e.kind === 'response')!;
    await store.append(events.map((e) => (e === whole ? { ...whole, text: 'Ans', complete: 'interrupted' as const } : e)));
    await store.updateDerived();
    const labelOf = async () => {
      const files = await exportFiles(await exportSource(db));
      return JSON.parse(files['labels.jsonl']!.trim()) as { evidence: { rule: string }[] };
    };
    expect((await labelOf()).evidence.map((e) => e.rule)).toContain('interrupted');
    // Same event count, same sequence number: only the dirty mark says the kept labels are stale.
    expect(await store.append([whole])).toMatchObject({ completed: 1 });
    expect((await labelOf()).evidence.map((e) => e.rule)).not.toContain('interrupted');
  });

  it('leaves none of the rows it read held by the store requests that read them', async () => {
    // Chromium keeps a request's result on it until a full collection, so rows left there outlive every young-generation
    // collection of the export: its memory grew with the number of rows read (round 19).
    const { db, store } = await seeded();
    await store.updateDerived();
    await store.append([makeEvent('feedback', { conversationId: 'b', messageId: 'a1', rating: 'down' })]); // one computed
    const requests: IDBRequest[] = [];
    const watch = <T extends object>(proto: T, method: keyof T) => {
      const original = proto[method] as (...args: unknown[]) => IDBRequest;
      vi.spyOn(proto, method as never).mockImplementation(function (this: T, ...args: unknown[]) {
        const req = original.apply(this, args);
        requests.push(req);
        return req;
      } as never);
    };
    for (const method of ['get', 'getAll', 'getAllKeys'] as const) {
      watch(IDBObjectStore.prototype, method);
      watch(IDBIndex.prototype, method);
    }
    const storeOf = (r: IDBRequest) => (r.source instanceof IDBIndex ? r.source.objectStore.name : (r.source as IDBObjectStore).name);
    const rowStores = ['conversations', 'exportLines', 'events', 'conversationLabels', 'redactionSpans', 'dirty'];
    try {
      for (const sites of [undefined, ['chatgpt']]) {
        requests.length = 0;
        const { files } = await exportZip(await exportSource(db, 2), sites ? { sites } : {});
        expect(files['events.jsonl']).toContain('"conversationId":"long"');
        const reads = requests.filter((r) => rowStores.includes(storeOf(r)));
        expect(new Set(reads.map(storeOf))).toEqual(new Set(rowStores));
        const holding = reads.filter((r) => r.readyState === 'done' && !(Array.isArray(r.result) && r.result.length === 0));
        expect(holding.map((r) => [storeOf(r), r.result])).toEqual([]);
      }
    } finally {
      vi.restoreAllMocks();
    }
  });

  describe('an export leaving conversations out', () => {
    afterEach(() => vi.restoreAllMocks());

    /** Every read request's store and what it asked for, from the moment this is called. */
    function watchReads(): { store: string; query: unknown }[] {
      const reads: { store: string; query: unknown }[] = [];
      const watch = <T extends object>(proto: T, method: keyof T, storeOf: (self: T) => string) => {
        const original = proto[method] as (...args: unknown[]) => unknown;
        vi.spyOn(proto, method as never).mockImplementation(function (this: T, ...args: unknown[]) {
          reads.push({ store: storeOf(this), query: args[0] });
          return original.apply(this, args);
        } as never);
      };
      watch(IDBObjectStore.prototype, 'get', (s) => s.name);
      watch(IDBObjectStore.prototype, 'getAll', (s) => s.name);
      watch(IDBIndex.prototype, 'getAll', (i) => i.objectStore.name);
      return reads;
    }
    const covers = (query: unknown, key: string) =>
      query instanceof IDBKeyRange ? query.includes(key) : query === undefined || query === key;

    it('reads neither the events nor the kept lines of another site, and writes the same bundle', async () => {
      const { db, store } = await seeded();
      await store.updateDerived();
      // The bundle as written before: every conversation read, the export leaving the other site out.
      const source = await exportSource(db, 5);
      const readingAll: ExportSource = { ...source, conversations: (usable) => source.conversations(usable) };
      for (const sites of [['chatgpt'], ['claude']]) {
        const before = (await exportZip(readingAll, { sites })).files;
        const reads = watchReads();
        const after = (await exportZip(await exportSource(db, 5), { sites })).files;
        vi.restoreAllMocks();
        expect(after).toEqual(before);
        const leftOut = sites[0] === 'chatgpt' ? ['claude:a'] : ['chatgpt:b', 'chatgpt:c', 'chatgpt:long'];
        const perConversation = ['events', 'exportLines', 'conversationLabels', 'redactionSpans'];
        const touching = reads.filter((r) => perConversation.includes(r.store) && leftOut.some((k) => covers(r.query, k)));
        expect(touching).toEqual([]);
      }
    });

    it('reads nothing of a conversation wholly outside the date range', async () => {
      const { db, store } = fresh();
      const early = conversation('early', 2).map((e) => ({ ...e, ts: e.ts.replace(/^\d{4}/, '2020') }));
      await store.append([...early, ...conversation('late', 2)]);
      await store.updateDerived();
      const reads = watchReads();
      const { files } = await exportZip(await exportSource(db), { from: '2021-01-01T00:00:00.000Z' });
      expect(reads.filter((r) => r.store === 'events' && covers(r.query, 'chatgpt:early'))).toEqual([]);
      expect(files['events.jsonl']).not.toContain('"conversationId":"early"');
      expect(files['events.jsonl']).toContain('"conversationId":"late"');
    });
  });
});
