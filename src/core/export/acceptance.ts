// The Echo headline metric, in two denominators, per model and per UTC day:
// - rate = accepted / labelled answers (labelled: accepted, rejected or refined; `unknown` answers carry no signal
//   and are left out): how often the answers users judged were accepted;
// - shownRate = accepted / shown, every captured answer in the denominator (regenerated-away variants and answers
//   nobody reacted to included): the acceptance rate as the Echo paper measures it (accepted / shown suggestions).
//   Refined answers are not counted as accepted in either: the user had to change them first.
import type { AnswerLabelKind } from '../labeller/types';
import type { Infer } from '../schema';
import type { acceptanceCountsSchema, acceptanceStatsSchema } from './file-schemas';

export type AcceptanceCounts = Infer<typeof acceptanceCountsSchema>;
export type AcceptanceStats = Infer<typeof acceptanceStatsSchema>;

export const ACCEPTANCE_DEFINITION =
  'rate = accepted / labelled answers, labelled = accepted + rejected + refined (unknown excluded); shownRate = accepted / shown answers, every captured answer counted (the Echo paper\'s acceptance rate, accepted / shown)';
export const UNKNOWN_MODEL = 'unknown';

const empty = (): AcceptanceCounts => ({ answers: 0, labelled: 0, accepted: 0, rejected: 0, refined: 0, rate: null, shownRate: null });

function rates(c: AcceptanceCounts): void {
  c.rate = c.labelled ? c.accepted / c.labelled : null;
  c.shownRate = c.answers ? c.accepted / c.answers : null;
}

function add(c: AcceptanceCounts, label: AnswerLabelKind): void {
  c.answers++;
  if (label !== 'unknown') {
    c.labelled++;
    c[label]++;
  }
  rates(c);
}

export class AcceptanceTally {
  private overall = empty();
  private byModel = new Map<string, AcceptanceCounts>();
  private byDay = new Map<string, AcceptanceCounts & { day: string; model: string }>();

  add(model: string | undefined, answeredAt: string, label: AnswerLabelKind): void {
    const m = model || UNKNOWN_MODEL;
    const day = answeredAt.slice(0, 10);
    add(this.overall, label);
    let byModel = this.byModel.get(m);
    if (!byModel) this.byModel.set(m, (byModel = empty()));
    add(byModel, label);
    const key = `${day}\u0000${m}`;
    let byDay = this.byDay.get(key);
    if (!byDay) this.byDay.set(key, (byDay = { day, model: m, ...empty() }));
    add(byDay, label);
  }

  /** Sums per-day rows (e.g. from several bundles' manifests) into overall, per-model and per-day figures. */
  static fromDays(days: readonly (AcceptanceCounts & { day: string; model: string })[]): AcceptanceStats {
    const tally = new AcceptanceTally();
    const sum = (into: AcceptanceCounts, d: AcceptanceCounts) => {
      for (const f of ['answers', 'labelled', 'accepted', 'rejected', 'refined'] as const) into[f] += d[f];
      rates(into);
    };
    for (const d of days) {
      sum(tally.overall, d);
      let byModel = tally.byModel.get(d.model);
      if (!byModel) tally.byModel.set(d.model, (byModel = empty()));
      sum(byModel, d);
      const key = `${d.day}\u0000${d.model}`;
      let byDay = tally.byDay.get(key);
      if (!byDay) tally.byDay.set(key, (byDay = { day: d.day, model: d.model, ...empty() }));
      sum(byDay, d);
    }
    return tally.stats();
  }

  stats(): AcceptanceStats {
    return {
      definition: ACCEPTANCE_DEFINITION,
      overall: { ...this.overall },
      byModel: Object.fromEntries([...this.byModel].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }])),
      byDay: [...this.byDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.model.localeCompare(b.model)).map((d) => ({ ...d })),
    };
  }
}

const pct = (r: number) => `${Math.round(r * 100)}%`;

/**
 * "Accepted 62% of 40 labelled answers (gpt-4o 70%, claude 50%) · 31% of 80 shown (accepted / shown)": the popup's
 * line, the dataset card's and the CLI's summary. Both denominators, each named.
 */
export function describeAcceptance(stats: Pick<AcceptanceStats, 'overall' | 'byModel'>, maxModels = 3): string {
  const { overall } = stats;
  const shown = overall.answers ? ` · ${pct(overall.accepted / overall.answers)} of ${overall.answers} shown (accepted / shown)` : '';
  if (!overall.labelled || overall.rate === null) return `No labelled answers yet (${overall.answers} answers)${shown}`;
  const models = Object.entries(stats.byModel)
    .filter(([, c]) => c.rate !== null)
    .sort(([, a], [, b]) => b.labelled - a.labelled)
    .slice(0, maxModels)
    .map(([m, c]) => `${m} ${pct(c.rate!)}`);
  const noun = overall.labelled === 1 ? 'labelled answer' : 'labelled answers';
  return `Accepted ${pct(overall.rate)} of ${overall.labelled} ${noun}${models.length ? ` (${models.join(', ')})` : ''}${shown}`;
}

/** Per-model cells of accepted, labelled and shown answers (the review page's chart data) as overall and per-model counts. */
export function acceptanceFromCells(byModel: ReadonlyMap<string, Iterable<{ accepted: number; total: number; labelled?: number }>>): Pick<AcceptanceStats, 'overall' | 'byModel'> {
  const overall = empty();
  const models: Record<string, AcceptanceCounts> = {};
  for (const [model, cells] of byModel) {
    const c = (models[model] = empty());
    for (const cell of cells) {
      c.answers += cell.total;
      c.accepted += cell.accepted;
      c.labelled += cell.labelled ?? 0;
    }
    rates(c);
    overall.answers += c.answers;
    overall.accepted += c.accepted;
    overall.labelled += c.labelled;
  }
  rates(overall);
  return { overall, byModel: models };
}
