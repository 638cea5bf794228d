import { describe, expect, it } from 'vitest';
import { acceptanceLines, addToCharts, barGeometry, dailySeries, emptyChartData, weekOf } from './charts';

describe('chart data', () => {
  it('sums signals per day and acceptance per model per week, user labels first', () => {
    const data = emptyChartData();
    addToCharts(data, { ts: '2026-11-23T10:00:00.000Z', model: 'o3', label: 'accepted', signalCount: 2 });
    addToCharts(data, { ts: '2026-11-25T10:00:00.000Z', model: 'o3', label: 'rejected', userLabel: 'accepted', signalCount: 1 });
    addToCharts(data, { ts: '2026-11-25T11:00:00.000Z', model: 'o3', label: 'rejected', signalCount: 0 });
    expect(dailySeries(data.signalsPerDay)).toEqual([
      ['2026-11-23', 2],
      ['2026-11-24', 0],
      ['2026-11-25', 1],
    ]);
    expect(weekOf('2026-11-25')).toBe('2026-11-23');
    expect(data.acceptance.get('o3')!.get('2026-11-23')).toEqual({ accepted: 2, total: 3, labelled: 3 });
  });

  it('lays out bars and lines inside the box', () => {
    const { bars, max } = barGeometry([['a', 1], ['b', 4]], 100, 50);
    expect(max).toBe(4);
    expect(bars[1]).toMatchObject({ y: 0, height: 50 });
    expect(bars[0]!.x + bars[0]!.width).toBeLessThanOrEqual(50);
    const data = emptyChartData();
    addToCharts(data, { ts: '2026-11-02T00:00:00.000Z', model: 'm', label: 'accepted', signalCount: 0 });
    addToCharts(data, { ts: '2026-11-10T00:00:00.000Z', model: 'm', label: 'rejected', signalCount: 0 });
    const { lines, weeks } = acceptanceLines(data.acceptance, 200, 100);
    expect(weeks).toHaveLength(2);
    expect(lines[0]!.points.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [200, 100],
    ]);
  });
});
