// What an export reads, in one pass: the events over the `conv` index in pages of a few hundred rows (getAll, one
// read transaction per page, the next page read while this one is written), grouped by conversation as they come,
// each conversation's events in capture order. A page ends on a whole conversation: the partial one at its end is
// read again with the next page. With each page come the conversations' kept label rows and redaction spans and
// which of them are dirty, so the export takes the labels and spans the background keeps and labels or detects
// only what is stale. The pages are read with IndexedDB's own requests on the store's connection, not through
// Dexie: the same requests, without Dexie's promise zones and transaction wrapping around each, which cost the
// export worker 12-15 ms per 1,000 answers of its ~130 (scripts/bench/export-read.ts, export-profile.ts;
// docs/export-format.md, CPU per phase). Pages are small and a page lets go of each conversation once it is handed
// on: the rows still held when the young generation is collected survive it, and V8 grows the young generation by
// the bytes that survive. With pages of 500 rows held whole (round 11) the export worker's heap reached 16 MB at
// 4,000 answers and 60 MB at 20,000 (memory-infra dumps, scripts/bench/export-memory-dumps.ts); with these pages
// 55 MB at 20,000, within the dumps' noise, and 73-77 MB at 100,000, where it levels off (docs/export-format.md,
// Memory of an export): the rows are not what fills it, and smaller pages cost no measurable time.
import type { CaptureEvent } from '../core/events';
import type { ExportSource, SourceConversation } from '../core/export/training-bundle';
import type { ConversationLabelsRow, EchoDB, RedactionSpansRow, StoredEvent } from './db';
import { labelsCurrent, spansCurrent } from './derived';
import { readCounts } from './summaries';

const PAGE_ROWS = 100;
/** What a page reads, in one read transaction (the stores' names as src/store/db.ts declares them). */
const READ_STORES = ['events', 'conversationLabels', 'redactionSpans', 'dirty'];

interface Page {
  groups: StoredEvent[][];
  labels: Map<string, ConversationLabelsRow>;
  spans: Map<string, RedactionSpansRow>;
  dirty: Set<string>;
  /** The last conversation key read whole, or null when the log is exhausted. */
  next: string | null;
}

/** The result of one request, its transaction's failure (an aborted read) failing it. */
function requested<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function readPage(idb: IDBDatabase, after: string, size: number): Promise<Page> {
  const tx = idb.transaction(READ_STORES, 'readonly');
  for (let limit = size; ; limit *= 2) {
    const read = tx.objectStore('events').index('conv').getAll(IDBKeyRange.lowerBound(after, true), limit);
    const rows = await requested(read as IDBRequest<StoredEvent[]>);
    const groups: StoredEvent[][] = [];
    for (const row of rows) {
      const last = groups.at(-1);
      if (last && last[0]!.conv === row.conv) last.push(row);
      else groups.push([row]);
    }
    const exhausted = rows.length < limit;
    if (!exhausted) groups.pop(); // may continue past the page
    if (!groups.length && !exhausted) continue; // one conversation larger than the page: read more at once
    if (!groups.length) return { groups, labels: new Map(), spans: new Map(), dirty: new Set(), next: null };
    const first = groups[0]![0]!.conv;
    const last = groups.at(-1)![0]!.conv;
    const keys = IDBKeyRange.bound(first, last);
    const [labels, spans, dirty] = await Promise.all([
      requested(tx.objectStore('conversationLabels').getAll(keys) as IDBRequest<ConversationLabelsRow[]>),
      requested(tx.objectStore('redactionSpans').getAll(keys) as IDBRequest<RedactionSpansRow[]>),
      requested(tx.objectStore('dirty').getAllKeys(keys) as IDBRequest<string[]>),
    ]);
    return {
      groups,
      labels: new Map(labels.map((r) => [r.conv, r])),
      spans: new Map(spans.map((r) => [r.conv, r])),
      dirty: new Set(dirty),
      next: exhausted ? null : last,
    };
  }
}

function sourceConversation(rows: StoredEvent[], page: Page): SourceConversation {
  rows.sort((a, b) => a.seq - b.seq);
  const events: CaptureEvent[] = rows.map((r) => r.event);
  const conv = rows[0]!.conv;
  let firstTs = events[0]!.ts;
  let lastTs = firstTs;
  for (const e of events) {
    if (e.ts < firstTs) firstTs = e.ts;
    if (e.ts > lastTs) lastTs = e.ts;
  }
  const row = page.labels.get(conv);
  const dirty = page.dirty.has(conv);
  page.labels.delete(conv);
  const kept = labelsCurrent(row, events.length) && !dirty ? { labels: row.labels! } : {};
  const spans = page.spans.get(conv);
  page.spans.delete(conv);
  const keptSpans = spansCurrent(spans, events.length) && !dirty ? { redactionSpans: { version: spans.version, spans: spans.spans } } : {};
  return { key: conv, site: events[0]!.site, firstTs, lastTs, events: () => Promise.resolve(events), ...kept, ...keptSpans };
}

/** Every conversation with events, in key order (the order an export writes them). */
export async function exportSource(db: EchoDB, pageRows = PAGE_ROWS): Promise<ExportSource> {
  const total = (await readCounts(db)).conversations;
  const idb = db.backendDB();
  return {
    total,
    async *conversations() {
      let pending: Promise<Page> | null = readPage(idb, '', pageRows);
      while (pending) {
        const page: Page = await pending;
        pending = page.next === null ? null : readPage(idb, page.next, pageRows);
        pending?.catch(() => undefined); // an export stopped early never awaits it
        // Shifted out, so a conversation's rows are garbage once it is written, not when the page is.
        for (let rows = page.groups.shift(); rows; rows = page.groups.shift()) yield sourceConversation(rows, page);
      }
    },
  };
}
