// Copying an answer or a code block means the user took it to use: acceptance, but only a trial until the outcome
// is known (a later "that fails" supersedes it). Tiny selections (a name to search for) say nothing.
import type { CopyEvent } from '../../events';
import { eventsOf, type AnswerEpisode } from '../episode';
import type { Signal } from '../types';

export function copySignals(ep: AnswerEpisode): Signal[] {
  const { copy } = ep.rules;
  const scored = eventsOf(ep.about(ep.answer.messageId), 'copy')
    .filter((c) => c.messageId === ep.answer.messageId)
    .map((c) => ({ c, confidence: copyConfidence(c, copy) }))
    .filter((s) => s.confidence > 0);
  if (scored.length === 0) return [];
  const best = scored.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const last = scored[scored.length - 1]!;
  return [
    {
      rule: 'copy',
      polarity: 'accept',
      confidence: best.confidence,
      trial: true,
      ts: last.c.ts,
      eventIds: scored.map((s) => s.c.id),
      detail: `${best.c.via}${best.c.codeBlockIndex !== undefined ? ` code block ${best.c.codeBlockIndex}` : ''}, share ${best.c.share.toFixed(2)}`,
    },
  ];
}

export function copyConfidence(c: CopyEvent, rules: AnswerEpisode['rules']['copy']): number {
  if (c.via === 'code-button') return rules.codeBlockConfidence;
  if (c.via === 'button') return rules.buttonConfidence;
  if (c.share < rules.minShare && c.codeBlockIndex === undefined) return 0;
  if (c.codeBlockIndex !== undefined && c.text.trim().length >= 20) return rules.codeBlockConfidence;
  return c.share >= rules.fullShare ? rules.buttonConfidence : rules.selectionConfidence;
}
