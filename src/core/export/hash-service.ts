// SHA-256 of bundle files computed on another thread, beside serialisation. Hashing every byte was the largest
// single cost of an export (27 % of its CPU time at 8,000 answers: hundreds of MB at 100,000 answers through an
// incremental SHA-256, since WebCrypto only hashes whole buffers). The page posts each flushed chunk (a copy: the
// page reuses its buffer) to a worker, which feeds one incremental hasher per file and answers each chunk once it
// has been hashed; the writer waits for that answer before it fills the same buffer again, so at most a few chunks
// are in flight and memory stays bounded whatever the worker's speed. Digests are of the whole files, so a bundle
// still checks with `sha256sum`. The protocol runs over any message port (a Web Worker, a Node worker_threads
// Worker, a MessageChannel in tests): src/ui/shared/hash-worker.ts serves it in the extension.
// Types only: the page's side loads no hasher (hash-wasm stays out of the popup's bundle).
import type { FileHasher, HasherFactory } from './file-hasher';

/** The part of a Worker / MessagePort both ends use. */
export interface HashPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

type Sent = { file: number; op: 'update'; data: Uint8Array } | { file: number; op: 'digest' };
type Request = Sent & { n: number };
type Reply = { n: number; hex?: string; error?: string };

function isRequest(m: unknown): m is Request {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  if (!Number.isSafeInteger(r.n) || !Number.isSafeInteger(r.file)) return false;
  return (r.op === 'update' && r.data instanceof Uint8Array) || r.op === 'digest';
}

function isReply(m: unknown): m is Reply {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return Number.isSafeInteger(r.n) && (r.hex === undefined || typeof r.hex === 'string') && (r.error === undefined || typeof r.error === 'string');
}

/** The worker's side: one incremental hasher per file id, dropped once its digest is sent. */
export function serveHashes(port: HashPort, hashers: HasherFactory): void {
  const files = new Map<number, Promise<FileHasher>>();
  /** Files a chunk of which could not be hashed: they get no digest, which fails the export. */
  const broken = new Set<number>();
  // Messages are handled in arrival order: each waits for the one before (creating a hasher is asynchronous).
  let queue: Promise<void> = Promise.resolve();
  port.onmessage = ({ data }) => {
    queue = queue.then(async () => {
      if (!isRequest(data)) return; // nothing else posts to this port; a malformed message has no one to answer
      try {
        let hasher = files.get(data.file);
        if (!hasher) files.set(data.file, (hasher = hashers()));
        if (broken.has(data.file)) throw new Error('an earlier chunk of this file was not hashed');
        if (data.op === 'update') {
          await (await hasher).update(data.data);
          port.postMessage({ n: data.n } satisfies Reply);
        } else {
          files.delete(data.file);
          port.postMessage({ n: data.n, hex: await (await hasher).hex() } satisfies Reply);
        }
      } catch (e) {
        if (data.op === 'update') broken.add(data.file);
        else {
          broken.delete(data.file);
          files.delete(data.file);
        }
        port.postMessage({ n: data.n, error: e instanceof Error ? e.message : String(e) } satisfies Reply);
      }
    });
  };
}

export interface HashClient {
  /** Makes hashers whose work is done at the other end of the port. */
  hashers: HasherFactory;
  /** Fails every pending request (the worker died): the export fails rather than writing a wrong manifest. */
  fail(error: Error): void;
}

/** The page's side: each hasher's update resolves when the other end has hashed the chunk. */
export function hashClient(port: HashPort): HashClient {
  const pending = new Map<number, { ok: (r: Reply) => void; fail: (e: Error) => void }>();
  let next = 0;
  let nextFile = 0;
  let failure: Error | null = null;
  port.onmessage = ({ data }) => {
    if (!isReply(data)) return;
    const waiter = pending.get(data.n);
    if (!waiter) return;
    pending.delete(data.n);
    if (data.error !== undefined) waiter.fail(new Error(`hashing failed: ${data.error}`));
    else waiter.ok(data);
  };
  const request = (message: Sent): Promise<Reply> => {
    if (failure) return Promise.reject(failure);
    const n = next++;
    return new Promise<Reply>((ok, fail) => {
      pending.set(n, { ok, fail });
      // The chunk is copied once, exactly (cloning a view would copy its whole buffer) and the copy handed over:
      // the caller may refill its buffer at once, and the copy is released once the worker has hashed it.
      if (message.op === 'update') {
        const copy = message.data.slice();
        port.postMessage({ ...message, data: copy, n }, [copy.buffer]);
      } else port.postMessage({ ...message, n });
    });
  };
  return {
    hashers: () => {
      const file = nextFile++;
      return Promise.resolve({
        update: async (data: Uint8Array) => void (await request({ file, op: 'update', data })),
        hex: async () => {
          const reply = await request({ file, op: 'digest' });
          if (typeof reply.hex !== 'string' || !/^[0-9a-f]{64}$/.test(reply.hex)) throw new Error('hashing failed: no digest');
          return reply.hex;
        },
      });
    },
    fail(error) {
      failure = error;
      for (const waiter of pending.values()) waiter.fail(error);
      pending.clear();
    },
  };
}
