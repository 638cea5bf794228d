// Chart data accumulated while the list scans answer rows, so the charts always describe the filtered set, and
// the geometry of two small inline-SVG charts (no chart library: a bar chart and a few polylines).
import type { AnswerLabelKind } from '../labeller/types';

export interface ChartRow {
  ts: string;
  model: string;
  label: AnswerLabelKind;
  userLabel?: AnswerLabelKind;
  signalCount: number;
}

export interface ChartData {
  /** UTC day -> signals on answers given that day. */
  signalsPerDay: Map<string, number>;
  /** model -> week (Monday, UTC) -> answers (shown), labelled answers and accepted answers. */
  acceptance: Map<string, Map<string, { accepted: number; total: number; labelled?: number }>>;
}

export function emptyChartData(): ChartData {
  return { signalsPerDay: new Map(), acceptance: new Map() };
}

export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function addToCharts(data: ChartData, row: ChartRow): void {
  const day = row.ts.slice(0, 10);
  data.signalsPerDay.set(day, (data.signalsPerDay.get(day) ?? 0) + row.signalCount);
  const model = row.model || 'unknown model';
  let weeks = data.acceptance.get(model);
  if (!weeks) data.acceptance.set(model, (weeks = new Map<string, { accepted: number; total: number; labelled?: number }>()));
  const week = weekOf(day);
  const cell = weeks.get(week) ?? { accepted: 0, total: 0, labelled: 0 };
  const label = row.userLabel ?? row.label;
  cell.total++;
  if (label !== 'unknown') cell.labelled = (cell.labelled ?? 0) + 1;
  if (label === 'accepted') cell.accepted++;
  weeks.set(week, cell);
}

/** Every day from the first to the last with data, zeros filled in, so gaps show as gaps. */
export function dailySeries(perDay: ReadonlyMap<string, number>, maxDays = 120): [string, number][] {
  const days = [...perDay.keys()].sort();
  if (!days.length) return [];
  const out: [string, number][] = [];
  const last = days[days.length - 1]!;
  const start = new Date(`${days[0]}T00:00:00.000Z`);
  const floor = new Date(`${last}T00:00:00.000Z`);
  floor.setUTCDate(floor.getUTCDate() - (maxDays - 1));
  for (const d = start < floor ? floor : start; ; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    out.push([day, perDay.get(day) ?? 0]);
    if (day >= last) break;
  }
  return out;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  value: number;
}

export function barGeometry(series: readonly [string, number][], width: number, height: number): { bars: Bar[]; max: number } {
  const max = Math.max(1, ...series.map(([, v]) => v));
  const step = series.length ? width / series.length : width;
  const barWidth = Math.max(1, step * 0.8);
  const bars = series.map(([label, value], i) => {
    const h = (value / max) * height;
    return { x: i * step + (step - barWidth) / 2, y: height - h, width: barWidth, height: h, label, value };
  });
  return { bars, max };
}

export interface Line {
  model: string;
  points: { x: number; y: number; week: string; rate: number; total: number }[];
}

/** One line per model (most answers first, at most `maxModels`), x by week across all models, y = rate. */
export function acceptanceLines(data: ChartData['acceptance'], width: number, height: number, maxModels = 6): { lines: Line[]; weeks: string[] } {
  const weeks = [...new Set([...data.values()].flatMap((w) => [...w.keys()]))].sort();
  const x = (week: string) => (weeks.length <= 1 ? width / 2 : (weeks.indexOf(week) / (weeks.length - 1)) * width);
  const totals = [...data].map(([model, w]) => [model, [...w.values()].reduce((s, c) => s + c.total, 0)] as const);
  const models = totals.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxModels).map(([m]) => m);
  const lines = models.map((model) => ({
    model,
    points: [...data.get(model)!]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([week, c]) => ({ x: x(week), y: height - (c.accepted / c.total) * height, week, rate: c.accepted / c.total, total: c.total })),
  }));
  return { lines, weeks };
}
