// What the list shows for the current mode, filter and search, as a count plus a page fetcher, and the full key
// set behind it for bulk actions. Rows come back decorated with their exclusion and titles already redacted.
import { conversationRedactor } from '../../core/review/decisions';
import { isEmptyFilter, type ReviewFilter } from '../../core/review/filters';
import type { ConversationRow, EventStore } from '../../store/db';
import { exclusionsFor, redactionsFor } from '../../store/review-decisions';
import { answerCount, answersByKeys, answersPage, conversationCount, conversationsByKeys, conversationsPage, type SearchHit } from '../../store/review-index';
import type { AnswerIndexRow } from '../../store/review-types';

export type Mode = 'conversations' | 'answers';

export type ListRow =
  | { type: 'conversation'; row: ConversationRow; title: string; excluded: boolean }
  | { type: 'answer'; row: AnswerIndexRow; excluded: boolean }
  | { type: 'hit'; hit: SearchHit; excluded: boolean }
  | { type: 'missing'; key: string };

export interface ListSource {
  id?: number;
  count: number;
  fetch(start: number, end: number): Promise<ListRow[]>;
}

async function decorateConversations(store: EventStore, keys: string[], rows: (ConversationRow | undefined)[]): Promise<ListRow[]> {
  const present = rows.filter((r): r is ConversationRow => !!r).map((r) => r.key);
  const [excluded, redactions] = await Promise.all([exclusionsFor(store, { convs: present, eventIds: [] }), redactionsFor(store, present)]);
  return rows.map((row, i) =>
    row
      ? { type: 'conversation', row, title: conversationRedactor(redactions.get(row.key))(row.title), excluded: excluded.has(`conversation:${row.key}`) }
      : { type: 'missing', key: keys[i] ?? '' },
  );
}

async function decorateAnswers(store: EventStore, keys: string[], rows: (AnswerIndexRow | undefined)[]): Promise<ListRow[]> {
  const present = rows.filter((r): r is AnswerIndexRow => !!r);
  const excluded = await exclusionsFor(store, { convs: [...new Set(present.map((r) => r.conv))], eventIds: present.map((r) => r.eventId) });
  return rows.map((row, i) =>
    row ? { type: 'answer', row, excluded: excluded.has(`answer:${row.eventId}`) || excluded.has(`conversation:${row.conv}`) } : { type: 'missing', key: keys[i] ?? '' },
  );
}

export async function unfilteredSource(store: EventStore, mode: Mode): Promise<ListSource> {
  if (mode === 'conversations') {
    return {
      count: await conversationCount(store),
      fetch: async (s, e) => {
        const rows = await conversationsPage(store, s, e - s);
        return decorateConversations(store, rows.map((r) => r.key), rows);
      },
    };
  }
  return {
    count: await answerCount(store),
    fetch: async (s, e) => {
      const rows = await answersPage(store, s, e - s);
      return decorateAnswers(store, rows.map((r) => r.eventId), rows);
    },
  };
}

export function keyedSource(store: EventStore, mode: Mode, keys: readonly string[]): ListSource {
  return {
    count: keys.length,
    fetch: async (s, e) => {
      const slice = keys.slice(s, e);
      return mode === 'conversations' ? decorateConversations(store, slice, await conversationsByKeys(store, slice)) : decorateAnswers(store, slice, await answersByKeys(store, slice));
    },
  };
}

export function hitSource(store: EventStore, hits: readonly SearchHit[]): ListSource {
  return {
    count: hits.length,
    fetch: async (s, e) => {
      const slice = hits.slice(s, e);
      const excluded = await exclusionsFor(store, { convs: [...new Set(slice.map((h) => h.conv))], eventIds: slice.map((h) => h.eventId) });
      return slice.map((hit) => ({ type: 'hit', hit, excluded: excluded.has(`answer:${hit.eventId}`) || excluded.has(`conversation:${hit.conv}`) }));
    },
  };
}

/** Every key behind the list (for bulk actions): the scan's keys when filtered, else the whole table's. */
export async function allKeys(store: EventStore, mode: Mode, filter: ReviewFilter, scanned: readonly string[] | null): Promise<string[]> {
  if (scanned && !isEmptyFilter(filter)) return [...scanned];
  const table = mode === 'conversations' ? store.db.conversations : store.db.reviewAnswers;
  return (await table.toCollection().primaryKeys()) as string[];
}

/** Answer rows for keys, in chunks (bulk label/exclude need each answer's conversation and message id). */
export async function answerRowsFor(store: EventStore, keys: readonly string[]): Promise<AnswerIndexRow[]> {
  const out: AnswerIndexRow[] = [];
  for (let i = 0; i < keys.length; i += 5000) out.push(...(await answersByKeys(store, keys.slice(i, i + 5000))).filter((r): r is AnswerIndexRow => !!r));
  return out;
}
