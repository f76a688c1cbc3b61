/** Stacked horizontal bars in plain SVG; the numbers are also given as a table (accessibility). */
export interface BarChartProps {
  title: string;
  series: { name: string }[];
  bars: { label: string; values: number[] }[];
}

/** Colour-blind-safe palette (Okabe–Ito). */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
const LABEL_WIDTH = 220;
const BAR_HEIGHT = 22;
const GAP = 8;
const CHART_WIDTH = 460;

export function BarChart({ title, series, bars }: BarChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const width = LABEL_WIDTH + CHART_WIDTH + 50;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: '100%', maxWidth: width, height: 'auto' }}
      >
        <title>{title}</title>
        {bars.map((bar, i) => {
          const y = GAP + i * (BAR_HEIGHT + GAP);
          let x = LABEL_WIDTH;
          const total = bar.values.reduce((a, v) => a + v, 0);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.7} textAnchor="end" fontSize={13}>
                {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
              </text>
              {bar.values.map((v, j) => {
                const w = (v / max) * CHART_WIDTH;
                const rect = (
                  <rect
                    key={j}
                    x={x}
                    y={y}
                    width={w}
                    height={BAR_HEIGHT}
                    fill={COLOURS[j % COLOURS.length]}
                  >
                    <title>{`${bar.label} — ${series[j]?.name ?? ''}: ${v}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + BAR_HEIGHT * 0.7} fontSize={13}>
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 8 }}>
        {series.map((s, j) => (
          <span key={s.name} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <span
              aria-hidden
              style={{
                width: 14,
                height: 14,
                background: COLOURS[j % COLOURS.length],
                display: 'inline-block',
              }}
            />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
