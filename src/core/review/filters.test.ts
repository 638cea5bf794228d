import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, describeFilter, isEmptyFilter, matchesAnswer, matchesConversation, needsAnswerIndex, tsBounds } from './filters';

const row = { site: 'claude', model: 'claude-opus-4', ts: '2026-11-20T10:00:00.000Z', label: 'rejected' as const, confidence: 0.7, signalKinds: ['copy' as const, 'feedback' as const] };

describe('review filters', () => {
  it('match everything when empty', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(matchesAnswer(row, EMPTY_FILTER)).toBe(true);
    expect(tsBounds(EMPTY_FILTER)).toEqual({ lower: '', upper: '\uffff' });
  });

  it('take inclusive UTC days for the date range', () => {
    expect(matchesAnswer(row, { ...EMPTY_FILTER, from: '2026-11-20', to: '2026-11-20' })).toBe(true);
    expect(matchesAnswer(row, { ...EMPTY_FILTER, from: '2026-11-21' })).toBe(false);
    expect(matchesAnswer(row, { ...EMPTY_FILTER, to: '2026-11-19' })).toBe(false);
    expect(tsBounds({ ...EMPTY_FILTER, from: 'garbage' }).lower).toBe('');
  });

  it('read the user label over the machine label, and treat it as certain', () => {
    const overridden = { ...row, userLabel: 'accepted' as const };
    expect(matchesAnswer(overridden, { ...EMPTY_FILTER, labels: ['accepted'] })).toBe(true);
    expect(matchesAnswer(overridden, { ...EMPTY_FILTER, labels: ['rejected'] })).toBe(false);
    expect(matchesAnswer(overridden, { ...EMPTY_FILTER, maxConfidence: 0.9 })).toBe(false);
    expect(matchesAnswer(row, { ...EMPTY_FILTER, minConfidence: 0.75 })).toBe(false);
  });

  it('match any chosen signal kind, site and model', () => {
    expect(matchesAnswer(row, { ...EMPTY_FILTER, signalKinds: ['paste', 'feedback'] })).toBe(true);
    expect(matchesAnswer(row, { ...EMPTY_FILTER, signalKinds: ['paste'] })).toBe(false);
    expect(matchesAnswer(row, { ...EMPTY_FILTER, sites: ['chatgpt'] })).toBe(false);
    expect(matchesAnswer(row, { ...EMPTY_FILTER, models: ['claude-opus-4'] })).toBe(true);
  });

  it('tell which filters need the answer index, and describe themselves', () => {
    expect(needsAnswerIndex({ ...EMPTY_FILTER, sites: ['grok'] })).toBe(false);
    expect(needsAnswerIndex({ ...EMPTY_FILTER, minConfidence: 0 })).toBe(true);
    const conv = { site: 'grok', models: ['grok-3', 'grok-4'], lastTs: '2026-11-02T00:00:00.000Z' };
    expect(matchesConversation(conv, { ...EMPTY_FILTER, models: ['grok-4'] })).toBe(true);
    expect(matchesConversation(conv, { ...EMPTY_FILTER, from: '2026-11-03' })).toBe(false);
    expect(describeFilter({ ...EMPTY_FILTER, sites: ['grok'], labels: ['refined'] })).toBe('site grok, label refined');
  });
});
