// Export from an extension page: streams the store through the bundle writer into a Blob and downloads it.
import browser from 'webextension-polyfill';
import { assembleConversation } from '../../core/export/conversations';
import { type BundleManifest, writeBundle } from '../../core/export/bundle';
import { EVENT_SCHEMA_VERSION } from '../../core/events';
import type { EventStore } from '../../store/db';

async function* eventsOf(store: EventStore) {
  for await (const row of store.allEvents()) yield row.event;
}

async function* conversationsOf(store: EventStore) {
  for await (const conv of store.allConversations()) {
    const record = assembleConversation(await store.conversationEvents(conv.key));
    if (record) yield record;
  }
}

export async function buildExport(
  store: EventStore,
  onProgress: (records: number) => void,
): Promise<{ blob: Blob; manifest: BundleManifest; filename: string }> {
  const counts = await store.counts();
  const parts: BlobPart[] = [];
  const manifest = await writeBundle(
    [
      { name: 'events.jsonl', description: 'Raw event log, one CaptureEvent per line, in capture order', records: eventsOf(store) },
      { name: 'conversations.jsonl', description: 'One conversation per line: its message tree with every variant', records: conversationsOf(store) },
    ],
    {
      generator: { name: 'echo-capture', version: browser.runtime.getManifest().version },
      eventSchemaVersion: EVENT_SCHEMA_VERSION,
      counts: { conversations: counts.conversations, prompts: counts.prompts, answers: counts.answers, signals: counts.signals },
    },
    (chunk) => void parts.push(chunk as BlobPart),
    onProgress,
  );
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
