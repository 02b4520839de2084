import { displayText } from "../memory-excel/model/number-format";
import type { ChartDrawing } from "./chart-drawing";
import { REGIONAL_SEPARATORS, type SheetGrid } from "./sheet-grid";

/** Excel's default series colours (Office theme). */
const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const PAD = { top: 30, right: 12, bottom: 52, left: 40 };
const TICKS = 4;
const CHARACTER_PX = 6;

/** A round axis step (1, 2 or 5 times a power of ten) that fits the largest value in TICKS steps. */
function axisStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) as number;
}

function clip(text: string, px: number): string {
  const fits = Math.max(1, Math.floor(px / CHARACTER_PX));
  return text.length <= fits ? text : `${text.slice(0, Math.max(1, fits - 1))}…`;
}

const number = (n: number) => displayText(n, "General", REGIONAL_SEPARATORS);

/** A clustered column chart as Excel draws ColumnClustered: one group per category, one column per series. */
export function ChartView({ chart, width, height }: { chart: ChartDrawing; width: number; height: number }) {
  const plotWidth = Math.max(1, width - PAD.left - PAD.right);
  const plotHeight = Math.max(1, height - PAD.top - PAD.bottom);
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const step = axisStep(Math.max(0, ...values));
  const top = step * Math.max(1, Math.ceil(Math.max(0, ...values) / step));
  const y = (v: number) => PAD.top + plotHeight - (Math.max(0, v) / top) * plotHeight;
  const group = plotWidth / Math.max(1, chart.categories.length);
  const bar = (group * 0.7) / Math.max(1, chart.series.length);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return (
    <svg className="chart" width={width} height={height} role="img" aria-label={chart.title || chart.name}>
      <rect width={width} height={height} fill="#ffffff" stroke="#d9d9d9" />
      <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#595959">
        {chart.title}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={PAD.left + plotWidth} y1={y(t)} y2={y(t)} stroke="#d9d9d9" />
          <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fontSize={10} fill="#595959">
            {number(t)}
          </text>
        </g>
      ))}
      {chart.categories.map((category, c) => {
        const x = PAD.left + c * group;
        return (
          <g key={c}>
            {chart.series.map((s, i) => {
              const v = s.values[c];
              if (v === null) return null;
              return (
                <rect
                  key={i}
                  x={x + group * 0.15 + i * bar}
                  y={y(v)}
                  width={Math.max(1, bar - 1)}
                  height={PAD.top + plotHeight - y(v)}
                  fill={SERIES_COLORS[i % SERIES_COLORS.length]}
                >
                  <title>{`${category} – ${s.name}: ${number(v)}`}</title>
                </rect>
              );
            })}
            <text x={x + group / 2} y={PAD.top + plotHeight + 14} textAnchor="middle" fontSize={10} fill="#595959">
              {clip(category, group)}
              <title>{category}</title>
            </text>
          </g>
        );
      })}
      {chart.series.map((s, i) => {
        const x = PAD.left + (i * plotWidth) / chart.series.length;
        const legendY = height - 14;
        return (
          <g key={i}>
            <rect x={x} y={legendY - 8} width={8} height={8} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
            <text x={x + 12} y={legendY} fontSize={10} fill="#595959">
              {clip(s.name, plotWidth / chart.series.length - 14)}
              <title>{s.name}</title>
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface PlacedChart {
  readonly chart: ChartDrawing;
  readonly box: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
}

/** Each chart's box in the sheet area, from the drawn cells at the edges of its anchor (hidden ones left out). */
export function placeCharts(area: HTMLElement, grid: SheetGrid): PlacedChart[] {
  const origin = area.getBoundingClientRect();
  const bounds = (selector: string) => area.querySelector(selector)?.getBoundingClientRect();
  return grid.charts.flatMap((chart) => {
    const { anchor } = chart;
    const rows = grid.rows.filter((r) => r.index >= anchor.top && r.index <= anchor.bottom);
    const columns = grid.columns.filter((c) => c.index >= anchor.left && c.index <= anchor.right);
    if (rows.length === 0 || columns.length === 0) return [];
    const first = bounds(`tr[data-row="${rows[0].index}"]`);
    const last = bounds(`tr[data-row="${rows[rows.length - 1].index}"]`);
    const left = bounds(`th[data-column="${columns[0].index}"]`);
    const right = bounds(`th[data-column="${columns[columns.length - 1].index}"]`);
    if (!first || !last || !left || !right) return [];
    const box = {
      left: left.left - origin.left,
      top: first.top - origin.top,
      width: right.right - left.left,
      height: last.bottom - first.top,
    };
    return [{ chart, box }];
  });
}
