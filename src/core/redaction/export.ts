// Redaction as the export applies it to one conversation: detected spans and the user's review decisions go
// through one redactor, so a value the user marked and a value a rule found never share a token number, and the
// same value gets the same token in the prompt, the answer, the copy and the paste. Copy offsets are moved to
// where the redacted copy sits in the redacted message, so they stay true after redaction.
import type { CaptureEvent, DiffOp } from '../events';
import { applyOverrides, detect } from './detect';
import { describeRedaction } from './rules';
import { createSpanRedactor } from './tokens';
import type { DetectedSpan, RedactedSpan, RedactionKind, RedactionLevel } from './types';

export interface ExportRedactionOptions {
  level: RedactionLevel;
  disabledRules?: readonly string[];
  /** Values the user marked in review: redacted wherever they occur in this conversation. */
  add?: readonly { value: string; kind: RedactionKind }[];
  /** Values the user un-redacted in review: a detected span whose text is exactly one of these is kept. */
  keep?: readonly string[];
}

/** Redaction with the spans of each text given: detected now, or found beforehand (the extension keeps them). */
export interface SpanRedactionOptions extends Pick<ExportRedactionOptions, 'add' | 'keep'> {
  spans: SpanSource;
}

/** The spans of one text field of one event (`field` as in `ReviewSpan`). */
export type SpanSource = (eventId: string, field: string, text: string) => readonly DetectedSpan[];

export interface ExportRedactionResult {
  events: CaptureEvent[];
  /** Distinct values replaced in this conversation, per kind (for the dataset card). */
  counts: Partial<Record<RedactionKind, number>>;
  /** For the manifest: `{ rulesVersion, level, rules }`, plus whether review decisions were applied. */
  record: ReturnType<typeof describeRedaction> & { userSpans: boolean };
}

function userSpans(text: string, add: ExportRedactionOptions['add']): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  for (const { value, kind } of [...(add ?? [])].sort((a, b) => b.value.length - a.value.length)) {
    if (!value) continue;
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (!spans.some((s) => at < s.end && end > s.start)) spans.push({ start: at, end, kind, rule: 'user' });
    }
  }
  return spans;
}

/** One span the export will replace, as the review page shows it: where it is, what it is, what it becomes. */
export interface ReviewSpan {
  eventId: string;
  /**
   * The event's text field: `text`, `partialText`, `oldText`, `newText`, `comment`, `codeBlocks.2.code`, `diff.0.text`,
   * `matches.1.diff.3.text`.
   */
  field: string;
  start: number;
  end: number;
  kind: RedactionKind;
  /** Rule id, or `user` for a span from the person's own `add` list. */
  rule: string;
  /** The token the export writes instead, e.g. `<EMAIL_1>` (same numbering as the export of this conversation). */
  replacement: string;
  value: string;
}

/**
 * Every span the export would redact in one conversation, with the token it would write: for the review page to
 * list each detected span and let the person keep it (`keep: [value]`) or add their own (`add`). Runs the same
 * redactor as `redactEventsForExport`, so the tokens shown are the tokens exported.
 */
export function reviewSpansForExport(events: readonly CaptureEvent[], options: ExportRedactionOptions): ReviewSpan[] {
  const spans: ReviewSpan[] = [];
  redactEventsForExport(events, options, (eventId, field, text, redacted) => {
    for (const s of redacted) {
      const { start, end, kind, rule, replacement } = s;
      spans.push({ eventId, field, start, end, kind, rule, replacement, value: text.slice(start, end) });
    }
  });
  return spans;
}

type SpanSink = (eventId: string, field: string, text: string, spans: readonly RedactedSpan[]) => void;

/**
 * An event with every captured text field passed through `visit` (the text to write back), fields named as in
 * `ReviewSpan`: the one traversal that both detects spans beforehand and redacts for the export, so their field
 * names always agree.
 */
export function mapEventTexts(e: CaptureEvent, visit: (text: string, field: string) => string): CaptureEvent {
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

/** Copies moved to where their (redacted) text sits in their (redacted) message. */
export function reanchorCopies(events: readonly CaptureEvent[]): CaptureEvent[] {
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

/**
 * Every captured text field of every event redacted with one conversation-wide redactor, from the spans `spans`
 * gives for each text plus the user's decisions; ids and kinds untouched, copies re-anchored.
 */
export function redactEventTexts(
  events: readonly CaptureEvent[],
  options: SpanRedactionOptions,
  sink?: SpanSink,
): Pick<ExportRedactionResult, 'events' | 'counts'> {
  const redactor = createSpanRedactor();
  const keep = new Set(options.keep ?? []);
  const seen = new Map<RedactionKind, Set<string>>();
  const redacted = events.map((e) =>
    mapEventTexts(e, (text, field) => {
      const detected = applyOverrides(options.spans(e.id, field, text), { add: userSpans(text, options.add) });
      if (!detected.length) return text;
      const spans = keep.size ? detected.filter((s) => s.rule === 'user' || !keep.has(text.slice(s.start, s.end))) : detected;
      const out = redactor.redactSpans(text, spans);
      sink?.(e.id, field, text, out.spans);
      for (const s of out.spans) {
        const values = seen.get(s.kind) ?? new Set<string>();
        values.add(s.replacement);
        seen.set(s.kind, values);
      }
      return out.text;
    }),
  );
  // One redactor mints every token, so distinct tokens are distinct values.
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const [kind, values] of seen) counts[kind] = values.size;
  return { events: reanchorCopies(redacted), counts };
}

/** `redactEventTexts` with every text detected now at the options' level, and the record the manifest keeps. */
export function redactEventsForExport(
  events: readonly CaptureEvent[],
  options: ExportRedactionOptions,
  sink?: SpanSink,
): ExportRedactionResult {
  const detectOptions = { level: options.level, ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}) };
  const spans: SpanSource = (_eventId, _field, text) => detect(text, detectOptions);
  const given = { ...(options.add ? { add: options.add } : {}), ...(options.keep ? { keep: options.keep } : {}) };
  return {
    ...redactEventTexts(events, { spans, ...given }, sink),
    record: {
      ...describeRedaction(options.level, options.disabledRules ?? []),
      userSpans: (options.add?.length ?? 0) > 0 || (options.keep?.length ?? 0) > 0,
    },
  };
}
