// What has been captured, counted once: each conversation's summary row is a fold over its events, and the global
// counts are always exactly the sum of those rows. The store's append, its deletions, retention and undo, and
// every test or benchmark that seeds a store go through these functions, so no second way of counting can drift.
// Pure: runs in the extension and in Node.
import { type CaptureEvent, conversationKey, type EventKind, type EventOf, isSignal } from './events';

export interface Counts {
  conversations: number;
  prompts: number;
  answers: number;
  signals: number;
  /** Events per kind; kinds with none are left out. */
  byKind: Partial<Record<EventKind, number>>;
}

/** One conversation at a glance (the store's `conversations` row). */
export interface ConversationSummary {
  /** `<site>:<conversationId>` (conversationKey). */
  key: string;
  site: string;
  conversationId: string;
  /** The first prompt, whitespace folded, at most 80 characters. */
  title: string;
  firstTs: string;
  lastTs: string;
  prompts: number;
  answers: number;
  signals: number;
  byKind: Partial<Record<EventKind, number>>;
  models: string[];
}

export const emptyCounts = (): Counts => ({ conversations: 0, prompts: 0, answers: 0, signals: 0, byKind: {} });

/** How many events a summary covers (every kind is a prompt, an answer or a signal). */
export function eventTotal(s: Pick<ConversationSummary, 'prompts' | 'answers' | 'signals'>): number {
  return s.prompts + s.answers + s.signals;
}

/** Folds one more event (in arrival order) into its conversation's summary; `undefined` starts a new one. */
export function foldEvent(summary: ConversationSummary | undefined, event: CaptureEvent): ConversationSummary {
  const next: ConversationSummary = summary
    ? { ...summary, byKind: { ...summary.byKind } }
    : {
        key: conversationKey(event.site, event.conversationId),
        site: event.site,
        conversationId: event.conversationId,
        title: '',
        firstTs: event.ts,
        lastTs: event.ts,
        prompts: 0,
        answers: 0,
        signals: 0,
        byKind: {},
        models: [],
      };
  if (event.ts < next.firstTs) next.firstTs = event.ts;
  if (event.ts > next.lastTs) next.lastTs = event.ts;
  next.byKind[event.kind] = (next.byKind[event.kind] ?? 0) + 1;
  if (event.kind === 'prompt') {
    next.prompts++;
    if (!next.title) next.title = event.text.replace(/\s+/g, ' ').trim().slice(0, 80);
  } else if (event.kind === 'response') {
    next.answers++;
    if (event.model && !next.models.includes(event.model)) next.models = [...next.models, event.model];
  } else if (isSignal(event.kind)) {
    next.signals++;
  } else if (event.kind === 'completion_shown' && !next.title) {
    next.title = editorDocumentTitle(event);
  }
  return next;
}

/**
 * An editor document has no prompt to be named by: its title is the file the page showed (the end of a long path,
 * where the file name is), else its language, else the site's document id.
 */
export function editorDocumentTitle(event: Pick<EventOf<'completion_shown'>, 'file' | 'language' | 'conversationId'>): string {
  const name = event.file || (event.language ? `${event.language} code` : event.conversationId);
  return name.length > 80 ? `…${name.slice(-79)}` : name;
}

/** One conversation's events in arrival order -> its summary (`undefined` when there are none). */
export function summariseEvents(events: Iterable<CaptureEvent>): ConversationSummary | undefined {
  let summary: ConversationSummary | undefined;
  for (const e of events) summary = foldEvent(summary, e);
  return summary;
}

function addKinds(into: Counts['byKind'], from: Counts['byKind'], sign: 1 | -1): void {
  for (const [kind, n] of Object.entries(from) as [EventKind, number][]) {
    const next = (into[kind] ?? 0) + sign * n;
    if (next) into[kind] = next;
    else delete into[kind];
  }
}

/**
 * The counts after one conversation's summary changed from `before` to `after` (either may be absent: a new
 * conversation, a deleted one). Every change to the `conversations` rows moves the counts through here.
 */
export function moveCounts(counts: Counts, before: ConversationSummary | undefined, after: ConversationSummary | undefined): Counts {
  const next: Counts = { ...counts, byKind: { ...counts.byKind } };
  for (const [s, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (!s) continue;
    next.conversations += sign;
    next.prompts += sign * s.prompts;
    next.answers += sign * s.answers;
    next.signals += sign * s.signals;
    addKinds(next.byKind, s.byKind, sign);
  }
  return next;
}

/** The counts of a set of conversations: what `moveCounts` keeps, recomputed from scratch. */
export function countsOf(summaries: Iterable<ConversationSummary>): Counts {
  let counts = emptyCounts();
  for (const s of summaries) counts = moveCounts(counts, undefined, s);
  return counts;
}
