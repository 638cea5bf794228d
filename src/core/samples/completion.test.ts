// Completion samples from synthetic episodes: the target is always what the user kept (CN) at the suggestion's
// context (C0), in each form, and what they dismissed is only ever the rejected side of a pair.
import { beforeEach, describe, expect, it } from 'vitest';
import { accepted, outcome, rejected, shown } from '../../../test/support/completion-events';
import { resetTestClock } from '../../../test/support/make-event';
import type { CaptureEvent } from '../events';
import { labelCompletions } from '../labeller/completion-labels';
import { buildCompletionSamples } from './completion';
import { completionFimSampleSchema, completionPreferenceSampleSchema, completionPromptCompletionSampleSchema } from './completion-schemas';

const SUGGESTION = 'return a + b';
const PREFIX = 'def add(a, b):\n    ';
const SUFFIX = '\n\nprint(add(1, 2))\n';

beforeEach(() => resetTestClock());

const samplesOf = (events: CaptureEvent[], options = {}) => {
  const sets = buildCompletionSamples(events, labelCompletions(events), options);
  for (const s of sets.fim) completionFimSampleSchema.parse(s);
  for (const s of sets.promptCompletion) completionPromptCompletionSampleSchema.parse(s);
  for (const s of sets.preference) completionPreferenceSampleSchema.parse(s);
  return sets;
};

describe('completion samples', () => {
  it('accepted and kept: a FIM sample (prefix / suffix / middle = CN) and a prompt/completion sample; no pair', () => {
    const sets = samplesOf([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, SUGGESTION)]);
    expect(sets.fim).toEqual([expect.objectContaining({ prefix: PREFIX, suffix: SUFFIX, middle: SUGGESTION })]);
    expect(sets.fim[0]!.meta).toMatchObject({ site: 'vscode', language: 'python', label: 'accepted', acceptance: 'full' });
    expect(sets.promptCompletion).toEqual([expect.objectContaining({ prompt: PREFIX, completion: SUGGESTION })]);
    expect(sets.promptCompletion[0]!.meta.suffix).toBe(SUFFIX);
    expect(sets.preference).toEqual([]);
  });

  it('accepted then edited: CN is the middle and is preferred over the suggestion as shown', () => {
    const final = 'return int(a) + int(b)';
    const sets = samplesOf([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, final)]);
    expect(sets.fim.map((s) => s.middle)).toEqual([final]);
    const pairs = sets.preference.map((p) => [p.prompt, p.chosen, p.rejected, p.meta.pairKind]);
    expect(pairs).toEqual([[PREFIX, final, SUGGESTION, 'refined_vs_suggestion']]);
  });

  it('partly accepted: only the part kept is the middle, preferred over the whole suggestion', () => {
    const sets = samplesOf([
      shown('s1', SUGGESTION),
      accepted('s1', 'return a', 'word'),
      rejected('s1', 'escape'),
      outcome('s1', 'return a', 'return a'),
    ]);
    expect(sets.fim.map((s) => s.middle)).toEqual(['return a']);
    const pairs = sets.preference.map((p) => [p.chosen, p.rejected, p.meta.pairKind]);
    expect(pairs).toEqual([['return a', SUGGESTION, 'partial_vs_suggestion']]);
  });

  it('dismissed, typed over, moved away from, replaced or undone: never a target in any form', () => {
    const events = [
      shown('esc', 'ESCAPED()'),
      rejected('esc', 'escape'),
      shown('typed', 'TYPED_OVER()'),
      rejected('typed', 'typed-over'),
      shown('moved', 'MOVED_AWAY()'),
      rejected('moved', 'cursor-moved'),
      shown('undone', 'UNDONE()'),
      accepted('undone', 'UNDONE()'),
      outcome('undone', 'UNDONE()', ''),
      shown('old', 'REPLACED()'),
      shown('new', SUGGESTION, { replacesSuggestionId: 'old' }),
      accepted('new', SUGGESTION),
      outcome('new', SUGGESTION, SUGGESTION),
    ];
    const sets = samplesOf(events);
    const targets = [
      ...sets.fim.map((s) => s.middle),
      ...sets.promptCompletion.map((s) => s.completion),
      ...sets.preference.map((s) => s.chosen),
    ];
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).not.toMatch(/ESCAPED|TYPED_OVER|MOVED_AWAY|UNDONE|REPLACED/);
    // The suggestion passed over at the same place is the rejected side of a pair with the one the user kept.
    const pairs = sets.preference.map((p) => [p.chosen, p.rejected, p.meta.pairKind]);
    expect(pairs).toEqual([[SUGGESTION, 'REPLACED()', 'accepted_vs_replaced']]);
  });

  it('a replaced suggestion at a different context makes no pair (the contexts must match)', () => {
    const sets = samplesOf([
      shown('old', 'REPLACED()'),
      shown('new', SUGGESTION, { replacesSuggestionId: 'old', prefix: `${PREFIX}x = 1\n    ` }),
      accepted('new', SUGGESTION),
      outcome('new', SUGGESTION, SUGGESTION),
    ]);
    expect(sets.preference).toEqual([]);
  });

  it('below the minimum confidence (accepted, no outcome yet) there is no sample; a lower threshold lets it in', () => {
    const events = [shown('s1', SUGGESTION), accepted('s1', SUGGESTION)];
    expect(samplesOf(events, { minConfidence: 0.7 }).fim).toEqual([]);
    expect(samplesOf(events, { minConfidence: 0.5 }).fim.map((s) => s.middle)).toEqual([SUGGESTION]);
  });

  it("the export's label filter: refined only leaves out kept suggestions", () => {
    const events = [
      shown('kept', SUGGESTION),
      accepted('kept', SUGGESTION),
      outcome('kept', SUGGESTION, SUGGESTION),
      shown('edited', SUGGESTION, { line: 9 }),
      accepted('edited', SUGGESTION),
      outcome('edited', SUGGESTION, 'return b'),
    ];
    expect(samplesOf(events, { labels: ['refined'] }).fim.map((s) => s.meta.suggestionId)).toEqual(['edited']);
  });
});
