// Export from an extension page: the training bundle (events, conversations, labels, samples, stats, dataset
// card, manifest) streamed from the store one conversation at a time into a Blob, then downloaded.
import browser from 'webextension-polyfill';
import type { BundleManifest } from '../../core/export/bundle';
import type { ExportOptions } from '../../core/export/options';
import { blobSpool } from '../../core/export/spool';
import type { ExportProgress } from '../../core/export/training-bundle';
import type { PageStore } from '../../store/api';

export type { ExportProgress };

export async function buildExport(
  store: PageStore,
  onProgress: (progress: ExportProgress) => void,
  options: ExportOptions = {},
): Promise<{ blob: Blob; manifest: BundleManifest; filename: string }> {
  const version = browser.runtime.getManifest().version;
  const { source, decisions } = await store.exportInput();
  const parts: BlobPart[] = [];
  // The bundle writer pulls in the redaction engine (phone metadata, secret rules): loaded on export, not on paint.
  const { exportTrainingBundle } = await import('../../core/export/training-bundle');
  const manifest = await exportTrainingBundle(source, options, (chunk) => void parts.push(chunk as BlobPart), {
    generator: { name: 'echo-capture', version },
    extensionVersion: version,
    spools: blobSpool,
    onProgress,
    // What the user decided in review: excluded, relabelled, redacted (docs/review-decisions.md).
    decisions,
  });
  const stamp = manifest.createdAt.replace(/[:.]/g, '-').slice(0, 19);
  return { blob: new Blob(parts, { type: 'application/zip' }), manifest, filename: `echo-capture-export-${stamp}.zip` };
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
