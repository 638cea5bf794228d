// What an export reads, in one pass: the conversations' summary rows in key order, in pages of a few dozen (getAll,
// one read transaction per page, the next page read while this one is written), with their kept export lines
// (src/core/export/kept-lines.ts) and which of them are dirty. A conversation whose kept lines were made from its
// stored events (as many as its summary counts, and not dirty) and hold for the export's options is given with its
// lines only: its events are not read. The others' events are read with the page, over the `conv` index (one range
// for the page when many need them, else one request per conversation), each conversation's in capture order, with
// its kept label rows and redaction spans, so the export takes the labels and spans the background keeps and labels
// or detects only what is stale. Pages hold whole conversations: nothing is read twice. A conversation the export
// leaves out (its sites filter, or a date range the conversation lies wholly outside) is given from its summary row
// alone: neither its kept lines nor its events are read (round 16). The pages are read with
// IndexedDB's own requests on the store's connection, not through
// Dexie: the same requests, without Dexie's promise zones and transaction wrapping around each, which cost the
// export worker 12-15 ms per 1,000 answers of its ~130 (scripts/bench/export-read.ts, export-profile.ts;
// docs/export-format.md, CPU per phase). Pages are small and a page lets go of each conversation once it is handed
// on: the rows still held when the young generation is collected survive it, and V8 grows the young generation by
// the bytes that survive. With pages of 500 rows held whole (round 11) the export worker's heap reached 16 MB at
// 4,000 answers and 60 MB at 20,000 (memory-infra dumps, scripts/bench/export-memory-dumps.ts); with these pages
// 55 MB at 20,000, within the dumps' noise, and 73-77 MB at 100,000, where it levels off (docs/export-format.md,
// Memory of an export): the rows are not what fills it, and smaller pages cost no measurable time.
import type { CaptureEvent } from '../core/events';
import { eventTotal } from '../core/counts';
import { activitySpan } from '../core/export/activity-span';
import type { KeptLines } from '../core/export/kept-lines';
import type { ConversationSpan, ExportSource, SourceConversation } from '../core/export/training-bundle';
import type { ConversationLabelsRow, ConversationRow, EchoDB, ExportLinesRow, RedactionSpansRow, StoredEvent } from './db';
import { labelsCurrent, spansCurrent } from './derived';
import { readCounts } from './summaries';

const PAGE_CONVERSATIONS = 32;
/** What a page reads, in one read transaction (the stores' names as src/store/db.ts declares them). */
const READ_STORES = ['conversations', 'exportLines', 'events', 'conversationLabels', 'redactionSpans', 'dirty'];

type Usable = (kept: KeptLines) => boolean;
type Wanted = (conversation: ConversationSpan) => boolean;

interface Page {
  conversations: SourceConversation[];
  /** The last conversation key of the page, or null when there are no more. */
  next: string | null;
}

/**
 * The result of one request, its transaction's failure (an aborted read) failing it. An array result is handed on as
 * a copy and the request's own emptied: Chromium keeps a request's result on its wrapper, which the browser holds
 * until a full collection, and a young-generation collection takes what the browser holds as alive, so every row
 * read stayed alive through the scavenges after it, was promoted, and grew the export worker's young generation with
 * the number of rows read (round 19, docs/export-format.md). Emptied, the request holds an empty array and the rows
 * live only as long as the export uses them. The handlers go too (their closures hold the promise's resolvers).
 */
function requested<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => {
      req.onsuccess = req.onerror = null;
      const result = req.result;
      if (!Array.isArray(result)) return ok(result);
      const own = result.slice() as T;
      result.length = 0;
      ok(own);
    };
    req.onerror = () => {
      req.onsuccess = req.onerror = null;
      fail(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

interface Computed {
  events: Map<string, StoredEvent[]>;
  labels: Map<string, ConversationLabelsRow>;
  spans: Map<string, RedactionSpansRow>;
}

/**
 * The events, label rows and spans of the conversations `wanted` (in key order): over their whole key range when
 * they are many of the page (one request per store, as before kept lines), else one request each.
 */
async function readComputed(tx: IDBTransaction, wanted: string[], dense: boolean): Promise<Computed> {
  const out: Computed = { events: new Map(), labels: new Map(), spans: new Map() };
  if (!wanted.length) return out;
  const events = tx.objectStore('events').index('conv');
  const labels = tx.objectStore('conversationLabels');
  const spans = tx.objectStore('redactionSpans');
  const take = (rows: StoredEvent[]) => {
    for (const row of rows) {
      const list = out.events.get(row.conv);
      if (list) list.push(row);
      else out.events.set(row.conv, [row]);
    }
  };
  const keyed = <T extends { conv: string }>(map: Map<string, T>) => (rows: (T | undefined)[]) => {
    for (const r of rows) if (r) map.set(r.conv, r);
  };
  if (dense) {
    const range = IDBKeyRange.bound(wanted[0], wanted.at(-1));
    await Promise.all([
      requested(events.getAll(range) as IDBRequest<StoredEvent[]>).then(take),
      requested(labels.getAll(range) as IDBRequest<ConversationLabelsRow[]>).then(keyed(out.labels)),
      requested(spans.getAll(range) as IDBRequest<RedactionSpansRow[]>).then(keyed(out.spans)),
    ]);
    return out;
  }
  await Promise.all(
    wanted.flatMap((conv) => [
      requested(events.getAll(IDBKeyRange.only(conv)) as IDBRequest<StoredEvent[]>).then(take),
      // getAll of one key rather than get: an array, which requested() empties once read.
      requested(labels.getAll(IDBKeyRange.only(conv)) as IDBRequest<ConversationLabelsRow[]>).then(keyed(out.labels)),
      requested(spans.getAll(IDBKeyRange.only(conv)) as IDBRequest<RedactionSpansRow[]>).then(keyed(out.spans)),
    ]),
  );
  return out;
}

async function readPage(
  idb: IDBDatabase,
  after: string | null,
  size: number,
  usable: Usable | undefined,
  wanted: Wanted | undefined,
): Promise<Page> {
  const tx = idb.transaction(READ_STORES, 'readonly');
  const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
  const summaries = await requested(tx.objectStore('conversations').getAll(range, size) as IDBRequest<ConversationRow[]>);
  if (!summaries.length) return { conversations: [], next: null };
  // A conversation the export leaves out (another site, or wholly outside the date range) is handed on as its summary
  // says, for progress: neither its kept lines nor its events are read.
  const written = wanted ? summaries.filter((s) => wanted(s)) : summaries;
  const leftOut = written.length < summaries.length ? new Set(summaries.filter((s) => !written.includes(s))) : null;
  /** Whether a range from `first` to `last` would take in a conversation left out (then each is read on its own). */
  const takesInLeftOut = (first: string, last: string) => !!leftOut && [...leftOut].some((s) => s.key > first && s.key < last);
  const [lines, dirtyKeys] = written.length
    ? await Promise.all([usable ? readKept(tx, written, takesInLeftOut) : [], readDirty(tx, written)])
    : [[], []];
  const dirty = new Set(dirtyKeys);
  const kept = new Map(lines.map((r) => [r.conv, r]));
  const keptFor = (s: ConversationRow): KeptLines | undefined => {
    const row = kept.get(s.key);
    return row && !dirty.has(s.key) && row.stamp.events === eventTotal(s) && usable!(row) ? row : undefined;
  };
  const withKept = written.map((s) => [s, keptFor(s)] as const);
  const needed = withKept.flatMap(([s, k]) => (k ? [] : [s.key]));
  const dense = needed.length * 4 >= summaries.length && !takesInLeftOut(needed[0] ?? '', needed.at(-1) ?? '');
  const computed = await readComputed(tx, needed, dense);
  const byKey = new Map(withKept.map(([s, k]) => [s.key, k] as const));
  const conversations = summaries.flatMap((s): SourceConversation[] => {
    const events = () => eventsOf(idb, s.key);
    if (!byKey.has(s.key)) return [{ key: s.key, site: s.site, firstTs: s.firstTs, lastTs: s.lastTs, events }];
    const k = byKey.get(s.key);
    if (k) return [{ key: s.key, site: k.site, firstTs: k.firstTs, lastTs: k.lastTs, kept: k, events }];
    const rows = computed.events.get(s.key);
    return rows ? [sourceConversation(s.key, rows, computed, dirty.has(s.key))] : [];
  });
  return { conversations, next: summaries.length < size ? null : summaries.at(-1)!.key };
}

/**
 * The kept lines of the conversations `rows` (in key order): one range over them, or one request each when the range
 * would take in conversations left out.
 */
async function readKept(
  tx: IDBTransaction,
  rows: ConversationRow[],
  takesInLeftOut: (first: string, last: string) => boolean,
): Promise<ExportLinesRow[]> {
  const store = tx.objectStore('exportLines');
  if (!takesInLeftOut(rows[0]!.key, rows.at(-1)!.key)) {
    return requested(store.getAll(IDBKeyRange.bound(rows[0]!.key, rows.at(-1)!.key)) as IDBRequest<ExportLinesRow[]>);
  }
  const each = await Promise.all(rows.map((r) => requested(store.getAll(IDBKeyRange.only(r.key)) as IDBRequest<ExportLinesRow[]>)));
  return each.flat();
}

/** Which of the conversations `rows` are dirty (keys only, over their range). */
async function readDirty(tx: IDBTransaction, rows: ConversationRow[]): Promise<string[]> {
  return requested(tx.objectStore('dirty').getAllKeys(IDBKeyRange.bound(rows[0]!.key, rows.at(-1)!.key)) as IDBRequest<string[]>);
}

/** One conversation's events on their own (kept lines the export did not take after all). */
async function eventsOf(idb: IDBDatabase, conv: string): Promise<CaptureEvent[]> {
  const tx = idb.transaction(['events'], 'readonly');
  const rows = await requested(tx.objectStore('events').index('conv').getAll(IDBKeyRange.only(conv)) as IDBRequest<StoredEvent[]>);
  return rows.sort((a, b) => a.seq - b.seq).map((r) => r.event);
}

function sourceConversation(conv: string, rows: StoredEvent[], read: Computed, dirty: boolean): SourceConversation {
  rows.sort((a, b) => a.seq - b.seq);
  const events: CaptureEvent[] = rows.map((r) => r.event);
  const row = read.labels.get(conv);
  const kept = labelsCurrent(row, events.length) && !dirty ? { labels: row.labels! } : {};
  const spans = read.spans.get(conv);
  const keptSpans = spansCurrent(spans, events.length) && !dirty ? { redactionSpans: { version: spans.version, spans: spans.spans } } : {};
  return { key: conv, site: events[0]!.site, ...activitySpan(events), events: () => Promise.resolve(events), ...kept, ...keptSpans };
}

/** Every conversation with events, in key order (the order an export writes them). */
export async function exportSource(db: EchoDB, pageConversations = PAGE_CONVERSATIONS): Promise<ExportSource> {
  const total = (await readCounts(db)).conversations;
  const idb = db.backendDB();
  return {
    total,
    async *conversations(usable?: Usable, wanted?: Wanted) {
      let pending: Promise<Page> | null = readPage(idb, null, pageConversations, usable, wanted);
      while (pending) {
        const page: Page = await pending;
        pending = page.next === null ? null : readPage(idb, page.next, pageConversations, usable, wanted);
        pending?.catch(() => undefined); // an export stopped early never awaits it
        // Shifted out, so a conversation's rows are garbage once it is written, not when the page is.
        for (let c = page.conversations.shift(); c; c = page.conversations.shift()) yield c;
      }
    },
  };
}
