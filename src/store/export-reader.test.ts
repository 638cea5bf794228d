import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatConversation, exportZip } from '../../test/support/export-store';
import { makeEvent } from '../../test/support/make-event';
import { openBackgroundStore } from './api';
import { EchoDB } from './db';
import { type ReadReply, type ReadRequest, type ReadServerPort, type ReadWorkerPort, serveReads, workerReads } from './export-reader';
import { exportSource } from './export-source';

let n = 0;
async function seeded() {
  const db = new EchoDB(`export-reader-${++n}`);
  const store = openBackgroundStore(db);
  // Several sites, scripts and an answer whose model is unknown (undefined in the kept tally), over many pages.
  const convs = [
    chatConversation('b', 2),
    chatConversation('a', 3, 'claude', (t) => `質問 ${t}: 東京の天気は?`),
    chatConversation('long', 9, 'gemini', (t) => `سؤال ${t} عن الطقس`),
    chatConversation('c', 1, 'mistral', (t) => `Frage ${t} 🦊 über Bäume`),
    chatConversation('d', 4, 'deepseek'),
  ];
  for (const c of convs) await store.append(c.map((e) => (e.kind === 'response' ? { ...e, model: undefined } : e)));
  await store.updateDerived();
  return { db, store };
}

/** Read workers run in this thread: a port pair per worker, each message delivered as a task, as between threads. */
function inThread() {
  const workers: { port: ReadWorkerPort; terminated: boolean; answered: number; pendingAtEnd: number }[] = [];
  const requests: ReadRequest[] = [];
  let inFlight = 0;
  const spawn = (): ReadWorkerPort => {
    const self: (typeof workers)[number] = { port: null as unknown as ReadWorkerPort, terminated: false, answered: 0, pendingAtEnd: 0 };
    const server: ReadServerPort = {
      onmessage: null,
      postMessage(reply: ReadReply, transfer: Transferable[]) {
        const moved = structuredClone(reply, { transfer });
        setTimeout(() => {
          inFlight--;
          if (self.terminated) return;
          self.answered++;
          port.onmessage?.({ data: moved } as MessageEvent<ReadReply>);
        });
      },
    };
    const port: ReadWorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage(request: ReadRequest, transfer: Transferable[]) {
        if (self.terminated) throw new Error('posted to a terminated read worker');
        inFlight++;
        requests.push(request);
        const copy = structuredClone(request, { transfer });
        setTimeout(() => server.onmessage?.({ data: copy } as MessageEvent<ReadRequest>));
      },
      terminate() {
        self.pendingAtEnd = inFlight;
        self.terminated = true;
      },
    };
    self.port = port;
    serveReads(server);
    workers.push(self);
    return port;
  };
  return { spawn, workers, requests };
}

describe('export reads in read workers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the same bundle as reads on the export thread, replacing each worker after its share of bytes', async () => {
    const { db } = await seeded();
    const direct = (await exportZip(await exportSource(db, 2))).files;
    const { spawn, workers, requests } = inThread();
    // A few hundred bytes a worker: a new one every page or two.
    const reads = workerReads(db.name, spawn, 600);
    const viaWorkers = (await exportZip(await exportSource(db, 2, () => reads.batch))).files;
    reads.stop();
    expect(viaWorkers).toEqual(direct);
    expect(workers.length).toBeGreaterThan(2);
    // Each retired worker answered what it was asked before it went; only the last is stopped by the export's end.
    for (const w of workers.slice(0, -1)) expect([w.terminated, w.answered > 0]).toEqual([true, true]);
    expect(workers.at(-1)!.terminated).toBe(true);
    // Every buffer the rows came in goes back with a later request (a buffer received is kept by the browser until
    // a full collection unless passed on): all requests but the first few, which wait for a first answer, carry one.
    expect(requests.filter((r) => !r.buffer).length).toBeLessThanOrEqual(2);
  });

  it('reads in workers the conversations it computes (events appended after the kept lines), with a filter', async () => {
    const { db, store } = await seeded();
    await store.append([makeEvent('feedback', { conversationId: 'b', messageId: 'a1', rating: 'down' })]);
    for (const options of [{}, { sites: ['chatgpt', 'gemini'] }, { formats: ['sft', 'openai-chat', 'llamafactory'] }]) {
      const direct = (await exportZip(await exportSource(db, 2), options)).files;
      const { spawn } = inThread();
      const reads = workerReads(db.name, spawn, 2000);
      const viaWorkers = (await exportZip(await exportSource(db, 2, () => reads.batch), options)).files;
      reads.stop();
      expect(viaWorkers).toEqual(direct);
    }
  });

  it('reads nothing of a conversation the export leaves out, in the workers too', async () => {
    const { db } = await seeded();
    const reads: { store: string; query: unknown }[] = [];
    const watch = <T extends object>(proto: T, method: keyof T, storeOf: (self: T) => string) => {
      const original = proto[method] as (...args: unknown[]) => unknown;
      vi.spyOn(proto, method as never).mockImplementation(function (this: T, ...args: unknown[]) {
        reads.push({ store: storeOf(this), query: args[0] });
        return original.apply(this, args);
      } as never);
    };
    watch(IDBObjectStore.prototype, 'getAll', (s) => s.name);
    watch(IDBIndex.prototype, 'getAll', (i) => i.objectStore.name);
    const { spawn } = inThread();
    const worker = workerReads(db.name, spawn, 1000);
    const { files } = await exportZip(await exportSource(db, 5, () => worker.batch), { sites: ['claude'] });
    worker.stop();
    expect(files['events.jsonl']).toContain('"site":"claude"');
    const covers = (query: unknown, key: string) => (query instanceof IDBKeyRange ? query.includes(key) : query === undefined);
    const others = ['chatgpt:b', 'chatgpt:c', 'gemini:long', 'mistral:c', 'deepseek:d'];
    const perConversation = ['events', 'exportLines', 'conversationLabels', 'redactionSpans'];
    expect(reads.filter((r) => perConversation.includes(r.store) && others.some((k) => covers(r.query, k)))).toEqual([]);
  });

  it('fails the export when a read fails in the worker, and when the worker dies', async () => {
    const { db } = await seeded();
    const { spawn } = inThread();
    const missing = workerReads(`${db.name}-missing`, spawn);
    await expect(exportZip(await exportSource(db, 2, () => missing.batch))).rejects.toThrow(/export read failed/);
    const dying = workerReads(db.name, () => {
      const port = spawn();
      const post = port.postMessage.bind(port);
      port.postMessage = (request, transfer) => {
        if (request.id > 2) setTimeout(() => port.onerror?.({ message: 'out of memory' } as ErrorEvent));
        else post(request, transfer);
      };
      return port;
    });
    await expect(exportZip(await exportSource(db, 1, () => dying.batch))).rejects.toThrow(/read worker failed: out of memory/);
  });
});
