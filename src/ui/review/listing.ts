// What the list shows for the current mode, filter and search, as a count plus a page fetcher, and the full key
// set behind it for bulk actions. Rows come back decorated with their exclusion and titles already redacted.
import { conversationRedactor } from '../../core/review/decisions';
import { isEmptyFilter, type ReviewFilter } from '../../core/review/filters';
import type { AnswerIndexRow, ConversationRow, PageStore, SearchHit } from '../../store/api';
import { PAGE } from './VirtualList';

export type Mode = 'conversations' | 'answers';

export type ListRow =
  | { type: 'conversation'; row: ConversationRow; title: string; excluded: boolean }
  | { type: 'answer'; row: AnswerIndexRow; excluded: boolean }
  | { type: 'hit'; hit: SearchHit; excluded: boolean }
  | { type: 'missing'; key: string };

export interface ListSource {
  id?: number;
  count: number;
  fetch: (start: number, end: number) => Promise<ListRow[]>;
}

async function decorateConversations(store: PageStore, keys: string[], rows: (ConversationRow | undefined)[]): Promise<ListRow[]> {
  const present = rows.filter((r): r is ConversationRow => !!r).map((r) => r.key);
  const [excluded, redactions] = await Promise.all([store.exclusionsFor({ convs: present, eventIds: [] }), store.redactionsFor(present)]);
  return rows.map((row, i) =>
    row
      ? {
          type: 'conversation',
          row,
          title: conversationRedactor(redactions.get(row.key))(row.title),
          excluded: excluded.has(`conversation:${row.key}`),
        }
      : { type: 'missing', key: keys[i] ?? '' },
  );
}

async function decorateAnswers(store: PageStore, keys: string[], rows: (AnswerIndexRow | undefined)[]): Promise<ListRow[]> {
  const present = rows.filter((r): r is AnswerIndexRow => !!r);
  const excluded = await store.exclusionsFor({ convs: [...new Set(present.map((r) => r.conv))], eventIds: present.map((r) => r.eventId) });
  return rows.map((row, i) =>
    row
      ? { type: 'answer', row, excluded: excluded.has(`answer:${row.eventId}`) || excluded.has(`conversation:${row.conv}`) }
      : { type: 'missing', key: keys[i] ?? '' },
  );
}

/** The count and first page of the conversation list, asked for before the page rendered anything. */
export interface WarmStart {
  count: Promise<number>;
  firstPage: Promise<ConversationRow[]>;
}

export async function unfilteredSource(store: PageStore, mode: Mode, warm?: WarmStart): Promise<ListSource> {
  if (mode === 'conversations') {
    let head = warm?.firstPage;
    return {
      count: await (warm?.count ?? store.conversationCount()),
      fetch: async (s, e) => {
        const fromHead = head && s === 0 ? await head : null;
        head = undefined; // once: later reads see later changes
        const rows = fromHead && fromHead.length >= e - s ? fromHead.slice(0, e - s) : await store.conversationsPage(s, e - s);
        return decorateConversations(store, rows.map((r) => r.key), rows);
      },
    };
  }
  // The first page is read while the index is counted (a count walks the whole index).
  let head: Promise<AnswerIndexRow[]> | undefined = store.answersPage(0, PAGE);
  head.catch(() => undefined);
  return {
    count: await store.answerCount(),
    fetch: async (s, e) => {
      const fromHead = head && s === 0 ? await head : null;
      head = undefined;
      const rows = fromHead && fromHead.length >= e - s ? fromHead.slice(0, e - s) : await store.answersPage(s, e - s);
      return decorateAnswers(store, rows.map((r) => r.eventId), rows);
    },
  };
}

export function keyedSource(store: PageStore, mode: Mode, keys: readonly string[]): ListSource {
  return {
    count: keys.length,
    fetch: async (s, e) => {
      const slice = keys.slice(s, e);
      return mode === 'conversations'
        ? decorateConversations(store, slice, await store.conversationsByKeys(slice))
        : decorateAnswers(store, slice, await store.answersByKeys(slice));
    },
  };
}

export function hitSource(store: PageStore, hits: readonly SearchHit[]): ListSource {
  return {
    count: hits.length,
    fetch: async (s, e) => {
      const slice = hits.slice(s, e);
      const excluded = await store.exclusionsFor({ convs: [...new Set(slice.map((h) => h.conv))], eventIds: slice.map((h) => h.eventId) });
      const isExcluded = (hit: SearchHit) => excluded.has(`answer:${hit.eventId}`) || excluded.has(`conversation:${hit.conv}`);
      return slice.map((hit) => ({ type: 'hit', hit, excluded: isExcluded(hit) }));
    },
  };
}

/** Every key behind the list (for bulk actions): the scan's keys when filtered, else the whole table's. */
export async function allKeys(store: PageStore, mode: Mode, filter: ReviewFilter, scanned: readonly string[] | null): Promise<string[]> {
  if (scanned && !isEmptyFilter(filter)) return [...scanned];
  return store.allKeys(mode);
}

/** Answer rows for keys, in chunks (bulk label/exclude need each answer's conversation and message id). */
export async function answerRowsFor(store: PageStore, keys: readonly string[]): Promise<AnswerIndexRow[]> {
  const out: AnswerIndexRow[] = [];
  for (let i = 0; i < keys.length; i += 5000) {
    out.push(...(await store.answersByKeys(keys.slice(i, i + 5000))).filter((r): r is AnswerIndexRow => !!r));
  }
  return out;
}

/**
 * The same source, saying when rows have been read and painted (at once when there are none): the page starts its
 * whole-index scans (charts, filter choices) and loads its other parts only then, so they never hold up the first
 * rows.
 */
export function firstRowsTold(source: ListSource, told: (shown: true) => void, afterPaint = nextPaint): ListSource {
  if (source.count === 0) told(true);
  const shown = () => {
    if (!performance.getEntriesByName('review:first-rows').length) performance.mark('review:first-rows');
    // The rows render as this read resolves; the next frame shows them; then the rest may start.
    afterPaint(() => told(true));
  };
  return { ...source, fetch: (start, end) => source.fetch(start, end).finally(shown) };
}

/** Runs `fn` once the next frame has been painted. */
export function nextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
