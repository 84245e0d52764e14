// Small SVG charts drawn by hand (a few hundred bytes compressed, against ~20 KB for a chart library):
// horizontal bars and stacked bars, with their numbers written beside them so they read without
// hovering, and the data on each bar (data-key, data-value) for tests and assistive text in <title>.
import { formatNumber } from "./i18n.js";

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** A CSS colour or var(). */
  color: string;
}

const ROW = 30;
const LABEL_W = 130;
const VALUE_W = 46;
const WIDTH = 360;

function clip(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One bar per item, longest = the largest value. */
export function BarChart({ id, title, items }: { id: string; title: string; items: BarItem[] }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const barW = WIDTH - LABEL_W - VALUE_W;
  const height = items.length * ROW + 4;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg data-chart={id} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title}>
        {items.map((item, i) => {
          const y = i * ROW + 4;
          const w = item.value === 0 ? 0 : Math.max(2, (item.value / max) * barW);
          return (
            <g key={item.key} data-key={item.key} data-value={item.value}>
              <title>{`${item.label}: ${formatNumber(item.value)}`}</title>
              <text x={0} y={y + 16} class="chart-label">
                {clip(item.label)}
              </text>
              <rect x={LABEL_W} y={y + 3} width={barW} height={ROW - 10} rx={4} class="chart-track" />
              <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 10} rx={4} style={{ fill: item.color }} />
              <text x={WIDTH} y={y + 16} text-anchor="end" class="chart-value">
                {formatNumber(item.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface StackRow {
  key: string;
  label: string;
  parts: BarItem[];
}

/** One bar per row split by parts (e.g. a pokja's tasks by status), all on the same scale, with a legend. */
export function StackedBars({ id, title, rows, legend }: { id: string; title: string; rows: StackRow[]; legend: BarItem[] }) {
  const totals = rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0));
  const max = Math.max(1, ...totals);
  const barW = WIDTH - LABEL_W - VALUE_W;
  const height = rows.length * ROW + 4;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg data-chart={id} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title}>
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          let x = LABEL_W;
          return (
            <g key={row.key} data-key={row.key} data-value={totals[i]}>
              <title>{`${row.label}: ${row.parts.map((p) => `${p.label} ${p.value}`).join(", ")}`}</title>
              <text x={0} y={y + 16} class="chart-label">
                {clip(row.label)}
              </text>
              <rect x={LABEL_W} y={y + 3} width={barW} height={ROW - 10} rx={4} class="chart-track" />
              {row.parts.map((part) => {
                const w = (part.value / max) * barW;
                const rect = <rect key={part.key} data-key={part.key} data-value={part.value} x={x} y={y + 3} width={w} height={ROW - 10} style={{ fill: part.color }} />;
                x += w;
                return rect;
              })}
              <text x={WIDTH} y={y + 16} text-anchor="end" class="chart-value">
                {formatNumber(totals[i] ?? 0)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend">
        {legend.map((l) => (
          <li key={l.key}>
            <span class="swatch" style={{ background: l.color }} />
            {l.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
