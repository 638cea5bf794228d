import { describe, expect, it } from 'vitest';
import { acceptanceFromCells, AcceptanceTally, describeAcceptance } from './acceptance';
import { datasetCard } from './dataset-card';

/** 10 answers shown: 3 accepted, 1 rejected, 1 refined, 5 with no signal (gpt-4o 6 shown, claude 4). */
function tally() {
  const t = new AcceptanceTally();
  const labels = ['accepted', 'accepted', 'rejected', 'unknown', 'unknown', 'unknown', 'accepted', 'refined', 'unknown', 'unknown'] as const;
  labels.forEach((label, i) => t.add(i < 6 ? 'gpt-4o' : 'claude', i < 5 ? '2026-11-20T10:00:00Z' : '2026-11-21T10:00:00Z', label));
  return t.stats();
}

describe('acceptance', () => {
  it('reports accepted / labelled and, as the Echo paper measures it, accepted / shown with every answer counted', () => {
    const stats = tally();
    expect(stats.overall).toMatchObject({ answers: 10, labelled: 5, accepted: 3, rate: 3 / 5, shownRate: 3 / 10 });
    expect(stats.byModel['gpt-4o']).toMatchObject({ answers: 6, labelled: 3, accepted: 2, rate: 2 / 3, shownRate: 2 / 6 });
    expect(stats.byDay.find((d) => d.day === '2026-11-21' && d.model === 'claude')).toMatchObject({ answers: 4, accepted: 1, shownRate: 1 / 4 });
    expect(stats.definition).toMatch(/accepted \/ shown/);
  });

  it('names both denominators in the popup and card line', () => {
    expect(describeAcceptance(tally())).toBe('Accepted 60% of 5 labelled answers (gpt-4o 67%, claude 50%) · 30% of 10 shown (accepted / shown)');
    const none = new AcceptanceTally();
    none.add('x', '2026-11-20T10:00:00Z', 'unknown');
    expect(describeAcceptance(none.stats())).toBe('No labelled answers yet (1 answers) · 0% of 1 shown (accepted / shown)');
  });

  it('sums per-day rows of several bundles into both rates again', () => {
    const merged = AcceptanceTally.fromDays([...tally().byDay, ...tally().byDay]);
    expect(merged.overall).toMatchObject({ answers: 20, labelled: 10, accepted: 6, rate: 0.6, shownRate: 0.3 });
  });

  it('reads the review page chart cells (shown, labelled, accepted per model and week)', () => {
    const cells = new Map([['o3', [{ accepted: 2, total: 5, labelled: 3 }, { accepted: 1, total: 5, labelled: 1 }]]]);
    expect(describeAcceptance(acceptanceFromCells(cells))).toBe('Accepted 75% of 4 labelled answers (o3 75%) · 30% of 10 shown (accepted / shown)');
  });

  it('puts both rates per model in the dataset card', () => {
    const card = datasetCard({ title: 't', summary: [], files: [], facts: [], acceptance: tally() });
    expect(card).toContain('| model | shown | labelled | accepted | rejected | refined | accepted / labelled | accepted / shown |');
    expect(card).toContain('| gpt-4o | 6 | 3 | 2 | 1 | 0 | 66.7% | 33.3% |');
  });
});
