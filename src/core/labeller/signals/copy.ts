// Copying an answer or a code block means the user took it to use: acceptance, but only a trial until the outcome
// is known (a later "that fails" supersedes it). A selection counts by its share of what it was selected in (the
// code block for a selection inside one, else the answer); one identifier or one term copied to look it up says
// nothing, however short the block around it.
import type { CopyEvent, ResponseEvent } from '../../events';
import { eventsOf, type AnswerEpisode } from '../episode';
import type { Signal } from '../types';

export function copySignals(ep: AnswerEpisode): Signal[] {
  const { copy } = ep.rules;
  const scored = eventsOf(ep.about(ep.answer.messageId), 'copy')
    .filter((c) => c.messageId === ep.answer.messageId)
    .map((c) => ({ c, confidence: copyConfidence(c, copy, ep.answer) }))
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

/**
 * Words in a selection: runs of letters and digits. Chinese and Japanese write without spaces, so a run of their
 * characters counts one word per four characters (a term is one to four characters long).
 */
function wordCount(text: string): number {
  let n = 0;
  for (const w of text.match(/[\p{L}\p{N}_$]+/gu) ?? []) {
    const han = w.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
    n += han ? Math.max(1, Math.floor(han / 4)) + (w.length > han ? 1 : 0) : 1;
  }
  return n;
}

export function copyConfidence(c: CopyEvent, rules: AnswerEpisode['rules']['copy'], answer?: ResponseEvent): number {
  if (c.via === 'code-button') return rules.codeBlockConfidence;
  if (c.via === 'button') return rules.buttonConfidence;
  const text = c.text.trim();
  if (wordCount(text) < rules.minSelectionTokens) return 0;
  const block = c.codeBlockIndex !== undefined ? answer?.codeBlocks[c.codeBlockIndex]?.code.trim() : undefined;
  const share = block ? Math.min(1, text.length / Math.max(1, block.length)) : c.share;
  if (share < rules.minShare) return 0;
  const full = share >= rules.fullShare;
  if (block !== undefined || c.codeBlockIndex !== undefined) return full ? rules.codeBlockConfidence : rules.selectionConfidence;
  return full ? rules.buttonConfidence : rules.selectionConfidence;
}
