// One export from the store to a zip: what the export worker (./export-worker.ts) runs, and what a page runs itself
// where that worker cannot start. The training bundle (src/core/export/training-bundle.ts) is streamed from the
// store in one pass, one conversation at a time; each bundle file's compressed bytes wait in a spool until the zip is
// assembled from them. Where they wait is the run's output: files of the origin private file system in the export
// worker (./export-files.ts: nothing of the zip is held in memory, and the zip downloaded is a disk-backed File), else
// Blobs (the zip rolled into Blobs of a few MB as it is assembled, which the browser keeps on disk once they outgrow
// its in-memory blob budget, but which the renderer holds until the download: they grew with the zip). Files are hashed
// (SHA-256 for the manifest) by the native WebCrypto one bounded part at a time (src/core/export/file-parts.ts) and
// deflated on a second worker (./compress-worker.ts): CompressionStream runs zlib on the thread that writes to it.
import type { BundleManifest } from '../../core/export/bundle';
import { compressClient, type CompressPort } from '../../core/export/compress-service';
import type { CompressorFactory } from '../../core/export/compressor';
import type { ExportOptions } from '../../core/export/options';
import { BlobRoll, blobSpool, type SpoolFactory } from '../../core/export/spool';
import type { ExportProgress as BundleProgress, ExportSource } from '../../core/export/training-bundle';
import type { PageStore, ReadRequest, ReadWorkerPort } from '../../store/api';

/** Conversations read so far (of `total`), and whether the zip is being assembled from the written files. */
export interface ExportProgress extends BundleProgress {
  phase: 'reading' | 'zipping';
}

/** Progress is reported at most this often: a render (or a message) per conversation would cost more than the export. */
export const PROGRESS_MS = 150;

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Throttles progress to one report per PROGRESS_MS, always passing the first and the phase changes. */
export function throttled(onProgress: (p: ExportProgress) => void): (p: ExportProgress) => void {
  let last = -Infinity;
  let phase: ExportProgress['phase'] | null = null;
  return (p) => {
    const now = performance.now();
    if (p.phase === phase && now - last < PROGRESS_MS) return;
    last = now;
    phase = p.phase;
    onProgress(p);
  };
}

/** The source, checking for cancellation before each conversation is read. */
function cancellable(source: ExportSource, signal: AbortSignal | undefined): ExportSource {
  if (!signal) return source;
  return {
    ...source,
    async *conversations(usable, wanted) {
      for await (const conv of source.conversations(usable, wanted)) {
        if (signal.aborted) throw new ExportCancelled();
        yield conv;
      }
    },
  };
}

/** How long a new worker may take to answer before the export does its work without it. */
export const WORKER_START_MS = 10_000;

/**
 * Compressors on a worker thread, so deflate runs beside serialisation; null where a worker cannot be started or does
 * not answer a first empty stream (the export then compresses on its own thread). A worker that fails once it has
 * answered fails the export: no file is downloaded.
 */
async function compressWorker(): Promise<{ compressors: CompressorFactory; stop: () => void } | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./compress-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const client = compressClient(worker as unknown as CompressPort);
  worker.onerror = (e) => client.fail(new Error(`compression worker failed: ${e.message || 'could not start'}`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const silent = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error('no answer')), WORKER_START_MS)));
    await Promise.race([client.compressors(() => undefined).finish(), silent]);
    return { compressors: client.compressors, stop: () => worker.terminate() };
  } catch {
    worker.terminate();
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The export's read workers (src/store/export-reader.ts): a function starting one, the first started and checked
 * here (an empty batch answered within WORKER_START_MS); null where a worker cannot start or does not answer (the
 * export then reads on its own thread). `stop` terminates every one started.
 */
async function readWorkers(): Promise<{ spawn: () => ReadWorkerPort; stop: () => void } | null> {
  const started: Worker[] = [];
  const start = () => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    started.push(worker);
    return worker;
  };
  const stop = () => started.splice(0).forEach((w) => w.terminate());
  let first: Worker;
  try {
    first = start();
  } catch {
    return null;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await new Promise<void>((ok, fail) => {
      timer = setTimeout(() => fail(new Error('no answer')), WORKER_START_MS);
      first.onmessage = () => ok();
      first.onerror = () => fail(new Error('could not start'));
      first.postMessage({ id: 0, db: '', specs: [] } satisfies ReadRequest, []);
    });
  } catch {
    stop();
    return null;
  } finally {
    clearTimeout(timer);
    first.onmessage = first.onerror = null;
  }
  let unused: Worker | null = first;
  const spawn = () => {
    const w = unused ?? start();
    unused = null;
    return w as unknown as ReadWorkerPort;
  };
  return { spawn, stop };
}

/** Where an export's bytes wait and the zip is made: its spools, the zip's sink, then the zip or nothing. */
export interface ExportOutput {
  spools: SpoolFactory;
  sink(chunk: Uint8Array): void;
  finish(): Promise<Blob>;
  /** Drops everything written (cancel, failure). */
  discard(): void | Promise<void>;
}

/** The output in Blobs (see the top of this file). */
export function blobOutput(): ExportOutput {
  const roll = new BlobRoll();
  return {
    spools: blobSpool,
    sink: (chunk) => roll.write(chunk),
    finish: () => Promise.resolve(new Blob(roll.blobs() as Blob[], { type: 'application/zip' })),
    discard: () => roll.clear(),
  };
}

export interface ExportRun {
  options: ExportOptions;
  /** The extension's version, for the manifest. */
  version: string;
  /** Called for every conversation: callers throttle (see throttled). */
  report: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Blobs (blobOutput) unless given. */
  output?: ExportOutput;
}

/**
 * The bundle of everything in `store` as a zip; throws ExportCancelled once `signal` aborts. A cancelled or failed
 * export discards its output: it leaves no file.
 */
export async function runExport(store: PageStore, run: ExportRun): Promise<{ blob: Blob; manifest: BundleManifest }> {
  const { options, version, report, signal } = run;
  const output = run.output ?? blobOutput();
  let reading: Awaited<ReturnType<typeof readWorkers>> = null;
  try {
    let read: BundleProgress = { conversations: 0, records: 0 };
    reading = await readWorkers();
    const { source, decisions } = await store.exportInput(reading?.spawn);
    if (source.total !== undefined) read.total = source.total;
    report({ ...read, phase: 'reading' });
    // Loaded on export, not on paint. The bundle writer loads the computing path and the redaction engine (phone
    // metadata, secret rules) only for a conversation without current kept lines (round 17).
    const { exportTrainingBundle } = await import('../../core/export/training-bundle');
    if (signal?.aborted) throw new ExportCancelled();
    const compressing = await compressWorker();
    const sink = (chunk: Uint8Array) => {
      if (signal?.aborted) throw new ExportCancelled();
      report({ ...read, phase: 'zipping' });
      output.sink(chunk);
    };
    const manifest = await exportTrainingBundle(cancellable(source, signal), options, sink, {
      generator: { name: 'echo-capture', version },
      extensionVersion: version,
      spools: output.spools,
      ...(compressing ? { compressors: compressing.compressors } : {}),
      onProgress: (p) => {
        read = p;
        report({ ...p, phase: 'reading' });
      },
      // What the user decided in review: excluded, relabelled, redacted (docs/review-decisions.md).
      decisions,
    }).finally(() => compressing?.stop());
    if (signal?.aborted) throw new ExportCancelled();
    return { blob: await output.finish(), manifest };
  } catch (e) {
    await output.discard();
    throw e;
  } finally {
    reading?.stop();
  }
}
