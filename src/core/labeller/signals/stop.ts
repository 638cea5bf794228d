// Stopping generation early: the user saw enough to know it was not what they wanted. Unless they then copied
// from it (they already had what they needed) or asked it to continue (they wanted more of it).
import { eventsOf, type AnswerEpisode } from '../episode';
import { readFollowup } from '../followup/read';
import { time } from '../time';
import { copyConfidence } from './copy';
import type { Signal } from '../types';

export function stopSignals(ep: AnswerEpisode): Signal[] {
  const stops = eventsOf(ep.about(ep.answer.messageId), 'stop').filter((s) => s.messageId === ep.answer.messageId);
  if (stops.length === 0 && ep.answer.complete !== 'stopped') return [];
  const stoppedAt = time(stops[0]?.ts ?? ep.answer.ts);
  const usedAfter = eventsOf(ep.about(ep.answer.messageId), 'copy').some(
    (c) => c.messageId === ep.answer.messageId && time(c.ts) >= stoppedAt && copyConfidence(c, ep.rules.copy, ep.answer) > 0,
  );
  if (usedAfter) return [];
  // "continue" right after stopping: an accidental stop, or a pause to read; not a rejection.
  if (ep.replies[0] && readFollowup(ep.replies[0].text).kind === 'continuation') return [];
  return [
    {
      rule: 'stop',
      polarity: 'reject',
      confidence: ep.rules.stop.confidence,
      ts: stops[0]?.ts ?? ep.answer.ts,
      eventIds: stops.length ? stops.map((s) => s.id) : [ep.answer.id],
      detail: 'generation stopped early',
    },
  ];
}
