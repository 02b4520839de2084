/** A1 addresses: parsing and formatting, with Excel's sheet-name quoting. Coordinates are 0-based. */
import { columnLetters, columnNumber } from "../core/cells";
import { excelError } from "./excel-api-error";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetRect {
  /** Sheet name written in the address, if any. */
  readonly sheet?: string;
  readonly rect: Rect;
}

/** 0 -> A, 27 -> AB (the in-memory Excel counts from 0, the engine from 1). */
export function columnName(column: number): string {
  return columnLetters(column + 1);
}

/** A -> 0, AB -> 27. */
export function columnIndex(letters: string): number {
  return columnNumber(letters) - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | null {
  let m = CELL.exec(text);
  if (m) return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  m = COLUMN.exec(text);
  if (m) return { column: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

function inBounds(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS;
}

/** "A1", "$A$1:B2", "A:C", "3:5". Null when the text is not such an address. */
export function parseRect(text: string): Rect | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  const kind = (c: Corner) =>
    c.row !== undefined && c.column !== undefined ? "cell" : c.row !== undefined ? "row" : "col";
  if (kind(a) !== kind(b) || (parts.length === 1 && kind(a) !== "cell")) return null;
  const rows = a.row === undefined ? [0, MAX_ROWS - 1] : [a.row, b.row as number];
  const cols = a.column === undefined ? [0, MAX_COLUMNS - 1] : [a.column, b.column as number];
  const rect = {
    top: Math.min(rows[0], rows[1]),
    bottom: Math.max(rows[0], rows[1]),
    left: Math.min(cols[0], cols[1]),
    right: Math.max(cols[0], cols[1]),
  };
  return inBounds(rect) ? rect : null;
}

/** Splits "'My sheet'!A1:B2" into sheet name and local address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses an address as Worksheet.getRange accepts it; InvalidArgument otherwise. */
export function parseAddress(address: string): SheetRect {
  const { sheet, local } = splitSheet(address);
  const rect = parseRect(local);
  if (!rect) throw excelError("InvalidArgument", `Invalid address '${address}'.`);
  return { sheet, rect };
}

const PLAIN_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

/** A sheet name as it appears in an address: quoted when Excel would quote it. */
export function quoteSheetName(name: string): string {
  if (PLAIN_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function rectToA1(rect: Rect): string {
  const fullColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const fullRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (fullRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (fullColumns) return `${columnName(rect.left)}:${columnName(rect.right)}`;
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnName(rect.right)}${rect.bottom + 1}`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectToA1(rect)}`;
}

export function rowCount(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function columnCount(r: Rect): number {
  return r.right - r.left + 1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** Whether the cell at 0-based `row`, `column` lies in the rectangle. */
export function holdsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

/** A rectangle relative to another one's top-left corner; InvalidArgument when it leaves the sheet. */
export function offsetRect(base: Rect, top: number, left: number, rows: number, columns: number): Rect {
  const rect = {
    top: base.top + top,
    left: base.left + left,
    bottom: base.top + top + rows - 1,
    right: base.left + left + columns - 1,
  };
  if (rows < 1 || columns < 1 || !inBounds(rect))
    throw excelError("InvalidArgument", "The range leaves the worksheet.");
  return rect;
}

export function cellCount(r: Rect): number {
  return rowCount(r) * columnCount(r);
}

/** A value per cell, row-major, as Office.js returns cell arrays. */
export function mapRect<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}
