import { describe, expect, it } from 'vitest';
import { countsOf, emptyCounts, eventTotal, foldEvent, moveCounts, summariseEvents } from './counts';
import { type CaptureEvent, SIGNAL_KINDS } from './events';
import { makeEvent } from '../../test/support/make-event';

const answer = { conversationId: 'c1', parentId: 'u1', codeBlocks: [], complete: 'finished' as const };
const c1 = [
  makeEvent('prompt', { conversationId: 'c1', messageId: 'u1', text: '  Reverse\n a   list ' }),
  makeEvent('response', { ...answer, messageId: 'a1', text: 'xs[::-1]', model: 'gpt-4o' }),
  makeEvent('copy', { conversationId: 'c1', messageId: 'a1', via: 'button', text: 'xs', start: 0, end: 2, share: 0.3 }),
  makeEvent('response', { ...answer, messageId: 'a2', text: 'reversed(xs)', model: 'o3' }),
];
const c2 = [makeEvent('prompt', { site: 'claude', conversationId: 'c2', messageId: 'u1', text: 'hello' })];

describe('conversation summaries and counts', () => {
  it('folds a conversation into its summary row', () => {
    const s = summariseEvents(c1)!;
    expect(s).toMatchObject({ key: 'chatgpt:c1', title: 'Reverse a list', prompts: 1, answers: 2, signals: 1, models: ['gpt-4o', 'o3'] });
    expect([s.firstTs, s.lastTs]).toEqual([c1[0]!.ts, c1[3]!.ts]);
    expect(s.byKind).toEqual({ prompt: 1, response: 2, copy: 1 });
    expect(eventTotal(s)).toBe(4);
    expect(summariseEvents([])).toBeUndefined();
  });

  it('does not change the summary it folds into', () => {
    const first = foldEvent(undefined, c1[0]!);
    foldEvent(first, c1[1]!);
    expect(first).toMatchObject({ prompts: 1, answers: 0, byKind: { prompt: 1 } });
  });

  it('keeps counts equal to a recount through additions, changes and deletions', () => {
    const one = summariseEvents(c1.slice(0, 2))!;
    const oneLater = summariseEvents(c1)!;
    const two = summariseEvents(c2)!;
    let counts = emptyCounts();
    counts = moveCounts(counts, undefined, one);
    counts = moveCounts(counts, undefined, two);
    counts = moveCounts(counts, one, oneLater);
    expect(counts).toEqual(countsOf([oneLater, two]));
    expect(counts).toMatchObject({ conversations: 2, prompts: 2, answers: 2, signals: 1 });
    counts = moveCounts(counts, oneLater, undefined);
    expect(counts).toEqual(countsOf([two]));
    expect(counts.byKind).toEqual({ prompt: 1 });
  });

  it('counts every kind that is not a prompt or an answer as a signal', () => {
    for (const kind of SIGNAL_KINDS) {
      const s = foldEvent(undefined, { ...c2[0]!, kind } as unknown as CaptureEvent);
      expect([s.prompts, s.answers, s.signals, s.byKind[kind]]).toEqual([0, 0, 1, 1]);
    }
  });
});
