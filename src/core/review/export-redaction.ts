// The export's rule-based redaction over every captured text field, and the spans it replaces for the review page.
// A thin adapter over the engine (src/core/redaction/export.ts, not changed here): fields the engine does not know
// yet (event-text-fields.ts: attachments, reasoning, artifacts) travel through the same engine call as stand-in
// prompt events right after their event, so one conversation-wide redactor numbers every token and they are listed
// for review under their real event id and field. Imports the engine: pages load this module lazily.
import type { CaptureEvent } from '../events';
import {
  type ExportRedactionOptions,
  type ExportRedactionResult,
  redactEventsForExport,
  type ReviewSpan,
  reviewSpansForExport,
} from '../redaction/export';
import { extraTexts, withExtraTexts } from './event-text-fields';

export type { ExportRedactionOptions, ReviewSpan };

/** Never in a real event id (ids match /^[\w.:@\-/+=]+$/). */
const SEP = '\u0000';

/** The events with each extra text field as a stand-in prompt right after its event (id `<event id>\0<field>`). */
export function expand(events: readonly CaptureEvent[]): CaptureEvent[] {
  const out: CaptureEvent[] = [];
  for (const e of events) {
    out.push(e);
    for (const x of extraTexts(e)) {
      const id = `${e.id}${SEP}${x.field}`;
      const { v, site, conversationId, ts, origin } = e;
      out.push({ v, id, kind: 'prompt', site, conversationId, ts, origin, messageId: id, text: x.text });
    }
  }
  return out;
}

function owner(id: string): { eventId: string; field: string } | null {
  const at = id.indexOf(SEP);
  return at === -1 ? null : { eventId: id.slice(0, at), field: id.slice(at + 1) };
}

/** `expand` undone: each stand-in's (redacted) text back in its event's field. */
export function collapse(events: readonly CaptureEvent[]): CaptureEvent[] {
  const texts = new Map<string, Map<string, string>>();
  for (const e of events) {
    const o = owner(e.id);
    if (o && e.kind === 'prompt') texts.set(o.eventId, (texts.get(o.eventId) ?? new Map<string, string>()).set(o.field, e.text));
  }
  return events
    .filter((e) => !owner(e.id))
    .map((e) => {
      const own = texts.get(e.id);
      return own ? withExtraTexts(e, (field, text) => own.get(field) ?? text) : e;
    });
}

/** `redactEventsForExport`, every captured text field included. */
export function redactAllForExport(events: readonly CaptureEvent[], options: ExportRedactionOptions): ExportRedactionResult {
  const result = redactEventsForExport(expand(events), options);
  return { ...result, events: collapse(result.events) };
}

const located = (s: ReviewSpan): ReviewSpan => {
  const o = owner(s.eventId);
  return o ? { ...s, ...o } : s;
};

/** `reviewSpansForExport`, every captured text field included: each span the export replaces, with its token. */
export function reviewAllSpans(events: readonly CaptureEvent[], options: ExportRedactionOptions): ReviewSpan[] {
  return reviewSpansForExport(expand(events), options).map(located);
}

/** Both at once, from one run of the engine: the events as the export writes them and every span it replaced. */
export function redactAndReview(
  events: readonly CaptureEvent[],
  options: ExportRedactionOptions,
): { events: CaptureEvent[]; spans: ReviewSpan[] } {
  const spans: ReviewSpan[] = [];
  const result = redactEventsForExport(expand(events), options, (eventId, field, text, redacted) => {
    for (const { start, end, kind, rule, replacement } of redacted) {
      spans.push(located({ eventId, field, start, end, kind, rule, replacement, value: text.slice(start, end) }));
    }
  });
  return { events: collapse(result.events), spans };
}
