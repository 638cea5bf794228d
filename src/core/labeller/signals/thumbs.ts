// Thumbs up/down is the user's explicit judgement; the latest rating counts (users change their minds).
import { eventsOf, type AnswerEpisode } from '../episode';
import type { Signal } from '../types';

export function thumbsSignals(ep: AnswerEpisode): Signal[] {
  const ratings = eventsOf(ep.about(ep.answer.messageId), 'feedback').filter((f) => f.messageId === ep.answer.messageId);
  const last = ratings[ratings.length - 1];
  if (!last) return [];
  return [
    {
      rule: 'thumbs',
      polarity: last.rating === 'up' ? 'accept' : 'reject',
      confidence: ep.rules.thumbs.confidence,
      explicit: true,
      ts: last.ts,
      eventIds: ratings.map((f) => f.id),
      detail: `thumbs ${last.rating}${last.comment ? `: ${last.comment.slice(0, 200)}` : ''}`,
    },
  ];
}
