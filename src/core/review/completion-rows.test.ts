// The review page's completion rows: suggestion, accepted part and final code side by side, newest first, and the
// acceptance figures over every document even when only the newest rows are listed.
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticCompletionDocument, accepted, outcome, shown } from '../../../test/support/completion-events';
import { resetTestClock } from '../../../test/support/make-event';
import { completionOverview, completionRows } from './completion-rows';

beforeEach(() => resetTestClock());

describe('completion review rows', () => {
  it('shows the suggestion, exactly what was accepted and the final code (CN)', () => {
    const rows = completionRows([
      shown('s1', 'return a + b'),
      accepted('s1', 'return a', 'word'),
      outcome('s1', 'return a', 'return a * 2'),
    ]);
    expect(rows.map((r) => [r.suggestion, r.accepted, r.final, r.language, r.site])).toEqual([
      ['return a + b', 'return a', 'return a * 2', 'python', 'vscode'],
    ]);
    expect(rows[0]!.label).toMatchObject({ label: 'refined', acceptance: 'partial' });
  });

  it('a dismissed suggestion has no accepted part and no final code', () => {
    const [row] = completionRows(syntheticCompletionDocument('r', 0)).filter((r) => r.suggestionId === 'escaped');
    expect(row!.accepted).toBe('');
    expect(row!.label).toMatchObject({ label: 'rejected', rejectedHow: 'escape' });
    expect(row!.final).toBeUndefined();
  });

  it('lists the newest first up to the limit, but counts every suggestion in the acceptance figures', () => {
    const first = syntheticCompletionDocument('r', 0);
    const second = syntheticCompletionDocument('r', 1);
    const { stats, rows } = completionOverview([first, second], 5);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.conversationKey === 'vscode:r-doc-1')).toBe(true);
    expect(rows.map((r) => r.shownAt)).toEqual([...rows.map((r) => r.shownAt)].sort().reverse());
    expect(stats.overall).toMatchObject({ shown: 18, accepted: 8, partial: 2 });
  });
});
