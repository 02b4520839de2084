/** Moving and extending the workbook's selection as a click, Shift-click or the (Shift+) arrow keys do in Excel. */
import { holdsCell, intersect, MAX_COLUMNS, MAX_ROWS, type Rect } from "../memory-excel/address";
import type { MemoryWorkbook } from "../memory-excel";
import type { SheetModel } from "../memory-excel/model/sheet";

export interface CellAt {
  readonly row: number;
  readonly column: number;
}

/** The cell, or the whole merged area it belongs to: what Excel selects when it is clicked. */
export function areaAt(sheet: SheetModel, row: number, column: number): Rect {
  const merge = sheet.merges.find((m) => holdsCell(m, row, column));
  return merge ?? { top: row, left: column, bottom: row, right: column };
}

export function selectCell(workbook: MemoryWorkbook, row: number, column: number): void {
  const sheet = workbook.active;
  workbook.select(sheet, areaAt(sheet, row, column));
}

/** The rectangle from one cell to another, grown until every merged area it touches lies wholly inside. */
export function spanning(sheet: SheetModel, from: CellAt, to: CellAt): Rect {
  let rect: Rect = {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
  for (let grown = true; grown;) {
    grown = false;
    for (const m of sheet.merges) {
      if (!intersect(m, rect)) continue;
      const next = {
        top: Math.min(rect.top, m.top),
        left: Math.min(rect.left, m.left),
        bottom: Math.max(rect.bottom, m.bottom),
        right: Math.max(rect.right, m.right),
      };
      if (next.top !== rect.top || next.left !== rect.left || next.bottom !== rect.bottom || next.right !== rect.right)
        grown = true;
      rect = next;
    }
  }
  return rect;
}

/** Shift-click and Shift+arrows: the selection runs from the anchor (the active cell) to `to`. */
export function extendSelection(workbook: MemoryWorkbook, anchor: CellAt, to: CellAt): void {
  const sheet = workbook.active;
  workbook.select(sheet, spanning(sheet, anchor, to));
}

/** The next shown row or column after `from`, one step of `step` (±1) at a time; `from` itself when none is left. */
function nextShown(from: number, step: number, limit: number, hidden: ReadonlySet<number>): number {
  for (let i = from + step; i >= 0 && i < limit; i += step) if (!hidden.has(i)) return i;
  return from;
}

/** The cell one step from `from`, over hidden rows and columns. */
export function stepFrom(sheet: SheetModel, from: CellAt, rows: -1 | 0 | 1, columns: -1 | 0 | 1): CellAt {
  return {
    row: rows === 0 ? from.row : nextShown(from.row, rows, MAX_ROWS, sheet.hiddenRows),
    column: columns === 0 ? from.column : nextShown(from.column, columns, MAX_COLUMNS, sheet.hiddenColumns),
  };
}

/** One cell down, up, right or left of the selection, over hidden rows and columns and out of merged areas. */
export function moveSelection(workbook: MemoryWorkbook, rows: -1 | 0 | 1, columns: -1 | 0 | 1): void {
  const current = workbook.selection;
  const from = {
    row: rows > 0 ? current.bottom : current.top,
    column: columns > 0 ? current.right : current.left,
  };
  const to = stepFrom(workbook.active, from, rows, columns);
  selectCell(workbook, to.row, to.column);
}
