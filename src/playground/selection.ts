/** Moving the workbook's selection as a click or the arrow keys move it in Excel. */
import { holdsCell, MAX_COLUMNS, MAX_ROWS, type Rect } from "../memory-excel/address";
import type { MemoryWorkbook } from "../memory-excel";
import type { SheetModel } from "../memory-excel/model/sheet";

/** The cell, or the whole merged area it belongs to: what Excel selects when it is clicked. */
export function areaAt(sheet: SheetModel, row: number, column: number): Rect {
  const merge = sheet.merges.find((m) => holdsCell(m, row, column));
  return merge ?? { top: row, left: column, bottom: row, right: column };
}

export function selectCell(workbook: MemoryWorkbook, row: number, column: number): void {
  const sheet = workbook.active;
  workbook.select(sheet, areaAt(sheet, row, column));
}

/** The next shown row or column after `from`, one step of `step` (±1) at a time; `from` itself when none is left. */
function nextShown(from: number, step: number, limit: number, hidden: ReadonlySet<number>): number {
  for (let i = from + step; i >= 0 && i < limit; i += step) if (!hidden.has(i)) return i;
  return from;
}

/** One cell down, up, right or left of the selection, over hidden rows and columns and out of merged areas. */
export function moveSelection(workbook: MemoryWorkbook, rows: -1 | 0 | 1, columns: -1 | 0 | 1): void {
  const sheet = workbook.active;
  const current = workbook.selection;
  const row =
    rows === 0 ? current.top : nextShown(rows > 0 ? current.bottom : current.top, rows, MAX_ROWS, sheet.hiddenRows);
  const column =
    columns === 0
      ? current.left
      : nextShown(columns > 0 ? current.right : current.left, columns, MAX_COLUMNS, sheet.hiddenColumns);
  selectCell(workbook, row, column);
}
