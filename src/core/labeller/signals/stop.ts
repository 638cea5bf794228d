// Stopping generation early: the user saw enough to know it was not what they wanted.
import { eventsOf, type AnswerEpisode } from '../episode';
import type { Signal } from '../types';

export function stopSignals(ep: AnswerEpisode): Signal[] {
  const stops = eventsOf(ep.about(ep.answer.messageId), 'stop').filter((s) => s.messageId === ep.answer.messageId);
  if (stops.length === 0 && ep.answer.complete !== 'stopped') return [];
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
