// The paired design and estimator `npm run bench:typing` judges a 2 % overhead with on a shared machine. Each round
// measures three conditions on six pages in a palindrome (x y z z y x): with capture, and two control pages without
// it, so a load that drifts steadily through the round weighs on all three alike (each sits at the same mean
// position), and the two controls are an A/A pair: their ratio is what noise alone gives. Which condition takes the
// outer, middle and inner places rotates round by round (a 3×3 Latin square), so a place's own effect (first page
// after a close, a collection the page before left) falls on each condition alike over every three rounds.
// Per round: log ratios of the sums of each condition's two pages; over rounds: their median and mean with a 95 %
// interval (Student's t on the per-round logs), printed as ratios.

export type Condition = 'with' | 'controlA' | 'controlB';

const ROTATION: Condition[][] = [
  ['with', 'controlA', 'controlB'],
  ['controlA', 'controlB', 'with'],
  ['controlB', 'with', 'controlA'],
];

/** The six pages of round `r` (0-based): a palindrome of the round's rotation. */
export function roundOrder(r: number): Condition[] {
  const [x, y, z] = ROTATION[r % 3]!;
  return [x!, y!, z!, z!, y!, x!];
}

/** Two-sided 95 % Student's t quantiles by degrees of freedom (1-30; the normal's beyond). */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** A mean with its 95 % confidence interval (Student's t over the rounds). */
export interface Interval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/** The mean of per-round values with its 95 % interval; with one round the interval is that round alone. */
export function meanInterval(values: number[]): Interval {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, low: mean, high: mean, n };
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = ((T95[n - 2] ?? 1.96) * sd) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half, n };
}

/** A ratio's interval from per-round ratios: the geometric mean, its interval taken on the logarithms. */
export function ratioInterval(ratios: number[]): Interval {
  const logs = meanInterval(ratios.map(Math.log));
  return { mean: Math.exp(logs.mean), low: Math.exp(logs.low), high: Math.exp(logs.high), n: logs.n };
}

export interface PairedEstimate {
  /** Median of the per-round ratios. */
  median: number;
  /** exp(mean of per-round log ratios), with its 95 % interval. */
  mean: number;
  low: number;
  high: number;
  rounds: number[];
}

/** The estimate from per-round ratios (each already a ratio of sums within one round). */
export function pairedEstimate(ratios: number[]): PairedEstimate {
  const n = ratios.length;
  const { mean, low, high } = ratioInterval(ratios);
  const s = [...ratios].sort((a, b) => a - b);
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  // One round says nothing about the spread: the interval is left open.
  return { median, mean, low: n > 1 ? low : 0, high: n > 1 ? high : Infinity, rounds: ratios };
}

export function formatEstimate(e: PairedEstimate, d = 3): string {
  return `median ${e.median.toFixed(d)}, mean ${e.mean.toFixed(d)} (95 % interval ${e.low.toFixed(d)}-${e.high.toFixed(d)}, ${e.rounds.length} rounds)`;
}
