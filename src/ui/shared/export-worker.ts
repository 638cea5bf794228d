// The export's own thread. The whole export (IndexedDB reads, labels and redaction, serialisation, UTF-8 encoding,
// hashing, zip assembly) ran on the popup's main thread, which was its critical path (0.97 s per 8,000 answers) and
// whose JavaScript heap held the export's garbage; here it runs beside the page, which only starts it, shows its
// progress and downloads the Blob it posts back. Cancelling terminates this worker: its spools go with it and no
// file is made. The worker opens the store itself (IndexedDB is there in workers), so no row crosses a thread.
import { openPageStore } from '../../store/api';
import { runExport, throttled, type ExportProgress } from './export-run';
import type { ExportOptions } from '../../core/export/options';
import type { BundleManifest } from '../../core/export/bundle';

export type ExportRequest = { op: 'export'; options: ExportOptions; version: string };
export type ExportReply =
  | { op: 'ready' }
  | { op: 'progress'; progress: ExportProgress }
  | { op: 'done'; blob: Blob; manifest: BundleManifest }
  | { op: 'error'; error: string };

const post = (reply: ExportReply) => self.postMessage(reply);

self.onmessage = ({ data }: MessageEvent<ExportRequest>) => {
  if (data?.op !== 'export') return; // only the page that started this worker posts to it
  const report = throttled((progress) => post({ op: 'progress', progress }));
  runExport(openPageStore(), { options: data.options, version: data.version, report }).then(
    ({ blob, manifest }) => post({ op: 'done', blob, manifest }),
    (e: unknown) => post({ op: 'error', error: e instanceof Error ? e.message : String(e) }),
  );
};
post({ op: 'ready' });
