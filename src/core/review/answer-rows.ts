// One conversation's events and labels -> the review list's rows (one per answer) and the timeline's events.
// Which events are "about" an answer mirrors the conversation export, so the list and the export agree.
import { type CaptureEvent, type EventKind, isSignal, messagesReferencedBy } from '../events';

export { messagesReferencedBy };
import type { AnswerLabel, AnswerLabelKind } from '../labeller/types';

export interface AnswerRowFields {
  eventId: string;
  conv: string;
  site: string;
  messageId: string;
  model: string;
  ts: string;
  label: AnswerLabelKind;
  confidence: number;
  userLabel?: AnswerLabelKind;
  signalKinds: EventKind[];
  signalCount: number;
  title: string;
  snippet: string;
}

const flat = (text: string, max: number) => text.slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);

export function answerRows(
  conv: string,
  events: readonly CaptureEvent[],
  labels: readonly AnswerLabel[],
  userLabels: ReadonlyMap<string, AnswerLabelKind>,
  redact: (text: string) => string,
): AnswerRowFields[] {
  const byMessage = new Map(labels.map((l) => [l.messageId, l]));
  const kindById = new Map(events.map((e) => [e.id, e.kind]));
  const about = new Map<string, Set<string>>();
  for (const e of events) {
    for (const m of messagesReferencedBy(e)) {
      let s = about.get(m);
      if (!s) about.set(m, (s = new Set()));
      s.add(e.id);
    }
  }
  const firstPrompt = events.find((e) => e.kind === 'prompt');
  const title = firstPrompt ? flat(redact(firstPrompt.text), 80) : '';
  const seen = new Set<string>();
  const rows: AnswerRowFields[] = [];
  for (const e of events) {
    if (e.kind !== 'response' || seen.has(e.messageId)) continue;
    seen.add(e.messageId);
    const label = byMessage.get(e.messageId);
    const ids = new Set([...(about.get(e.messageId) ?? []), ...(label?.evidence.flatMap((ev) => ev.eventIds) ?? [])]);
    ids.delete(e.id);
    const kinds = [...new Set([...ids].map((id) => kindById.get(id)).filter((k): k is EventKind => k !== undefined && isSignal(k)))].sort();
    const userLabel = userLabels.get(e.id);
    rows.push({
      eventId: e.id,
      conv,
      site: e.site,
      messageId: e.messageId,
      model: e.model ?? '',
      ts: e.ts,
      label: label?.label ?? 'unknown',
      confidence: label?.confidence ?? 0,
      ...(userLabel ? { userLabel } : {}),
      signalKinds: kinds,
      signalCount: [...ids].filter((id) => kindById.has(id)).length,
      title,
      snippet: flat(redact(e.text), 160),
    });
  }
  return rows;
}
