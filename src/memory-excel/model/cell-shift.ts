/**
 * Rows or columns inserted or deleted (Range.insert, Range.delete), and how Excel moves what refers to positions:
 * a position at or after the insertion point moves by the count inserted; a span the insertion falls inside grows;
 * a deleted position is gone and a span loses what was deleted of it, all of it lost makes a reference #REF!. When
 * only part of the sheet's width (height) shifts, a span is moved only when it lies wholly within the shifted
 * columns (rows), as Excel leaves references across the edge as they are.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";

export interface CellShift {
  /** "rows": cells move down (inserted) or up (deleted); "columns": right or left. */
  readonly axis: "rows" | "columns";
  /** The first row (column) inserted or deleted, 0-based. */
  readonly at: number;
  /** How many are inserted (> 0) or deleted (< 0). */
  readonly count: number;
  /** The columns (for rows) or rows (for columns) whose cells move: the whole sheet's for entire rows (columns). */
  readonly band: { readonly from: number; readonly to: number };
}

const limit = (shift: CellShift) => (shift.axis === "rows" ? MAX_ROWS : MAX_COLUMNS) - 1;

/** Where position `i` along the shift's axis goes; null when it is deleted. */
export function shiftIndex(i: number, shift: CellShift): number | null {
  const { at, count } = shift;
  if (i < at) return i;
  if (count > 0) return i + count;
  return i < at - count ? null : i + count;
}

/** A span [a, b] along the axis after the shift; null when all of it is deleted. Whole-sheet spans stay whole. */
function shiftSpan(a: number, b: number, shift: CellShift): [number, number] | null {
  const { at, count } = shift;
  if (count > 0) {
    // A span reaching the sheet's end (a whole column's rows) still does.
    const moved = (i: number) => (i >= at ? Math.min(i + count, limit(shift)) : i);
    return [moved(a), moved(b)];
  }
  const deletedEnd = at - count - 1;
  const start = a < at ? a : a <= deletedEnd ? at : a + count;
  const end = b < at ? b : b <= deletedEnd ? at - 1 : b + count;
  return start <= end ? [start, end] : null;
}

function across(rect: Rect, shift: CellShift): [number, number] {
  return shift.axis === "rows" ? [rect.left, rect.right] : [rect.top, rect.bottom];
}

/** Whether the rectangle lies wholly within the columns (rows) that shift: only then does it move. */
export function movesWith(rect: Rect, shift: CellShift): boolean {
  const [from, to] = across(rect, shift);
  return from >= shift.band.from && to <= shift.band.to;
}

/** Whether part of the rectangle would shift and part not: Excel cannot split a merged area so. */
export function splitBy(rect: Rect, shift: CellShift): boolean {
  const [from, to] = across(rect, shift);
  const overlaps = from <= shift.band.to && to >= shift.band.from;
  const b = shift.axis === "rows" ? rect.bottom : rect.right;
  return overlaps && !movesWith(rect, shift) && b >= shift.at;
}

/** The rectangle after the shift: moved, grown or shrunk; unchanged outside the band; null when deleted. */
export function shiftRect(rect: Rect, shift: CellShift): Rect | null {
  if (!movesWith(rect, shift)) return rect;
  if (shift.axis === "rows") {
    const span = shiftSpan(rect.top, rect.bottom, shift);
    return span && { ...rect, top: span[0], bottom: span[1] };
  }
  const span = shiftSpan(rect.left, rect.right, shift);
  return span && { ...rect, left: span[0], right: span[1] };
}

/** The cell at (row, column) after the shift: the same, moved, or null when deleted. */
export function shiftCell(row: number, column: number, shift: CellShift): [number, number] | null {
  const [along, other] = shift.axis === "rows" ? [row, column] : [column, row];
  if (other < shift.band.from || other > shift.band.to) return [row, column];
  const moved = shiftIndex(along, shift);
  if (moved === null) return null;
  return shift.axis === "rows" ? [moved, column] : [row, moved];
}

/** The first cell of the rectangle that the shift keeps, before the shift; null when it deletes them all. */
export function firstKept(rect: Rect, shift: CellShift): { row: number; column: number } | null {
  if (!movesWith(rect, shift) || shift.count > 0) return { row: rect.top, column: rect.left };
  const [a, b] = shift.axis === "rows" ? [rect.top, rect.bottom] : [rect.left, rect.right];
  const deletedEnd = shift.at - shift.count - 1;
  const first = a < shift.at || a > deletedEnd ? a : deletedEnd + 1;
  if (first > b) return null;
  return shift.axis === "rows" ? { row: first, column: rect.left } : { row: rect.top, column: first };
}

/** Whether a position pushed past the sheet's last row (column) would lose something: Excel refuses then. */
export function pushedOff(row: number, column: number, shift: CellShift): boolean {
  const moved = shiftCell(row, column, shift);
  return moved !== null && (moved[0] >= MAX_ROWS || moved[1] >= MAX_COLUMNS);
}
