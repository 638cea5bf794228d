// The export's redaction of one conversation from spans found beforehand. Detection is most of an export's cost
// (the rules scan every text for keys, e-mail addresses, phone numbers, ...), yet its result depends only on a text
// and the rules: the extension's background detects each conversation's spans once, as its events arrive, and keeps
// them (src/store/derived.ts); the export then only replaces them. Where no spans are kept (the CLI's relabel, a
// level other than the kept one, rules disabled by a study, a conversation not caught up yet) the same code detects.
// Either way the output is what the engine's `redactEventsForExport` writes (conversation-redaction.test.ts holds
// it to that): both run the engine's `redactEventTexts`, only the source of each text's spans differs.
import type { CaptureEvent } from '../events';
import { detect } from '../redaction';
import { mapEventTexts, reanchorCopies, redactEventTexts, type SpanRedactionOptions, type SpanSource } from '../redaction/export';
import type { DetectedSpan, RedactionKind, RedactionLevel } from '../redaction/types';
import { collapse, expand } from '../review/export-redaction';
import { STORED_SPANS_LEVEL, storedSpansVersion } from './spans-version';

export type { SpanSource };
export { STORED_SPANS_LEVEL, storedSpansVersion };

/** One text's detected spans: [event id (an extra field's stand-in id included), field, spans]. Texts without spans are left out. */
export type StoredSpanEntry = [eventId: string, field: string, spans: DetectedSpan[]];

/** A conversation's detected spans at one level under one version of the rules. */
export interface StoredSpans {
  /** `storedSpansVersion(level)` when they were detected. */
  version: string;
  spans: StoredSpanEntry[];
}

export function detectingSource(level: RedactionLevel, disabledRules?: readonly string[]): SpanSource {
  const options = { level, ...(disabledRules?.length ? { disabledRules } : {}) };
  return (_eventId, _field, text) => detect(text, options);
}

/**
 * The spans to replace in one conversation: the kept ones where they were detected at this level under these rules
 * (and no rule is switched off), else detection now.
 */
export function conversationSpans(
  kept: StoredSpans | undefined,
  level: RedactionLevel,
  disabledRules?: readonly string[],
): Pick<ConversationRedactionOptions, 'spans' | 'none'> {
  const usable = kept && !disabledRules?.length && kept.version === storedSpansVersion(level);
  if (!usable) return { spans: detectingSource(level, disabledRules) };
  return { spans: storedSource(kept.spans), none: kept.spans.length === 0 };
}

const SEP = '\u0001';
const NONE: readonly DetectedSpan[] = [];

export function storedSource(entries: readonly StoredSpanEntry[]): SpanSource {
  const byText = new Map(entries.map(([eventId, field, spans]) => [`${eventId}${SEP}${field}`, spans]));
  return (eventId, field) => byText.get(`${eventId}${SEP}${field}`) ?? NONE;
}

/** What the background keeps for a conversation: every text's detected spans at `level`. */
export function detectConversationSpans(events: readonly CaptureEvent[], level: RedactionLevel = STORED_SPANS_LEVEL): StoredSpans {
  const spans: StoredSpanEntry[] = [];
  const options = { level };
  for (const e of expand(events)) {
    mapEventTexts(e, (text, field) => {
      const found = detect(text, options);
      if (found.length) spans.push([e.id, field, found]);
      return text;
    });
  }
  return { version: storedSpansVersion(level), spans };
}

export interface ConversationRedactionOptions extends SpanRedactionOptions {
  /** True when `spans` is known to give nothing for any text of these events (kept spans of a clean conversation). */
  none?: boolean;
}

export interface ConversationRedaction {
  events: CaptureEvent[];
  /** Distinct values replaced, per kind. */
  counts: Partial<Record<RedactionKind, number>>;
}

/** One conversation's events as the redacted export writes them, every captured text field included. */
export function redactConversation(events: readonly CaptureEvent[], options: ConversationRedactionOptions): ConversationRedaction {
  // Most conversations hold nothing to redact: their texts stay as they are (byte for byte the same JSON), and only
  // the copies are re-anchored, as the full pass would.
  if (options.none && !options.add?.length) return { events: reanchorCopies(events), counts: {} };
  const { none: _none, ...spanOptions } = options;
  const redacted = redactEventTexts(expand(events), spanOptions);
  return { events: collapse(redacted.events), counts: redacted.counts };
}
