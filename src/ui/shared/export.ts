// Export from an extension page: the training bundle made on the export worker (./export-worker.ts: reads, writes,
// hashes and zips on its own thread, with deflate on a second one), its progress shown here and the finished zip
// downloaded: a disk-backed File of the origin private file system where the worker could write one
// (./export-files.ts), else a Blob. Where the worker cannot be started or does not answer, the page runs the same
// export itself (./export-run.ts, in Blobs). Cancelling asks the worker to stop, which removes its files; a worker
// that does not answer within STOP_MS is terminated and the page removes them. A failed export removes them too, so
// a cancelled or failed export leaves no file; the downloaded zip's are removed GRACE_MS after its download started,
// or by the next export when the page has closed before then.
//
// Why not the File System Access API's save picker: the export runs from the popup, which the browser closes when
// a native dialog takes the focus (and the export with it); a download of the finished file does not. Either way
// (OPFS file, or a Blob rolled from the zip as it was written, which the browser keeps on disk past its in-memory
// budget) no page holds the zip's bytes.
import browser from 'webextension-polyfill';
import type { BundleManifest } from '../../core/export/bundle';
import type { ExportOptions } from '../../core/export/options';
import type { PageStore } from '../../store/api';
import { ExportCancelled, type ExportProgress, runExport, throttled, WORKER_START_MS } from './export-run';
import { GRACE_MS, newRun, removeExportFiles } from './export-files';
import type { ExportReply, ExportRequest } from './export-worker';

export { ExportCancelled, PROGRESS_MS, type ExportProgress } from './export-run';

type Made = { blob: Blob; manifest: BundleManifest; /** The OPFS folder the zip is in, if it is in one. */ run?: string };

/** How long a cancelled worker may take to remove its files before it is terminated. */
const STOP_MS = 5_000;

/** Removes a stopped export's files; a worker's may stay open for a moment after it is terminated. */
async function removeSoon(run: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    if (await removeExportFiles(run).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200 * 2 ** i));
  }
  // left to the next export's sweep
}

/**
 * The export on its worker; null when the worker does not start or says nothing within WORKER_START_MS (the caller
 * then exports in the page). Once it has answered, its failure is the export's.
 */
function onWorker(
  options: ExportOptions,
  version: string,
  report: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<Made> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const run = newRun();
  return new Promise<Made | null>((resolve, reject) => {
    let started = false;
    const end = (then: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      then();
    };
    /** Ends the worker and removes its files (after a failure or a cancel). */
    const stop = (then: () => void) => end(() => (then(), void removeSoon(run)));
    const cancel = () => {
      // The user sees the cancel at once; the worker has STOP_MS to remove its files before it is terminated.
      if (!started) return stop(() => reject(new ExportCancelled()));
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.postMessage({ op: 'cancel' } satisfies ExportRequest);
      worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
        if (data.op === 'cancelled' || data.op === 'error' || data.op === 'done') stop(() => undefined);
      };
      timer = setTimeout(() => stop(() => undefined), STOP_MS);
      reject(new ExportCancelled());
    };
    let timer = setTimeout(() => end(() => resolve(null)), WORKER_START_MS);
    signal?.addEventListener('abort', cancel);
    worker.onerror = (e) => {
      e.preventDefault();
      stop(() => (started ? reject(new Error(`export worker failed: ${e.message}`)) : resolve(null)));
    };
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.op === 'ready') {
        started = true;
        clearTimeout(timer);
        worker.postMessage({ op: 'export', options, version, run } satisfies ExportRequest);
      } else if (data.op === 'progress') report(data.progress);
      else if (data.op === 'done') end(() => resolve({ blob: data.blob, manifest: data.manifest, run }));
      else if (data.op === 'cancelled') stop(() => reject(new ExportCancelled()));
      else stop(() => reject(new Error(data.error)));
    };
  }).then((made) => made ?? Promise.reject(new NoWorker()));
}

class NoWorker extends Error {}

export async function buildExport(
  store: PageStore,
  onProgress: (progress: ExportProgress) => void,
  options: ExportOptions = {},
  signal?: AbortSignal,
): Promise<Made & { filename: string }> {
  const version = browser.runtime.getManifest().version;
  const report = throttled(onProgress);
  if (signal?.aborted) throw new ExportCancelled();
  let made: Made;
  try {
    made = await (onWorker(options, version, report, signal) ?? Promise.reject(new NoWorker()));
  } catch (e) {
    if (!(e instanceof NoWorker)) throw e;
    made = await runExport(store, { options, version, report, ...(signal ? { signal } : {}) });
  }
  const stamp = made.manifest.createdAt.replace(/[:.]/g, '-').slice(0, 19);
  return { ...made, filename: `echo-capture-export-${stamp}.zip` };
}

/**
 * Downloads the export's zip. The URL is revoked, and an OPFS zip's files removed, GRACE_MS later: by then the
 * download has read the file (removing it sooner could cut the download short).
 */
export function download(blob: Blob, filename: string, run?: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    if (run) void removeExportFiles(run);
  }, GRACE_MS);
}
