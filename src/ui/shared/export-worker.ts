// The export's own thread. The whole export (IndexedDB reads, labels and redaction, serialisation, UTF-8 encoding,
// hashing, zip assembly) ran on the popup's main thread, which was its critical path (0.97 s per 8,000 answers) and
// whose JavaScript heap held the export's garbage; here it runs beside the page, which only starts it, shows its
// progress and downloads the zip it posts back. The worker opens the store itself (IndexedDB is there in workers), so
// no row crosses a thread. The zip and the spools it is made from are files of the origin private file system
// (./export-files.ts), written as they are made, so none of its bytes wait in memory; where those files cannot be
// opened, in Blobs. Cancelling aborts the run at its next conversation or zip chunk, which removes its files before
// the worker answers (the page terminates a worker that does not answer, then removes them itself).
import { openPageStore } from '../../store/api';
import { ExportCancelled, runExport, throttled, type ExportProgress } from './export-run';
import { openExportFiles, sweepExportFiles } from './export-files';
import type { ExportOptions } from '../../core/export/options';
import type { BundleManifest } from '../../core/export/bundle';

/** `run`: the name of the export's folder of files (./export-files.ts newRun). */
export type ExportRequest = { op: 'export'; options: ExportOptions; version: string; run: string } | { op: 'cancel' };
export type ExportReply =
  | { op: 'ready' }
  | { op: 'progress'; progress: ExportProgress }
  | { op: 'done'; blob: Blob; manifest: BundleManifest }
  | { op: 'cancelled' }
  | { op: 'error'; error: string };

const post = (reply: ExportReply) => self.postMessage(reply);
const abort = new AbortController();

async function run(options: ExportOptions, version: string, name: string): Promise<void> {
  await sweepExportFiles().catch(() => undefined); // what a crashed or closed export left behind
  const files = await openExportFiles(name);
  const report = throttled((progress) => post({ op: 'progress', progress }));
  const made = await runExport(openPageStore(), {
    options,
    version,
    report,
    signal: abort.signal,
    ...(files ? { output: files } : {}),
  });
  post({ op: 'done', blob: made.blob, manifest: made.manifest });
}

self.onmessage = ({ data }: MessageEvent<ExportRequest>) => {
  // only the page that started this worker posts to it
  if (data?.op === 'cancel') abort.abort();
  if (data?.op !== 'export') return;
  run(data.options, data.version, data.run).catch((e: unknown) =>
    post(e instanceof ExportCancelled ? { op: 'cancelled' } : { op: 'error', error: e instanceof Error ? e.message : String(e) }),
  );
};
post({ op: 'ready' });
