// The review page's queries over its derived index. `reviewAnswers` holds one small row per answer with its machine
// label, kept current by the background as events arrive (src/store/upkeep.ts), so the list can filter 100,000
// answers without loading their texts and the page never labels anything itself. Lists page through an index by
// offset when unfiltered, and otherwise collect the matching keys with one cancellable cursor scan.
import { addToCharts, type ChartData } from '../core/review/charts';
import { conversationRedactor, type UserRedaction } from '../core/review/decisions';
import { matchesAnswer, matchesConversation, needsAnswerIndex, type ReviewFilter, tsBounds } from '../core/review/filters';
import { findMatch, normaliseQuery, SEARCH_MAX_HITS, SEARCH_MAX_SCANNED, type Snippet, snippetAround } from '../core/review/search';
import type { EchoDB } from './db';

export interface ScanToken {
  cancelled: boolean;
}

export interface ScanResult {
  keys: string[];
  done: boolean;
}

/**
 * Scans answer rows newest first (the date range narrows the index range), collecting the keys of rows that pass
 * the filter (answer event ids, or conversation keys in `conversations` mode) and feeding the charts. Reports
 * every `flushEvery` rows so the list fills while the scan runs; stops when the token is cancelled.
 */
export async function scanAnswers(
  db: EchoDB,
  filter: ReviewFilter,
  mode: 'answers' | 'conversations',
  charts: ChartData | null,
  token: ScanToken,
  onBatch: (r: ScanResult) => void,
  flushEvery = 2000,
): Promise<ScanResult> {
  const { lower, upper } = tsBounds(filter);
  const keys: string[] = [];
  const seenConv = new Set<string>();
  let sinceFlush = 0;
  await db.reviewAnswers
    .where('ts')
    .between(lower, upper, true, true)
    .reverse()
    .until(() => token.cancelled)
    .each((row) => {
      if (!matchesAnswer(row, filter)) return;
      if (charts) addToCharts(charts, row);
      if (mode === 'answers') keys.push(row.eventId);
      else if (!seenConv.has(row.conv)) {
        seenConv.add(row.conv);
        keys.push(row.conv);
      }
      if (++sinceFlush >= flushEvery) {
        sinceFlush = 0;
        onBatch({ keys: keys.slice(), done: false });
      }
    });
  const result = { keys, done: !token.cancelled };
  if (!token.cancelled) onBatch(result);
  return result;
}

/** Conversation rows matching filters that need no labels (site, model, dates), newest activity first. */
export async function scanConversations(
  db: EchoDB,
  filter: ReviewFilter,
  token: ScanToken,
  onBatch: (r: ScanResult) => void,
): Promise<ScanResult> {
  if (needsAnswerIndex(filter)) return scanAnswers(db, filter, 'conversations', null, token, onBatch);
  const { lower, upper } = tsBounds(filter);
  const keys: string[] = [];
  let sinceFlush = 0;
  await db.conversations
    .where('lastTs')
    .between(lower, upper, true, true)
    .reverse()
    .until(() => token.cancelled)
    .each((row) => {
      if (!matchesConversation(row, filter)) return;
      keys.push(row.key);
      if (++sinceFlush >= 2000) {
        sinceFlush = 0;
        onBatch({ keys: keys.slice(), done: false });
      }
    });
  const result = { keys, done: !token.cancelled };
  if (!token.cancelled) onBatch(result);
  return result;
}

export interface SearchHit {
  seq: number;
  eventId: string;
  conv: string;
  site: string;
  kind: 'prompt' | 'response';
  messageId: string;
  ts: string;
  snippet: Snippet;
}

/**
 * One bounded step of full-text search (see src/core/review/search.ts for why a scan): prompts and answers newest
 * first, below `belowSeq`, matching the site and date filters, on the text as shown (user redactions applied).
 */
export async function searchStep(
  db: EchoDB,
  query: string,
  filter: ReviewFilter,
  belowSeq: number,
  token: ScanToken,
): Promise<{ hits: SearchHit[]; nextBelowSeq: number | null; scanned: number }> {
  const q = normaliseQuery(query);
  const hits: SearchHit[] = [];
  if (!q) return { hits, nextBelowSeq: null, scanned: 0 };
  const redactions = new Map<string, UserRedaction[]>();
  for (const r of await db.redactions.toArray()) redactions.set(r.conv, [...(redactions.get(r.conv) ?? []), r]);
  const redactors = new Map<string, (t: string) => string>();
  const { lower, upper } = tsBounds(filter);
  let scanned = 0;
  let lastSeq: number | null = null;
  let exhausted = true;
  await db.events
    .where('seq')
    .below(belowSeq)
    .reverse()
    .until(() => {
      if (token.cancelled || hits.length >= SEARCH_MAX_HITS || scanned >= SEARCH_MAX_SCANNED) {
        exhausted = false;
        return true;
      }
      return false;
    })
    .each((row) => {
      scanned++;
      lastSeq = row.seq;
      const e = row.event;
      if (e.kind !== 'prompt' && e.kind !== 'response') return;
      if (e.ts < lower || e.ts > upper || (filter.sites.length && !filter.sites.includes(e.site))) return;
      if (filter.models.length && e.kind === 'response' && !filter.models.includes(e.model ?? '')) return;
      let redact = redactors.get(row.conv);
      if (!redact) redactors.set(row.conv, (redact = conversationRedactor(redactions.get(row.conv))));
      const text = redact(e.text);
      const m = findMatch(text, q);
      if (!m) return;
      const snippet = snippetAround(text, m.start, m.end);
      hits.push({ seq: row.seq, eventId: e.id, conv: row.conv, site: e.site, kind: e.kind, messageId: e.messageId, ts: e.ts, snippet });
    });
  return { hits, nextBelowSeq: exhausted || lastSeq === null ? null : lastSeq, scanned };
}

/** Every model seen, for the filter's choices (conversation rows carry their models; a bounded read). */
export async function knownSitesAndModels(db: EchoDB, limit = 5000): Promise<{ sites: string[]; models: string[] }> {
  const sites = new Set<string>();
  const models = new Set<string>();
  await db.conversations.orderBy('lastTs').reverse().limit(limit).each((c) => {
    sites.add(c.site);
    for (const m of c.models) models.add(m);
  });
  return { sites: [...sites].sort(), models: [...models].sort() };
}
