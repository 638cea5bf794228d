// Export from an extension page: the training bundle (events, conversations, labels, samples, stats, dataset
// card, manifest) streamed from the store in one pass, one conversation at a time, then downloaded. The page's
// memory stays flat in the number of answers: each bundle file's compressed bytes wait in Blobs (src/core/export/
// spool.ts) and the zip is rolled into Blobs of a few MB as it is assembled, which the browser keeps on disk once
// they outgrow its in-memory blob budget; only the finished zip is handed to the download. Progress is reported
// at most every PROGRESS_MS; an AbortSignal cancels at the next conversation or zip chunk, the spools are dropped
// and nothing is downloaded, so a cancelled or failed export leaves no file. Files are hashed (SHA-256 for the
// manifest) by the browser's native WebCrypto, one bounded part at a time (src/core/export/file-parts.ts); the
// hashing worker of round 7 is gone with the WebAssembly hasher it ran (it cost the popup 50-90 MB resident).
// Files are deflated on a worker thread (src/ui/shared/compress-worker.ts): the browser's CompressionStream runs
// zlib on the thread that writes to it, which was a sixth of the page's export time.
//
// Why not the File System Access API's save picker: the export runs from the popup, which the browser closes when
// a native dialog takes the focus (and the export with it); a download of the finished Blob does not.
import browser from 'webextension-polyfill';
import type { BundleManifest } from '../../core/export/bundle';
import { compressClient, type CompressPort } from '../../core/export/compress-service';
import type { CompressorFactory } from '../../core/export/compressor';
import type { ExportOptions } from '../../core/export/options';
import { BlobRoll, blobSpool } from '../../core/export/spool';
import type { ExportProgress as BundleProgress, ExportSource } from '../../core/export/training-bundle';
import type { PageStore } from '../../store/api';

/** Conversations read so far (of `total`), and whether the zip is being assembled from the written files. */
export interface ExportProgress extends BundleProgress {
  phase: 'reading' | 'zipping';
}

/** Progress is shown at most this often: a render per conversation would cost more than the export itself. */
export const PROGRESS_MS = 150;

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Throttles progress to one report per PROGRESS_MS, always passing the first and the phase changes. */
function throttled(onProgress: (p: ExportProgress) => void): (p: ExportProgress) => void {
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
    async *conversations() {
      for await (const conv of source.conversations()) {
        if (signal.aborted) throw new ExportCancelled();
        yield conv;
      }
    },
  };
}

/** The zip's bytes rolled into Blobs as they come, so the page holds at most a few MB of them at a time. */
function blobSink(signal: AbortSignal | undefined, onChunk: () => void) {
  const roll = new BlobRoll();
  return {
    write(chunk: Uint8Array) {
      if (signal?.aborted) throw new ExportCancelled();
      onChunk();
      roll.write(chunk);
    },
    blob: (): Blob => new Blob(roll.blobs() as Blob[], { type: 'application/zip' }),
  };
}

/** How long a new compression worker may take to answer its first, empty stream before the page compresses itself. */
const WORKER_START_MS = 10_000;

/**
 * Compressors on a worker thread, so deflate runs beside serialisation; null where a worker cannot be started or does
 * not answer a first empty stream (the export then compresses in the page, as before). A worker that fails once it
 * has answered fails the export: no file is downloaded.
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

export async function buildExport(
  store: PageStore,
  onProgress: (progress: ExportProgress) => void,
  options: ExportOptions = {},
  signal?: AbortSignal,
): Promise<{ blob: Blob; manifest: BundleManifest; filename: string }> {
  const version = browser.runtime.getManifest().version;
  const report = throttled(onProgress);
  let read: BundleProgress = { conversations: 0, records: 0 };
  const { source, decisions } = await store.exportInput();
  if (source.total !== undefined) read.total = source.total;
  report({ ...read, phase: 'reading' });
  const sink = blobSink(signal, () => report({ ...read, phase: 'zipping' }));
  // The bundle writer pulls in the redaction engine (phone metadata, secret rules): loaded on export, not on paint.
  const { exportTrainingBundle } = await import('../../core/export/training-bundle');
  if (signal?.aborted) throw new ExportCancelled();
  const compressing = await compressWorker();
  const manifest = await exportTrainingBundle(cancellable(source, signal), options, (chunk) => sink.write(chunk), {
    generator: { name: 'echo-capture', version },
    extensionVersion: version,
    spools: blobSpool,
    ...(compressing ? { compressors: compressing.compressors } : {}),
    onProgress: (p) => {
      read = p;
      report({ ...p, phase: 'reading' });
    },
    // What the user decided in review: excluded, relabelled, redacted (docs/review-decisions.md).
    decisions,
  }).finally(() => compressing?.stop());
  if (signal?.aborted) throw new ExportCancelled();
  const stamp = manifest.createdAt.replace(/[:.]/g, '-').slice(0, 19);
  return { blob: sink.blob(), manifest, filename: `echo-capture-export-${stamp}.zip` };
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
