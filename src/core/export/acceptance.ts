// The Echo headline metric: acceptance rate = accepted / labelled answers (labelled: accepted, rejected or
// refined; `unknown` answers carry no signal and are left out), per model and per UTC day.
import type { AnswerLabelKind } from '../labeller/types';
import type { Infer } from '../schema';
import type { acceptanceCountsSchema, acceptanceStatsSchema } from './file-schemas';

export type AcceptanceCounts = Infer<typeof acceptanceCountsSchema>;
export type AcceptanceStats = Infer<typeof acceptanceStatsSchema>;

export const ACCEPTANCE_DEFINITION = 'rate = accepted / labelled answers; labelled = accepted + rejected + refined (unknown excluded)';
export const UNKNOWN_MODEL = 'unknown';

const empty = (): AcceptanceCounts => ({ answers: 0, labelled: 0, accepted: 0, rejected: 0, refined: 0, rate: null });

function add(c: AcceptanceCounts, label: AnswerLabelKind): void {
  c.answers++;
  if (label !== 'unknown') {
    c.labelled++;
    c[label]++;
  }
  c.rate = c.labelled ? c.accepted / c.labelled : null;
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
      into.rate = into.labelled ? into.accepted / into.labelled : null;
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

/** "Accepted 62% of 40 labelled answers (gpt-4o 70%, claude 50%)": the popup's line. */
export function describeAcceptance(stats: Pick<AcceptanceStats, 'overall' | 'byModel'>, maxModels = 3): string {
  const { overall } = stats;
  if (!overall.labelled || overall.rate === null) return `No labelled answers yet (${overall.answers} answers)`;
  const pct = (r: number) => `${Math.round(r * 100)}%`;
  const models = Object.entries(stats.byModel)
    .filter(([, c]) => c.rate !== null)
    .sort(([, a], [, b]) => b.labelled - a.labelled)
    .slice(0, maxModels)
    .map(([m, c]) => `${m} ${pct(c.rate!)}`);
  const noun = overall.labelled === 1 ? 'labelled answer' : 'labelled answers';
  return `Accepted ${pct(overall.rate)} of ${overall.labelled} ${noun}${models.length ? ` (${models.join(', ')})` : ''}`;
}
