/**
 * Range.insert and Range.delete (ExcelApi 1.1): which cells shift, and which way. Entire rows shift down or up and
 * entire columns right or left whatever direction is given; any other range shifts the way asked, within its
 * columns (rows) only. Excel.InsertShiftDirection is "Down" or "Right", Excel.DeleteShiftDirection "Up" or "Left".
 */
import { columnCount, MAX_COLUMNS, MAX_ROWS, rowCount, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { CellShift } from "../model/cell-shift";

const DIRECTIONS = { insert: { rows: "Down", columns: "Right" }, delete: { rows: "Up", columns: "Left" } } as const;

export function cellShiftOf(rect: Rect, direction: string, change: "insert" | "delete"): CellShift {
  const entireRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  const entireColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const asked = Object.entries(DIRECTIONS[change]).find(([, d]) => d === direction)?.[0];
  if (!asked) throw excelError("InvalidArgument", `Unknown direction '${direction}' to ${change} cells.`);
  const axis = entireRows ? "rows" : entireColumns ? "columns" : (asked as "rows" | "columns");
  const sign = change === "insert" ? 1 : -1;
  return axis === "rows"
    ? { axis, at: rect.top, count: sign * rowCount(rect), band: { from: rect.left, to: rect.right } }
    : { axis, at: rect.left, count: sign * columnCount(rect), band: { from: rect.top, to: rect.bottom } };
}
