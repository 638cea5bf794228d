// The typing bench's paired design: every condition sits at the same mean place in each round (so steady drift in
// load weighs on all alike) and at each place pair once in three rounds; the estimator's interval covers its mean,
// shrinks as rounds agree, and is printed open when one round cannot give one.
import { describe, expect, it } from 'vitest';
import { pairedEstimate, roundOrder } from './paired';

describe('bench:typing rounds', () => {
  it('are palindromes of the three conditions, each at each place pair once in three rounds', () => {
    const places = new Map<string, Set<number>>();
    for (let r = 0; r < 3; r++) {
      const order = roundOrder(r);
      expect(order).toEqual([...order].reverse());
      expect(new Set(order)).toEqual(new Set(['with', 'controlA', 'controlB']));
      order.slice(0, 3).forEach((c, i) => places.set(c, (places.get(c) ?? new Set()).add(i)));
    }
    for (const set of places.values()) expect(set).toEqual(new Set([0, 1, 2]));
  });
});

describe('pairedEstimate', () => {
  it('gives the median and geometric mean of per-round ratios, with an interval around the mean', () => {
    const e = pairedEstimate([1.01, 1.03, 0.99, 1.02, 1.0, 1.05]);
    expect(e.median).toBeCloseTo(1.015, 6);
    expect(e.low).toBeLessThan(e.mean);
    expect(e.high).toBeGreaterThan(e.mean);
    expect(e.mean).toBeGreaterThan(0.99);
    expect(e.mean).toBeLessThan(1.05);
  });

  it('narrows when the rounds agree, and is open with one round', () => {
    const wide = pairedEstimate([0.9, 1.1, 1.0]);
    const narrow = pairedEstimate([0.99, 1.01, 1.0]);
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
    const one = pairedEstimate([1.02]);
    expect(one.low).toBe(0);
    expect(one.high).toBe(Infinity);
  });
});
