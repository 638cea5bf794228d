// Export from an extension page: the training bundle (events, conversations, labels, samples, stats, dataset
// card, manifest) streamed from the store one conversation at a time into a Blob, then downloaded.
import browser from 'webextension-polyfill';
import { AcceptanceTally, type AcceptanceStats } from '../../core/export/acceptance';
import type { BundleManifest } from '../../core/export/bundle';
import type { ExportOptions } from '../../core/export/options';
import { blobSpool } from '../../core/export/spool';
import { type ExportProgress, type ExportSource, exportTrainingBundle } from '../../core/export/training-bundle';
import { labelEvents } from '../../core/labeller';
import type { EventStore } from '../../store/db';

export type { ExportProgress };

export function storeSource(store: EventStore, total?: number): ExportSource {
  return {
    ...(total !== undefined ? { total } : {}),
    async *conversations() {
      for await (const conv of store.allConversations()) {
        yield { key: conv.key, site: conv.site, firstTs: conv.firstTs, lastTs: conv.lastTs, events: () => store.conversationEvents(conv.key) };
      }
    },
  };
}

export async function buildExport(
  store: EventStore,
  onProgress: (progress: ExportProgress) => void,
  options: ExportOptions = {},
): Promise<{ blob: Blob; manifest: BundleManifest; filename: string }> {
  const counts = await store.counts();
  const version = browser.runtime.getManifest().version;
  const parts: BlobPart[] = [];
  const manifest = await exportTrainingBundle(storeSource(store, counts.conversations), options, (chunk) => void parts.push(chunk as BlobPart), {
    generator: { name: 'echo-capture', version },
    extensionVersion: version,
    spools: blobSpool,
    onProgress,
  });
  const stamp = manifest.createdAt.replace(/[:.]/g, '-').slice(0, 19);
  return { blob: new Blob(parts, { type: 'application/zip' }), manifest, filename: `echo-capture-export-${stamp}.zip` };
}

/** Acceptance over everything captured, labelled one conversation at a time (the popup's summary line). */
export async function acceptanceOf(store: EventStore): Promise<AcceptanceStats> {
  const tally = new AcceptanceTally();
  for await (const conv of store.allConversations()) {
    const events = await store.conversationEvents(conv.key);
    const answers = new Map(events.flatMap((e) => (e.kind === 'response' ? [[e.messageId, e] as const] : [])));
    for (const label of labelEvents(events)) {
      const answer = answers.get(label.messageId);
      if (answer) tally.add(answer.model, answer.ts, label.label);
    }
  }
  return tally.stats();
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
