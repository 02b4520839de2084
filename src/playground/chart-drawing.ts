/** The charts of a sheet as the playground draws them: title, the data they plot, and the cells they cover. */
import { parseRect, type Rect } from "../memory-excel/address";
import type { Recalc } from "../memory-excel/formula/recalc";
import type { NumberSeparators } from "../memory-excel/model/number-format";
import { textAt } from "../memory-excel/model/read-cells";
import type { ChartModel, SheetModel } from "../memory-excel/model/sheet";

export interface ChartSeries {
  readonly name: string;
  /** One per category; null where the cell holds no number. */
  readonly values: readonly (number | null)[];
}

export interface ChartDrawing {
  readonly name: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The cells the chart covers. */
  readonly anchor: Rect;
}

/** Excel's size for a chart placed by its top-left cell only: about 8 columns by 15 rows. */
const DEFAULT_SPAN = { rows: 15, columns: 8 };

/** Placed from setPosition(start, end?); a chart never placed sits at the sheet's top-left, as Excel puts it. */
function anchorOf(chart: ChartModel): Rect {
  const start = parseRect(chart.position?.start ?? "A1") as Rect;
  const end = chart.position?.end !== undefined ? (parseRect(chart.position.end) as Rect) : null;
  const single = start.top === start.bottom && start.left === start.right;
  if (end) return { top: start.top, left: start.left, bottom: end.bottom, right: end.right };
  if (!single) return start;
  return {
    top: start.top,
    left: start.left,
    bottom: start.top + DEFAULT_SPAN.rows - 1,
    right: start.left + DEFAULT_SPAN.columns - 1,
  };
}

/**
 * A chart's data read from its source range: categories down the first column, one series per further
 * column, named by its first row (the ChartDraft shape the add-in writes, series by columns); the first series'
 * labels given by setXAxisValues in place of that column, as Excel shows them on the axis.
 */
export function chartDrawing(chart: ChartModel, recalc: Recalc, separators: NumberSeparators): ChartDrawing {
  const { sheet, rect } = chart.source;
  const text = (row: number, column: number) => textAt(recalc, sheet, row, column, separators);
  const rows = Array.from({ length: rect.bottom - rect.top }, (_, i) => rect.top + 1 + i);
  const series = Array.from({ length: rect.right - rect.left }, (_, i) => {
    const column = rect.left + 1 + i;
    return {
      name: text(rect.top, column),
      values: rows.map((row) => {
        const v = recalc.valueAt(sheet, row, column);
        return typeof v === "number" ? v : null;
      }),
    };
  });
  return {
    name: chart.name,
    title: chart.title,
    categories: labelsOf(
      chart,
      rows.map((row) => text(row, rect.left)),
      recalc,
      separators,
    ),
    series,
    anchor: anchorOf(chart),
  };
}

function labelsOf(chart: ChartModel, own: string[], recalc: Recalc, separators: NumberSeparators): string[] {
  const given = chart.series[0]?.xAxisValues;
  if (!given) return own;
  const { sheet, rect } = given;
  return own.map((_, i) =>
    rect.left === rect.right
      ? textAt(recalc, sheet, rect.top + i, rect.left, separators)
      : textAt(recalc, sheet, rect.top, rect.left + i, separators),
  );
}

export function sheetCharts(sheet: SheetModel, recalc: Recalc, separators: NumberSeparators): ChartDrawing[] {
  return sheet.charts.map((chart) => chartDrawing(chart, recalc, separators));
}
