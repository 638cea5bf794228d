// Each completion label from a synthetic episode, as the editor kit would record it: what the user did decides
// the label, the acceptance (what the paper's rate counts) and the training target.
import { beforeEach, describe, expect, it } from 'vitest';
import { accepted, outcome, rejected, shown } from '../../../test/support/completion-events';
import { resetTestClock } from '../../../test/support/make-event';
import { buildCompletionEpisodes } from './completion-episodes';
import { labelCompletions } from './completion-labels';
import { LABEL_RULES_VERSION } from './rules';

const SUGGESTION = 'return a + b';

beforeEach(() => resetTestClock());

const only = (events: Parameters<typeof labelCompletions>[0]) => {
  const labels = labelCompletions(events);
  expect(labels).toHaveLength(1);
  return labels[0]!;
};

describe('completion labels', () => {
  it('accepted with Tab and left as it went in: accepted and kept, CN is the target', () => {
    const label = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, SUGGESTION, 'quiet')]);
    expect(label).toMatchObject({ label: 'accepted', acceptance: 'full', target: SUGGESTION, editDistance: 0 });
    expect(label.rulesVersion).toBe(LABEL_RULES_VERSION);
    expect(label.confidence).toBeGreaterThanOrEqual(0.8);
    expect(label.evidence[0]!.rule).toBe('completion_kept');
  });

  it('whitespace-only changes to the accepted text still count as kept', () => {
    const label = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, `${SUGGESTION}  \n`)]);
    expect(label.label).toBe('accepted');
  });

  it('accepted then edited: refined, with the edited code (CN) as the target and the edit distance', () => {
    const final = 'return int(a) + int(b)';
    const label = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, final)]);
    expect(label).toMatchObject({ label: 'refined', acceptance: 'full', target: final });
    expect(label.editDistance).toBeGreaterThan(0);
    expect(label.evidence.map((e) => e.rule)).toEqual(['completion_refined']);
  });

  it('a near-total rewrite is still refined, but a less certain target than a small fix', () => {
    const small = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, 'return a + b + 0')]);
    resetTestClock();
    const rewrite = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, 'raise NotImplementedError()')]);
    expect(rewrite.label).toBe('refined');
    expect(rewrite.confidence).toBeLessThan(small.confidence);
  });

  it('one word accepted and the rest dismissed: partial, the target is only the kept part', () => {
    const label = only([
      shown('s1', SUGGESTION),
      accepted('s1', 'return ', 'word'),
      rejected('s1', 'escape'),
      outcome('s1', 'return ', 'return '),
    ]);
    expect(label).toMatchObject({ label: 'partial', acceptance: 'partial', target: 'return ' });
    expect(label.evidence.map((e) => e.rule)).toEqual(['completion_partial', 'completion_rejected']);
  });

  it('accepted word by word up to its end counts as accepted whole', () => {
    const label = only([
      shown('s1', SUGGESTION),
      accepted('s1', 'return ', 'word'),
      accepted('s1', 'a + ', 'word'),
      accepted('s1', 'b', 'word'),
      outcome('s1', SUGGESTION, SUGGESTION),
    ]);
    expect(label).toMatchObject({ label: 'accepted', acceptance: 'full' });
  });

  it('partly accepted and then edited: refined, acceptance partial', () => {
    const label = only([shown('s1', SUGGESTION), accepted('s1', 'return a', 'word'), outcome('s1', 'return a', 'return a * 2')]);
    expect(label).toMatchObject({ label: 'refined', acceptance: 'partial', target: 'return a * 2' });
  });

  it('accepted and deleted again: rejected, no target, though it was accepted', () => {
    const label = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, '')]);
    expect(label).toMatchObject({ label: 'rejected', acceptance: 'full' });
    expect(label.target).toBeUndefined();
    expect(label.evidence[0]!.rule).toBe('completion_undone');
  });

  it.each([
    ['escape', 'completion_rejected'],
    ['typed-over', 'completion_rejected'],
    ['cursor-moved', 'completion_rejected'],
    ['replaced', 'completion_replaced'],
  ] as const)('dismissed (%s): rejected, no target', (how, rule) => {
    const label = only([shown('s1', SUGGESTION), rejected('s1', how)]);
    expect(label).toMatchObject({ label: 'rejected', acceptance: 'none', rejectedHow: how });
    expect(label.target).toBeUndefined();
    expect(label.evidence[0]!.rule).toBe(rule);
  });

  it('Escape is a surer rejection than the cursor moving away', () => {
    const escape = only([shown('s1', SUGGESTION), rejected('s1', 'escape')]);
    const moved = only([shown('s1', SUGGESTION), rejected('s1', 'cursor-moved')]);
    expect(escape.confidence).toBeGreaterThan(moved.confidence);
  });

  it('a suggestion replaced by another at the same place is rejected even without its own rejection event', () => {
    const replacing = shown('s2', 'return b + a', { replacesSuggestionId: 's1' });
    const labels = labelCompletions([shown('s1', SUGGESTION), replacing, accepted('s2', 'return b + a')]);
    const byId = new Map(labels.map((l) => [l.suggestionId, l]));
    expect(byId.get('s1')).toMatchObject({ label: 'rejected', rejectedHow: 'replaced' });
    expect(byId.get('s2')).toMatchObject({ acceptance: 'full' });
  });

  it('the page going away is not a judgement: unknown', () => {
    const label = only([shown('s1', SUGGESTION), rejected('s1', 'page-exit')]);
    expect(label.label).toBe('unknown');
  });

  it('shown with nothing after it: unknown, confidence 0', () => {
    const label = only([shown('s1', SUGGESTION)]);
    expect(label).toMatchObject({ label: 'unknown', confidence: 0, acceptance: 'none' });
  });

  it('accepted without an outcome yet: accepted, less certain than a kept one, the accepted text as target', () => {
    const label = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION)]);
    expect(label).toMatchObject({ label: 'accepted', target: SUGGESTION });
    expect(label.confidence).toBeLessThan(0.8);
    expect(label.evidence[0]!.rule).toBe('completion_no_outcome');
  });

  it('an outcome taken as the page closed is less certain than one after the user moved on', () => {
    const left = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, 'return a - b', 'left')]);
    const exit = only([shown('s1', SUGGESTION), accepted('s1', SUGGESTION), outcome('s1', SUGGESTION, 'return a - b', 'page-exit')]);
    expect(exit.confidence).toBeLessThan(left.confidence);
  });

  it('rules are data: an override changes the confidence', () => {
    const events = [shown('s1', SUGGESTION), rejected('s1', 'blur')];
    expect(labelCompletions(events)[0]!.label).toBe('rejected');
    expect(labelCompletions(events, { completion: { rejected: { blur: 0.1 } } })[0]!.label).toBe('unknown');
  });

  it('suggestions in different documents with the same id are different episodes', () => {
    const labels = labelCompletions([
      shown('s1', SUGGESTION),
      shown('s1', SUGGESTION, { conversationId: 'file-other.py' }),
      rejected('s1', 'escape', { conversationId: 'file-other.py' }),
    ]);
    expect(labels.map((l) => [l.conversationKey, l.label]).sort()).toEqual([
      ['vscode:file-main.py', 'unknown'],
      ['vscode:file-other.py', 'rejected'],
    ]);
  });

  it('events about a suggestion never shown in the log are counted, not labelled', () => {
    const { episodes, orphans } = buildCompletionEpisodes([accepted('ghost', 'x'), outcome('ghost', 'x', 'x')]);
    expect(episodes).toHaveLength(0);
    expect(orphans).toBe(2);
  });
});
