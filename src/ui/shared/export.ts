// Export from an extension page: the training bundle made on the export worker (./export-worker.ts: reads, writes,
// hashes and zips on its own thread, with deflate on a second one), its progress shown here and the finished zip
// Blob downloaded. Where the worker cannot be started or does not answer, the page runs the same export itself
// (./export-run.ts). Cancelling terminates the worker (or aborts the page's run at the next conversation or zip
// chunk): its spools are dropped and nothing is downloaded, so a cancelled or failed export leaves no file.
//
// Why not the File System Access API's save picker: the export runs from the popup, which the browser closes when
// a native dialog takes the focus (and the export with it); a download of the finished Blob does not. The Blob's
// parts are the Blobs the zip was rolled into as it was written, which the browser keeps on disk past its
// in-memory budget: no page holds the zip's bytes.
import browser from 'webextension-polyfill';
import type { BundleManifest } from '../../core/export/bundle';
import type { ExportOptions } from '../../core/export/options';
import type { PageStore } from '../../store/api';
import { ExportCancelled, type ExportProgress, runExport, throttled, WORKER_START_MS } from './export-run';
import type { ExportReply, ExportRequest } from './export-worker';

export { ExportCancelled, PROGRESS_MS, type ExportProgress } from './export-run';

type Made = { blob: Blob; manifest: BundleManifest };

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
  return new Promise<Made | null>((resolve, reject) => {
    let started = false;
    const end = (then: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      then();
    };
    const cancel = () => end(() => reject(new ExportCancelled()));
    const timer = setTimeout(() => end(() => resolve(null)), WORKER_START_MS);
    signal?.addEventListener('abort', cancel);
    worker.onerror = (e) => {
      e.preventDefault();
      end(() => (started ? reject(new Error(`export worker failed: ${e.message}`)) : resolve(null)));
    };
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.op === 'ready') {
        started = true;
        clearTimeout(timer);
        worker.postMessage({ op: 'export', options, version } satisfies ExportRequest);
      } else if (data.op === 'progress') report(data.progress);
      else if (data.op === 'done') end(() => resolve({ blob: data.blob, manifest: data.manifest }));
      else end(() => reject(new Error(data.error)));
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
