// Export from an extension page: the training bundle (events, conversations, labels, samples, stats, dataset
// card, manifest) streamed from the store one conversation at a time into a Blob, then downloaded.
import browser from 'webextension-polyfill';
import { AcceptanceTally, type AcceptanceStats } from '../../core/export/acceptance';
import type { BundleManifest } from '../../core/export/bundle';
import type { ExportOptions } from '../../core/export/options';
import { blobSpool } from '../../core/export/spool';
import type { ExportProgress, ExportSource } from '../../core/export/training-bundle';
import { labelEvents } from '../../core/labeller';
import type { AnswerLabel } from '../../core/labeller';
import { loadReviewDecisions } from '../../store/review-decisions';
import type { ConversationRow, EventStore } from '../../store/db';

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
  // The bundle writer pulls in the redaction engine (phone metadata, secret rules): loaded on export, not on paint.
  const { exportTrainingBundle } = await import('../../core/export/training-bundle');
  const manifest = await exportTrainingBundle(storeSource(store, counts.conversations), options, (chunk) => void parts.push(chunk as BlobPart), {
    generator: { name: 'echo-capture', version },
    extensionVersion: version,
    spools: blobSpool,
    onProgress,
    // What the user decided in review: excluded, relabelled, redacted (docs/review-decisions.md).
    decisions: await loadReviewDecisions(store),
  });
  const stamp = manifest.createdAt.replace(/[:.]/g, '-').slice(0, 19);
  return { blob: new Blob(parts, { type: 'application/zip' }), manifest, filename: `echo-capture-export-${stamp}.zip` };
}

type LabelledAnswer = [model: string | undefined, ts: string, label: AnswerLabel['label']];
interface AcceptanceCacheRow {
  /** How many events the conversation had when it was labelled: a different count means relabel. */
  events: number;
  answers: LabelledAnswer[];
}
const CACHE_PAGE = 500;

/**
 * Acceptance over everything captured (the popup's summary line). Labels are a pure function of a conversation's
 * events, so each conversation's labelled answers are cached (in the store's derived `meta` table) with its event
 * count, and only conversations that changed since are labelled again: opening the popup stays cheap at 100k answers.
 */
export async function acceptanceOf(store: EventStore): Promise<AcceptanceStats> {
  const tally = new AcceptanceTally();
  let page: ConversationRow[] = [];
  const flush = async () => {
    const keys = page.map((c) => `acceptance:${c.key}`);
    const cached = await store.db.meta.bulkGet(keys);
    const fresh: { key: string; value: AcceptanceCacheRow }[] = [];
    for (const [i, conv] of page.entries()) {
      const count = conv.prompts + conv.answers + conv.signals;
      let row = cached[i]?.value as AcceptanceCacheRow | undefined;
      if (!row || row.events !== count) {
        const events = await store.conversationEvents(conv.key);
        const answers = new Map(events.flatMap((e) => (e.kind === 'response' ? [[e.messageId, e] as const] : [])));
        row = { events: count, answers: [] };
        for (const label of labelEvents(events)) {
          const answer = answers.get(label.messageId);
          if (answer) row.answers.push([answer.model, answer.ts, label.label]);
        }
        fresh.push({ key: keys[i]!, value: row });
      }
      for (const [model, ts, label] of row.answers) tally.add(model, ts, label);
    }
    if (fresh.length) await store.db.meta.bulkPut(fresh);
    page = [];
    if (fresh.length) await new Promise((r) => setTimeout(r, 0)); // let the page paint between labelling batches
  };
  for await (const conv of store.allConversations()) {
    page.push(conv);
    if (page.length >= CACHE_PAGE) await flush();
  }
  await flush();
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
