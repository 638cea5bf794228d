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
// IndexedDB's own requests, on the store's connection or, in the popup's export, in a read worker replaced every few
// MB of rows (./export-reader.ts, round 21: what Chromium keeps of each finished read goes with it), not through
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
import { type Batch, directReads, type KeyRange, type PageReads, type ReadSpec } from './export-reader';
import { readCounts } from './summaries';

export const PAGE_CONVERSATIONS = 32;
/** What a page reads, in one read transaction on this thread (the stores' names as src/store/db.ts declares them). */
export const READ_STORES = ['conversations', 'exportLines', 'events', 'conversationLabels', 'redactionSpans', 'dirty'];

type Usable = (kept: KeptLines) => boolean;
type Wanted = (conversation: ConversationSpan) => boolean;

interface Page {
  conversations: SourceConversation[];
  /** The last conversation key of the page, or null when there are no more. */
  next: string | null;
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
async function readComputed(batch: Batch, wanted: string[], dense: boolean): Promise<Computed> {
  const out: Computed = { events: new Map(), labels: new Map(), spans: new Map() };
  if (!wanted.length) return out;
  const take = (rows: StoredEvent[]) => {
    for (const row of rows) {
      const list = out.events.get(row.conv);
      if (list) list.push(row);
      else out.events.set(row.conv, [row]);
    }
  };
  const keyed = <T extends { conv: string }>(map: Map<string, T>, rows: (T | undefined)[]) => {
    for (const r of rows) if (r) map.set(r.conv, r);
  };
  // getAll of one key rather than get: an array, which requested() empties once read.
  const ranges: KeyRange[] = dense ? [{ lower: wanted[0]!, upper: wanted.at(-1)! }] : wanted.map((conv) => ({ only: conv }));
  const specs = ranges.flatMap((range): ReadSpec[] => [
    { store: 'events', index: 'conv', range },
    { store: 'conversationLabels', range },
    { store: 'redactionSpans', range },
  ]);
  const rows = await batch(specs);
  for (let i = 0; i < rows.length; i += 3) {
    take(rows[i] as StoredEvent[]);
    keyed(out.labels, rows[i + 1] as ConversationLabelsRow[]);
    keyed(out.spans, rows[i + 2] as RedactionSpansRow[]);
  }
  return out;
}

async function readPage(
  reads: PageReads,
  after: string | null,
  size: number,
  usable: Usable | undefined,
  wanted: Wanted | undefined,
): Promise<Page> {
  const batch = reads();
  const range: KeyRange | undefined = after === null ? undefined : { lower: after, lowerOpen: true };
  const [first] = await batch([{ store: 'conversations', ...(range ? { range } : {}), count: size }]);
  const summaries = first as ConversationRow[];
  if (!summaries.length) return { conversations: [], next: null };
  // A conversation the export leaves out (another site, or wholly outside the date range) is handed on as its summary
  // says, for progress: neither its kept lines nor its events are read.
  const written = wanted ? summaries.filter((s) => wanted(s)) : summaries;
  const leftOut = written.length < summaries.length ? new Set(summaries.filter((s) => !written.includes(s))) : null;
  /** Whether a range from `first` to `last` would take in a conversation left out (then each is read on its own). */
  const takesInLeftOut = (first: string, last: string) => !!leftOut && [...leftOut].some((s) => s.key > first && s.key < last);
  const [lines, dirtyKeys] = written.length ? await readKeptAndDirty(batch, written, !!usable, takesInLeftOut) : [[], []];
  const dirty = new Set(dirtyKeys);
  const kept = new Map(lines.map((r) => [r.conv, r]));
  const keptFor = (s: ConversationRow): KeptLines | undefined => {
    const row = kept.get(s.key);
    return row && !dirty.has(s.key) && row.stamp.events === eventTotal(s) && usable!(row) ? row : undefined;
  };
  const withKept = written.map((s) => [s, keptFor(s)] as const);
  const needed = withKept.flatMap(([s, k]) => (k ? [] : [s.key]));
  const dense = needed.length * 4 >= summaries.length && !takesInLeftOut(needed[0] ?? '', needed.at(-1) ?? '');
  const computed = await readComputed(batch, needed, dense);
  const byKey = new Map(withKept.map(([s, k]) => [s.key, k] as const));
  const conversations = summaries.flatMap((s): SourceConversation[] => {
    const events = () => eventsOf(reads(), s.key);
    if (!byKey.has(s.key)) return [{ key: s.key, site: s.site, firstTs: s.firstTs, lastTs: s.lastTs, events }];
    const k = byKey.get(s.key);
    if (k) return [{ key: s.key, site: k.site, firstTs: k.firstTs, lastTs: k.lastTs, kept: k, events }];
    const rows = computed.events.get(s.key);
    return rows ? [sourceConversation(s.key, rows, computed, dirty.has(s.key))] : [];
  });
  return { conversations, next: summaries.length < size ? null : summaries.at(-1)!.key };
}

/**
 * The kept lines of the conversations `rows` (in key order; none unless `kept`) and which of them are dirty (keys
 * only, over their range), in one batch: the lines over one range, or one request each when the range would take
 * in conversations left out.
 */
async function readKeptAndDirty(
  batch: Batch,
  rows: ConversationRow[],
  kept: boolean,
  takesInLeftOut: (first: string, last: string) => boolean,
): Promise<[ExportLinesRow[], string[]]> {
  const all: KeyRange = { lower: rows[0]!.key, upper: rows.at(-1)!.key };
  const lines: ReadSpec[] = !kept
    ? []
    : takesInLeftOut(rows[0]!.key, rows.at(-1)!.key)
      ? rows.map((r) => ({ store: 'exportLines', range: { only: r.key } }))
      : [{ store: 'exportLines', range: all }];
  const read = await batch([...lines, { store: 'dirty', range: all, keys: true }]);
  const dirty = read.pop() as string[];
  return [(read as ExportLinesRow[][]).flat(), dirty];
}

/** One conversation's events on their own (kept lines the export did not take after all). */
async function eventsOf(batch: Batch, conv: string): Promise<CaptureEvent[]> {
  const [rows] = (await batch([{ store: 'events', index: 'conv', range: { only: conv } }])) as StoredEvent[][];
  return rows!.sort((a, b) => a.seq - b.seq).map((r) => r.event);
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

/**
 * Every conversation with events, in key order (the order an export writes them). `reads`: where the reads run
 * (./export-reader.ts), this thread's one transaction a page unless given.
 */
export async function exportSource(
  db: EchoDB,
  pageConversations = PAGE_CONVERSATIONS,
  given?: PageReads,
): Promise<ExportSource> {
  const total = (await readCounts(db)).conversations;
  // After that read, which opens the store: a Dexie store not opened yet has no connection.
  const reads = given ?? directReads(db.backendDB(), READ_STORES);
  return {
    total,
    async *conversations(usable?: Usable, wanted?: Wanted) {
      let pending: Promise<Page> | null = readPage(reads, null, pageConversations, usable, wanted);
      while (pending) {
        const page: Page = await pending;
        pending = page.next === null ? null : readPage(reads, page.next, pageConversations, usable, wanted);
        pending?.catch(() => undefined); // an export stopped early never awaits it
        // Shifted out, so a conversation's rows are garbage once it is written, not when the page is.
        for (let c = page.conversations.shift(); c; c = page.conversations.shift()) yield c;
      }
    },
  };
}
