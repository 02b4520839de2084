/** What the playground draws of a sheet: displayed text, formatting, merges and the selection, row by row. */
import { columnName, holdsCell, MAX_COLUMNS, type Rect } from "../memory-excel/address";
import { conditionalLookAt } from "../memory-excel/model/conditional-look";
import { VIETNAMESE_SEPARATORS } from "../memory-excel/model/number-format";
import { textAt } from "../memory-excel/model/read-cells";
import type { MemoryWorkbook } from "../memory-excel";
import { sheetCharts, type ChartDrawing } from "./chart-drawing";

/** Numbers are drawn as Excel shows them on our users' Windows, whose regional settings are Vietnamese. */
export const REGIONAL_SEPARATORS = VIETNAMESE_SEPARATORS;

export interface GridCell {
  /** 0-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  /** "C8" */
  readonly address: string;
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fill: string | null;
  readonly fontColor: string;
  readonly align: "left" | "center" | "right";
  readonly wrap: boolean;
  /**
   * How far (px) its text may run on over the empty cells to its right, as Excel shows it: up to the first cell
   * that holds something, which it never draws over. 0 when the text stays in its cell.
   */
  readonly runsOverPx: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly selected: boolean;
}

export interface GridColumn {
  readonly index: number;
  readonly letter: string;
  readonly widthPx: number;
}

export interface GridRow {
  readonly index: number;
  /** Cells in column order; cells covered by a merge are left out. */
  readonly cells: readonly GridCell[];
}

export interface SheetGrid {
  readonly sheet: string;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  readonly charts: readonly ChartDrawing[];
}

/** An empty sheet still shows a few rows and columns, as Excel does. */
const MIN_ROWS = 20;
const MIN_COLUMNS = 8;
/** Columns without a set width are sized to their text, within these bounds (px). */
const AUTO_WIDTH = { min: 48, max: 260, perCharacter: 7 };

/** The cells drawn: the used range, the selection and the cells charts cover, from A1. */
function extentOf(used: Rect | null, shown: readonly Rect[]): Rect {
  return {
    top: 0,
    left: 0,
    bottom: Math.max(MIN_ROWS - 1, used?.bottom ?? 0, ...shown.map((r) => r.bottom)),
    right: Math.min(MAX_COLUMNS - 1, Math.max(MIN_COLUMNS - 1, used?.right ?? 0, ...shown.map((r) => r.right))),
  };
}

function alignmentOf(horizontal: string, text: string, isNumber: boolean): GridCell["align"] {
  if (horizontal === "Center" || horizontal === "CenterAcrossSelection") return "center";
  if (horizontal === "Right") return "right";
  if (horizontal === "Left") return "left";
  return isNumber && text !== "" ? "right" : "left";
}

/** The active sheet of the workbook as the playground draws it. */
export function activeSheetGrid(workbook: MemoryWorkbook): SheetGrid {
  const sheet = workbook.active;
  const selection = workbook.selection;
  const recalc = workbook.recalc();
  const charts = sheetCharts(sheet, recalc, REGIONAL_SEPARATORS);
  const extent = extentOf(sheet.usedRect(false), [selection, ...charts.map((c) => c.anchor)]);
  const visibleRows = range(extent.top, extent.bottom).filter((r) => !sheet.hiddenRows.has(r));
  const visibleColumns = range(extent.left, extent.right).filter((c) => !sheet.hiddenColumns.has(c));
  const mergeAt = new Map(sheet.merges.map((m) => [`${m.top}:${m.left}`, m]));
  const covered = (r: number, c: number) =>
    sheet.merges.some((m) => holdsCell(m, r, c) && (r !== m.top || c !== m.left));
  const rows = visibleRows.map((r) => {
    const cells: Omit<GridCell, "runsOverPx">[] = [];
    for (const c of visibleColumns) {
      if (covered(r, c)) continue;
      const merge = mergeAt.get(`${r}:${c}`);
      const style = sheet.effectiveStyle(r, c);
      // Conditional formats draw over the cell's own formatting.
      const look = conditionalLookAt(recalc, sheet, r, c);
      const text = textAt(recalc, sheet, r, c, REGIONAL_SEPARATORS);
      cells.push({
        row: r,
        column: c,
        address: `${columnName(c)}${r + 1}`,
        text,
        bold: look.bold ?? style.bold,
        italic: look.italic ?? style.italic,
        fill: look.fill ?? style.fill,
        fontColor: look.fontColor ?? style.fontColor,
        align: alignmentOf(style.horizontalAlignment, text, typeof recalc.valueAt(sheet, r, c) === "number"),
        wrap: style.wrapText,
        rowSpan: merge ? visibleRows.filter((x) => x >= merge.top && x <= merge.bottom).length : 1,
        colSpan: merge ? visibleColumns.filter((x) => x >= merge.left && x <= merge.right).length : 1,
        selected: holdsCell(selection, r, c),
      });
    }
    return { index: r, cells };
  });

  // Columns without a set width fit the text that stays inside its cell.
  const longest = new Map<number, number>();
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      if (cell.colSpan === 1 && !spills(cell, row.cells[i + 1]))
        longest.set(cell.column, Math.max(longest.get(cell.column) ?? 0, cell.text.length));
    });
  }

  const columns = visibleColumns.map((c) => {
    const set = sheet.columnWidths.get(c);
    const auto = (longest.get(c) ?? 0) * AUTO_WIDTH.perCharacter + 8;
    const widthPx =
      set !== undefined ? Math.round((set * 96) / 72) : Math.min(AUTO_WIDTH.max, Math.max(AUTO_WIDTH.min, auto));
    return { index: c, letter: columnName(c), widthPx };
  });
  const widthOf = new Map(columns.map((c) => [c.index, c.widthPx]));
  const drawn = rows.map((row) => ({
    index: row.index,
    cells: row.cells.map((cell, i) => ({ ...cell, runsOverPx: runsOverPx(row.cells, i, widthOf) })),
  }));
  return { sheet: sheet.name, columns, rows: drawn, charts };
}

type Placed = Omit<GridCell, "runsOverPx">;

/** Text that may run on to the right: left-aligned, not wrapped, with an empty cell beside it. */
function spills(cell: Placed, next: Placed | undefined): boolean {
  return cell.text !== "" && !cell.wrap && cell.align === "left" && next !== undefined && next.text === "";
}

/** The widths of the empty, unmerged cells right of cells[i], up to the first that holds something. */
function runsOverPx(cells: readonly Placed[], i: number, widthOf: ReadonlyMap<number, number>): number {
  if (!spills(cells[i], cells[i + 1])) return 0;
  let px = 0;
  for (let j = i + 1; j < cells.length && cells[j].text === "" && cells[j].colSpan === 1; j++)
    px += widthOf.get(cells[j].column) ?? 0;
  return px;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
