// What the user decided in review, applied to one conversation's events. Pure, so the review page and the export
// apply decisions identically (docs/review-decisions.md): label first from the full log, then drop excluded
// answers and replace every occurrence of each redacted value with its conversation-stable token.
import type { CaptureEvent } from '../events';
import type { AnswerLabel, AnswerLabelKind } from '../labeller/types';
import { createSpanRedactor, type SpanRedactor } from '../redaction/tokens';
import type { DetectedSpan, RedactionKind } from '../redaction/types';
import { withExtraTexts } from './event-text-fields';

export interface UserRedaction {
  value: string;
  kind: RedactionKind;
}

export interface ReviewDecisions {
  excludedConversations: ReadonlySet<string>;
  /** Response event ids. */
  excludedAnswers: ReadonlySet<string>;
  /** Response event id -> the user's label. */
  labelOverrides: ReadonlyMap<string, AnswerLabelKind>;
  /** Conversation key -> values to redact everywhere in it. */
  redactions: ReadonlyMap<string, readonly UserRedaction[]>;
  /** Conversation key -> values the rules detected and the person chose to keep (the export's `keep`). */
  kept?: ReadonlyMap<string, readonly string[]>;
  /** Every conversation with any of these decisions, where the reader knows them (the store's decisions do). */
  conversations?: ReadonlySet<string>;
}

export const NO_DECISIONS: ReviewDecisions = {
  excludedConversations: new Set(),
  excludedAnswers: new Set(),
  labelOverrides: new Map(),
  redactions: new Map(),
  kept: new Map(),
};

/** Spans of every (non-overlapping, longest first) occurrence of the values in `text`. */
export function userSpans(text: string, redactions: readonly UserRedaction[]): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  const taken = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  for (const r of [...redactions].sort((a, b) => b.value.length - a.value.length)) {
    if (!r.value) continue;
    for (let at = text.indexOf(r.value); at !== -1; at = text.indexOf(r.value, at + r.value.length)) {
      if (!taken(at, at + r.value.length)) spans.push({ start: at, end: at + r.value.length, kind: r.kind, rule: 'user' });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A text function for one conversation: same value, same token (`<SECRET_1>`) in every field. Pass the export's
 * own per-conversation redactor so user tokens and automatic tokens are numbered from one table and never clash.
 */
export function conversationRedactor(
  redactions: readonly UserRedaction[] | undefined,
  redactor: SpanRedactor = createSpanRedactor(),
): (text: string) => string {
  if (!redactions?.length) return (text) => text;
  return (text) => {
    const spans = userSpans(text, redactions);
    return spans.length ? redactor.redactSpans(text, spans).text : text;
  };
}

/** Every captured text field of an event passed through `redact`; ids, offsets and kinds untouched. */
export function redactEvent(e: CaptureEvent, redact: (text: string) => string): CaptureEvent {
  return withExtraTexts(redactMainTexts(e, redact), (_field, text) => redact(text));
}

function redactMainTexts(e: CaptureEvent, redact: (text: string) => string): CaptureEvent {
  switch (e.kind) {
    case 'prompt':
      return { ...e, text: redact(e.text) };
    case 'response':
      return { ...e, text: redact(e.text), codeBlocks: e.codeBlocks.map((b) => ({ ...b, code: redact(b.code) })) };
    case 'stop':
      return { ...e, partialText: redact(e.partialText) };
    case 'edit_prompt':
      return { ...e, oldText: redact(e.oldText), newText: redact(e.newText), diff: e.diff.map((d) => ({ ...d, text: redact(d.text) })) };
    case 'copy':
      return { ...e, text: redact(e.text) };
    case 'paste':
      return {
        ...e,
        text: redact(e.text),
        matches: e.matches.map((m) => ({ ...m, diff: m.diff.map((d) => ({ ...d, text: redact(d.text) })) })),
      };
    case 'feedback':
      return e.comment === undefined ? e : { ...e, comment: redact(e.comment) };
    default:
      return e;
  }
}

/** Answers (message ids) the user excluded, and the events that would carry their text into an export. */
export function excludedInConversation(
  events: readonly CaptureEvent[],
  d: ReviewDecisions,
): { messageIds: Set<string>; eventIds: Set<string> } {
  const messageIds = new Set<string>();
  for (const e of events) if (e.kind === 'response' && d.excludedAnswers.has(e.id)) messageIds.add(e.messageId);
  const eventIds = new Set<string>();
  if (messageIds.size === 0) return { messageIds, eventIds };
  for (const e of events) {
    const about = e.kind === 'response' || e.kind === 'copy' || e.kind === 'feedback' || e.kind === 'stop' ? e.messageId : undefined;
    if (about !== undefined && messageIds.has(about)) eventIds.add(e.id);
  }
  return { messageIds, eventIds };
}

export interface ReviewedConversation {
  /** Events to export: excluded answers and the events carrying their text removed, redactions applied. */
  events: CaptureEvent[];
  /** Labels of the answers still exported, each with the user's label beside the machine one. */
  labels: (AnswerLabel & { userLabel?: AnswerLabelKind })[];
  /** Message ids of excluded answers: no sample may use them (chosen, rejected, target or context). */
  excludedMessageIds: Set<string>;
  redact: (text: string) => string;
}

/**
 * One conversation as the export must write it, or null when the whole conversation is excluded. `labels` are the
 * machine labels computed from the full, unredacted log (so excluding one variant does not change its
 * siblings' labels); their `target` texts are redacted too.
 */
export function reviewConversation(
  conv: string,
  events: readonly CaptureEvent[],
  labels: readonly AnswerLabel[],
  d: ReviewDecisions,
  redactor?: SpanRedactor,
): ReviewedConversation | null {
  if (d.excludedConversations.has(conv)) return null;
  const redact = conversationRedactor(d.redactions.get(conv), redactor);
  const { messageIds, eventIds } = excludedInConversation(events, d);
  const kept = events
    .filter((e) => !eventIds.has(e.id))
    .map((e) => {
      const r = redactEvent(e, redact);
      return r.kind === 'paste' && messageIds.size ? { ...r, matches: r.matches.filter((m) => !messageIds.has(m.messageId)) } : r;
    });
  const reviewedLabels = labels
    .filter((l) => !messageIds.has(l.messageId))
    .map((l) => {
      const userLabel = d.labelOverrides.get(l.eventId);
      return { ...l, ...(l.target !== undefined ? { target: redact(l.target) } : {}), ...(userLabel ? { userLabel } : {}) };
    });
  return { events: kept, labels: reviewedLabels, excludedMessageIds: messageIds, redact };
}

/** The label a sample builder should use: the user's when there is one (confidence 1), else the machine's. */
export function effectiveLabel(l: AnswerLabel & { userLabel?: AnswerLabelKind }): {
  label: AnswerLabelKind;
  confidence: number;
  source: 'user' | 'machine';
} {
  return l.userLabel
    ? { label: l.userLabel, confidence: 1, source: 'user' }
    : { label: l.label, confidence: l.confidence, source: 'machine' };
}
