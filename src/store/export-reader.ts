// Where an export's reads run: on the export's own thread (one read transaction a page, as before round 21), or in a
// read worker that is replaced after every READER_BYTES of rows it hands on (round 21, docs/export-format.md).
// Why a worker: Chromium keeps what a finished IndexedDB request read (the rows' serialised bytes, in malloc) until a
// full collection of the thread's heap, and an export whose JavaScript heap stays flat brings none: over a
// 20,000-answer export malloc grew 5.7 -> 41 MB (round 19). Script cannot free it, but a terminated worker's heap goes
// with the worker, so the export reads in a worker and replaces it once it has read enough that what it keeps
// matters: what the reads hold is bounded by READER_BYTES, whatever the number of answers. The rows cross to the
// export worker as one transferred buffer that goes back and forth (./row-codec.ts: what a worker receives is kept
// as long). A batch of reads is one read transaction in either place.
import { decodeRows, encodeRows } from './row-codec';

/** A key range as data: one key, or bounds (`lowerOpen`: the lower bound left out). */
export type KeyRange = { only: string } | { lower?: string; upper?: string; lowerOpen?: boolean };

/** One getAll (or getAllKeys, `keys`) on a store or one of its indexes. */
export interface ReadSpec {
  store: string;
  index?: string;
  range?: KeyRange;
  count?: number;
  keys?: true;
}

/** Runs a batch of reads, one read transaction, and gives each one's rows in order. */
export type Batch = (specs: ReadSpec[]) => Promise<unknown[][]>;
/** A page's batches: on the export's thread they share one transaction (made by the first). */
export type PageReads = () => Batch;

/** Rows handed on by one read worker before it is replaced (the serialised rows it keeps are about as many bytes). */
export const READER_BYTES = 4 << 20;

function keyRange(r: KeyRange | undefined): IDBKeyRange | undefined {
  if (!r) return undefined;
  if ('only' in r) return IDBKeyRange.only(r.only);
  if (r.lower !== undefined && r.upper !== undefined) return IDBKeyRange.bound(r.lower, r.upper, r.lowerOpen ?? false);
  if (r.lower !== undefined) return IDBKeyRange.lowerBound(r.lower, r.lowerOpen ?? false);
  if (r.upper !== undefined) return IDBKeyRange.upperBound(r.upper);
  return undefined;
}

function request(tx: IDBTransaction, spec: ReadSpec): IDBRequest<unknown[]> {
  const store = tx.objectStore(spec.store);
  const source = spec.index ? store.index(spec.index) : store;
  const range = keyRange(spec.range);
  return (spec.keys ? source.getAllKeys(range, spec.count) : source.getAll(range, spec.count)) as IDBRequest<unknown[]>;
}

/**
 * The result of one request, its transaction's failure (an aborted read) failing it. An array result is handed on as
 * a copy and the request's own emptied: Chromium keeps a request's result on its wrapper, which the browser holds
 * until a full collection, and a young-generation collection takes what the browser holds as alive, so every row
 * read stayed alive through the scavenges after it, was promoted, and grew the export worker's young generation with
 * the number of rows read (round 19, docs/export-format.md). Emptied, the request holds an empty array and the rows
 * live only as long as the export uses them. The handlers go too (their closures hold the promise's resolvers).
 */
export function requested<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => {
      req.onsuccess = req.onerror = null;
      const result = req.result;
      if (!Array.isArray(result)) return ok(result);
      const own = result.slice() as T;
      result.length = 0;
      ok(own);
    };
    req.onerror = () => {
      req.onsuccess = req.onerror = null;
      fail(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

const storesOf = (specs: ReadSpec[]) => [...new Set(specs.map((s) => s.store))];

/** A batch's reads in `tx`, each one's rows in order (on the export's thread and in a read worker alike). */
const readAll = (tx: IDBTransaction, specs: ReadSpec[]) => Promise.all(specs.map((s) => requested(request(tx, s))));

/** Reads on this thread: a page's batches share one read transaction over `stores`. */
export function directReads(idb: IDBDatabase, stores: string[]): PageReads {
  return () => {
    let tx: IDBTransaction | null = null;
    return (specs) => {
      if (!specs.length) return Promise.resolve([]);
      tx ??= idb.transaction(stores, 'readonly');
      return readAll(tx, specs);
    };
  };
}

/** What the export's thread posts to a read worker, and what it answers. */
/** `buffer`: one the reply's rows are written into when they fit (handed back and forth, below). */
export type ReadRequest = { id: number; db: string; specs: ReadSpec[]; buffer?: ArrayBuffer };
export type ReadReply = { id: number; rows: ArrayBuffer } | { id: number; error: string };

/** The read worker's side of a port (the worker's global scope). */
export interface ReadServerPort {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage(reply: ReadReply, transfer: Transferable[]): void;
}

/** Serves batches of reads on `port` from the database it names, each batch one read transaction. */
export function serveReads(port: ReadServerPort, factory: IDBFactory = indexedDB): void {
  const open = new Map<string, Promise<IDBDatabase>>();
  const database = (name: string) => {
    let db = open.get(name);
    if (!db) {
      db = new Promise<IDBDatabase>((ok, fail) => {
        const req = factory.open(name);
        // Only an existing store is read: a database this would create is no export's.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onsuccess = () => {
          req.result.onversionchange = () => req.result.close();
          ok(req.result);
        };
        req.onerror = () => fail(req.error ?? new Error(`cannot open ${name}`));
      });
      open.set(name, db);
    }
    return db;
  };
  port.onmessage = ({ data }) => {
    const { id, db, specs, buffer: reuse } = data;
    // An empty batch is the export's check that the worker runs: answered without opening anything.
    if (!specs.length) return port.postMessage({ id, rows: encodeRows([]) }, []);
    database(db)
      .then((idb) => readAll(idb.transaction(storesOf(specs), 'readonly'), specs))
      .then((rows) => {
        const buffer = encodeRows(rows, reuse);
        port.postMessage({ id, rows: buffer }, [buffer]);
      })
      .catch((e: unknown) => port.postMessage({ id, error: e instanceof Error ? e.message : String(e) }, []));
  };
}

/** The export's side of a read worker (a Worker, or a stand-in in tests). */
export interface ReadWorkerPort {
  onmessage: ((e: MessageEvent<ReadReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(request: ReadRequest, transfer: Transferable[]): void;
  terminate(): void;
}

interface Reader {
  port: ReadWorkerPort;
  pending: Map<number, { ok: (rows: unknown[][]) => void; fail: (e: Error) => void }>;
  bytes: number;
  retired: boolean;
}

/**
 * Batches read by workers `spawn` starts, from the database named `db`: each worker is retired once the rows it has
 * handed on reach `maxBytes` (terminated when its last batch is answered; the next batch starts a new one). `stop`
 * terminates the one in use (its unanswered batches fail).
 */
export function workerReads(db: string, spawn: () => ReadWorkerPort, maxBytes = READER_BYTES): { batch: Batch; stop(): void } {
  let next = 0;
  let current: Reader | null = null;
  // Buffers the rows came in, handed back with the next requests: a buffer received from another thread is the
  // browser's object (its bytes with it) until a full collection, like a request's result, unless it is passed on.
  const spare: ArrayBuffer[] = [];
  const retire = (r: Reader) => {
    r.retired = true;
    if (!r.pending.size) r.port.terminate();
  };
  const start = (): Reader => {
    const r: Reader = { port: spawn(), pending: new Map(), bytes: 0, retired: false };
    r.port.onmessage = ({ data }) => {
      const waiting = r.pending.get(data.id);
      if (!waiting) return;
      r.pending.delete(data.id);
      if ('error' in data) waiting.fail(new Error(`export read failed: ${data.error}`));
      else {
        r.bytes += data.rows.byteLength;
        waiting.ok(decodeRows(data.rows) as unknown[][]);
        spare.push(data.rows);
      }
      if (r.retired && !r.pending.size) r.port.terminate();
    };
    r.port.onerror = (e) => {
      const error = new Error(`export read worker failed: ${e.message || 'could not start'}`);
      for (const w of r.pending.values()) w.fail(error);
      r.pending.clear();
      retire(r);
      if (current === r) current = null;
    };
    return r;
  };
  const batch: Batch = (specs) => {
    if (current && current.bytes >= maxBytes) {
      retire(current);
      current = null;
    }
    const r = (current ??= start());
    const id = ++next;
    return new Promise((ok, fail) => {
      r.pending.set(id, { ok, fail });
      const buffer = spare.pop();
      r.port.postMessage(buffer ? { id, db, specs, buffer } : { id, db, specs }, buffer ? [buffer] : []);
    });
  };
  return {
    batch,
    stop: () => {
      if (!current) return;
      current.port.terminate();
      for (const w of current.pending.values()) w.fail(new Error('export reads stopped'));
      current = null;
    },
  };
}
