// Two small inline-SVG charts of the filtered set: signals per day (bars) and acceptance rate per model per week
// (lines). Numbers come from the same scan that fills the list, so they always match the filters.
import { acceptanceLines, barGeometry, type ChartData, dailySeries } from '../../core/review/charts';

const W = 520;
const H = 120;
const PALETTE = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)', 'var(--c6)'];

export function Charts({ data, complete }: { data: ChartData; complete: boolean }) {
  const series = dailySeries(data.signalsPerDay);
  const { bars, max } = barGeometry(series, W, H);
  const { lines, weeks } = acceptanceLines(data.acceptance, W, H);
  const total = series.reduce((s, [, v]) => s + v, 0);
  return (
    <div class="charts" data-testid="charts" data-complete={complete}>
      <figure>
        <figcaption>
          Signals per day <span class="muted">({total.toLocaleString('en')} on the answers in view{complete ? '' : ', still counting'})</span>
        </figcaption>
        {series.length === 0 ? (
          <p class="muted">{complete ? 'No answers in view.' : 'Counting…'}</p>
        ) : (
          <svg viewBox={`-40 -10 ${W + 52} ${H + 30}`} role="img" aria-label={`Signals per day, ${series[0]![0]} to ${series[series.length - 1]![0]}, at most ${max} a day`}>
            <line x1={0} y1={H} x2={W} y2={H} class="axis" />
            <text x={-4} y={4} class="tick" text-anchor="end">{max}</text>
            <text x={-4} y={H} class="tick" text-anchor="end">0</text>
            {bars.map((b) => (
              <rect key={b.label} x={b.x} y={b.y} width={b.width} height={b.height} class="bar">
                <title>{`${b.label}: ${b.value} signals`}</title>
              </rect>
            ))}
            <text x={0} y={H + 16} class="tick">{series[0]![0]}</text>
            <text x={W} y={H + 16} class="tick" text-anchor="end">{series[series.length - 1]![0]}</text>
          </svg>
        )}
      </figure>
      <figure>
        <figcaption>
          Acceptance rate per model, by week <span class="muted">(accepted answers / all answers; your labels count over the machine's)</span>
        </figcaption>
        {lines.length === 0 ? (
          <p class="muted">{complete ? 'No answers in view.' : 'Counting…'}</p>
        ) : (
          <>
            <svg viewBox={`-40 -10 ${W + 52} ${H + 30}`} role="img" aria-label="Acceptance rate per model by week">
              {[0, 0.5, 1].map((r) => (
                <g key={r}>
                  <line x1={0} y1={H - r * H} x2={W} y2={H - r * H} class={r === 0 ? 'axis' : 'grid'} />
                  <text x={-4} y={H - r * H + 4} class="tick" text-anchor="end">{`${r * 100}%`}</text>
                </g>
              ))}
              {lines.map((l, i) => (
                <g key={l.model} style={{ color: PALETTE[i % PALETTE.length] }}>
                  <polyline points={l.points.map((p) => `${p.x},${p.y}`).join(' ')} class="series" />
                  {l.points.map((p) => (
                    <circle key={p.week} cx={p.x} cy={p.y} r={3} class="dot">
                      <title>{`${l.model}, week of ${p.week}: ${(p.rate * 100).toFixed(0)}% of ${p.total}`}</title>
                    </circle>
                  ))}
                </g>
              ))}
              <text x={0} y={H + 16} class="tick">{weeks[0]}</text>
              <text x={W} y={H + 16} class="tick" text-anchor="end">{weeks[weeks.length - 1]}</text>
            </svg>
            <ul class="legend">
              {lines.map((l, i) => (
                <li key={l.model}>
                  <span class="swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
                  <bdi dir="auto">{l.model}</bdi>
                </li>
              ))}
            </ul>
          </>
        )}
      </figure>
    </div>
  );
}
