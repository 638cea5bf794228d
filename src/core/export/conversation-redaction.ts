// The export's redaction of one conversation from spans found beforehand. Detection is most of an export's cost
// (the rules scan every text for keys, e-mail addresses, phone numbers, ...), yet its result depends only on a text
// and the rules: the extension's background detects each conversation's spans once, as its events arrive, and keeps
// them (src/store/derived.ts); the export then only replaces them. Where no spans are kept (the CLI's relabel, a
// level other than the kept one, rules disabled by a study, a conversation not caught up yet) the same code detects.
// Either way the output is what the engine's `redactEventsForExport` writes (conversation-redaction.test.ts holds
// it to that): the same traversal of fields and events, one conversation-wide redactor, the same copy re-anchoring.
import type { CaptureEvent, DiffOp } from '../events';
import { applyOverrides, createSpanRedactor, detect, REDACTION_RULES_VERSION } from '../redaction';
import type { DetectedSpan, RedactionKind, RedactionLevel } from '../redaction/types';
import { collapse, expand } from '../review/export-redaction';
import { userSpans, type UserRedaction } from '../review/decisions';
import { DEFAULT_REDACTION_LEVEL } from './redaction-policy';

/** One text's detected spans: [event id (an extra field's stand-in id included), field, spans]. Texts without spans are left out. */
export type StoredSpanEntry = [eventId: string, field: string, spans: DetectedSpan[]];

/** A conversation's detected spans at one level under one version of the rules. */
export interface StoredSpans {
  /** `storedSpansVersion(level)` when they were detected. */
  version: string;
  spans: StoredSpanEntry[];
}

/** The level the background detects at: the default export's (other levels detect at export time). */
export const STORED_SPANS_LEVEL: RedactionLevel = DEFAULT_REDACTION_LEVEL;

/** Kept spans hold while the rules and the level are the ones they were detected with. */
export function storedSpansVersion(level: RedactionLevel = STORED_SPANS_LEVEL): string {
  return `${REDACTION_RULES_VERSION}/${level}`;
}

/** Where the spans of one text come from: kept ones, or detection now. */
export type SpanSource = (eventId: string, field: string, text: string) => readonly DetectedSpan[];

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

/** Every captured text of each event, in the order the export redacts them: `visit` returns the text to write. */
function mapTexts(e: CaptureEvent, visit: (text: string, field: string) => string): CaptureEvent {
  const r = (text: string, field = 'text') => (text ? visit(text, field) : text);
  const diff = (ops: readonly DiffOp[], prefix: string) => ops.map((op, i) => ({ ...op, text: r(op.text, `${prefix}diff.${i}.text`) }));
  switch (e.kind) {
    case 'prompt':
      return { ...e, text: r(e.text) };
    case 'response':
      return { ...e, text: r(e.text), codeBlocks: e.codeBlocks.map((b, i) => ({ ...b, code: r(b.code, `codeBlocks.${i}.code`) })) };
    case 'stop':
      return { ...e, partialText: r(e.partialText, 'partialText') };
    case 'edit_prompt':
      return { ...e, oldText: r(e.oldText, 'oldText'), newText: r(e.newText, 'newText'), diff: diff(e.diff, '') };
    case 'copy':
      return { ...e, text: r(e.text) };
    case 'paste':
      return { ...e, text: r(e.text), matches: e.matches.map((m, i) => ({ ...m, diff: diff(m.diff, `matches.${i}.`) })) };
    case 'feedback':
      return e.comment === undefined ? e : { ...e, comment: r(e.comment, 'comment') };
    default:
      return e;
  }
}

/** What the background keeps for a conversation: every text's detected spans at `level`. */
export function detectConversationSpans(events: readonly CaptureEvent[], level: RedactionLevel = STORED_SPANS_LEVEL): StoredSpans {
  const spans: StoredSpanEntry[] = [];
  const options = { level };
  for (const e of expand(events)) {
    mapTexts(e, (text, field) => {
      const found = detect(text, options);
      if (found.length) spans.push([e.id, field, found]);
      return text;
    });
  }
  return { version: storedSpansVersion(level), spans };
}

export interface ConversationRedactionOptions {
  spans: SpanSource;
  /** True when `spans` is known to give nothing for any text of these events (kept spans of a clean conversation). */
  none?: boolean;
  /** Values the user marked in review: redacted wherever they occur in this conversation. */
  add?: readonly UserRedaction[];
  /** Values the rules found that the user kept in review. */
  keep?: readonly string[];
}

export interface ConversationRedaction {
  events: CaptureEvent[];
  /** Distinct values replaced, per kind. */
  counts: Partial<Record<RedactionKind, number>>;
}

/** One conversation's events as the redacted export writes them (the engine's `redactEventsForExport`, spans given). */
export function redactConversation(events: readonly CaptureEvent[], options: ConversationRedactionOptions): ConversationRedaction {
  const redactor = createSpanRedactor();
  const keep = new Set(options.keep ?? []);
  const add = options.add ?? [];
  // Most conversations hold nothing to redact: their texts stay as they are (byte for byte the same JSON), and only
  // the copies are re-anchored, as the full pass would.
  if (options.none && !add.length) return { events: reanchorCopies(events), counts: {} };
  const seen = new Map<RedactionKind, Set<string>>();
  const redacted = expand(events).map((e) =>
    mapTexts(e, (text, field) => {
      const found = options.spans(e.id, field, text);
      const mine = add.length ? userSpans(text, add) : NONE;
      if (!found.length && !mine.length) return text;
      const detected = applyOverrides(found, { add: mine });
      const spans = keep.size ? detected.filter((s) => s.rule === 'user' || !keep.has(text.slice(s.start, s.end))) : detected;
      const out = redactor.redactSpans(text, spans);
      for (const s of out.spans) {
        const values = seen.get(s.kind) ?? new Set<string>();
        values.add(s.replacement);
        seen.set(s.kind, values);
      }
      return out.text;
    }),
  );
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const [kind, values] of seen) counts[kind] = values.size;
  return { events: collapse(reanchorCopies(redacted)), counts };
}

/** Copies moved to where their (redacted) text sits in their (redacted) message, as the engine does. */
function reanchorCopies(events: readonly CaptureEvent[]): CaptureEvent[] {
  const messageText = new Map<string, string>();
  for (const e of events) if (e.kind === 'prompt' || e.kind === 'response') messageText.set(e.messageId, e.text);
  return events.map((e): CaptureEvent => {
    if (e.kind !== 'copy') return e;
    const text = messageText.get(e.messageId);
    if (text === undefined) return e;
    const near = text.indexOf(e.text, Math.max(0, Math.min(e.start, text.length) - 64));
    const at = near !== -1 ? near : text.indexOf(e.text);
    return at === -1 ? e : { ...e, start: at, end: at + e.text.length };
  });
}
