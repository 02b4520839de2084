/**
 * What the engine reads: one sheet's cells as the host holds them. Adapters (Office.js,
 * ExcelJS) produce this; the engine never sees a host object.
 */

/** A cell that Excel shows as a date or time (its number format says so). Never a score. */
export interface DateCell {
  readonly kind: "date";
  /** Excel's serial number (days since 1899-12-30), in the 1900 date system whatever the workbook's. */
  readonly serial: number;
}

/**
 * Days between a day's serials in Excel's two date systems: a workbook in the 1904 system (workbook.xml's
 * `date1904`) counts from 1904-01-01, 1,462 days after the 1900 system's 1899-12-30 (ECMA-376 Part 1, §18.17.4.1).
 * The engine counts in the 1900 system; the adapters convert where they read and write cells.
 */
export const DAYS_1900_TO_1904 = 1_462;

/** The date system a workbook counts its serials in (the 1904 one where workbook.xml says `date1904`). */
export type DateSystem = "1900" | "1904";

/** A date's serial as a workbook in `dates` holds it, counted as the engine counts it: in the 1900 system. */
export function engineSerial(serial: number, dates: DateSystem): number {
  return dates === "1904" ? serial + DAYS_1900_TO_1904 : serial;
}

/** An error value such as #REF! or #VALUE!. */
export interface ErrorCell {
  readonly kind: "error";
  readonly code: string;
}

/** A cell's value: for a formula, its last computed result. */
export type CellValue = string | number | boolean | null | DateCell | ErrorCell;

/** A rectangle of cells, 1-based and inclusive, in sheet coordinates. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetCells {
  readonly name: string;
  /** Sheet row and column (1-based) of values[0][0]. */
  readonly top: number;
  readonly left: number;
  /** Row-major; rows may be shorter than the widest row (missing cells are empty). */
  readonly values: readonly (readonly CellValue[])[];
  /** Merged areas; only their top-left cell holds a value. */
  readonly merges: readonly CellArea[];
  /** 1-based sheet rows and columns that are hidden. */
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
}

/** A workbook as the engine sees it: its sheets in tab order. */
export type WorkbookCells = readonly SheetCells[];

export function isDateCell(v: CellValue): v is DateCell {
  return typeof v === "object" && v !== null && v.kind === "date";
}

export function isErrorCell(v: CellValue): v is ErrorCell {
  return typeof v === "object" && v !== null && v.kind === "error";
}

/** Column number (1-based) to letters: 1 -> A, 28 -> AB. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Column letters to number: A -> 1, AB -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1-style address of one cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "B3:H40": an area in A1 style. */
export function areaAddress(area: CellArea): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}

/** The cells inside `area` only, still in sheet coordinates, so rows and columns keep their numbers. */
export function cellsInArea(sheet: SheetCells, area: CellArea): SheetCells {
  const top = Math.max(area.top, sheet.top);
  const left = Math.max(area.left, sheet.left);
  const values = sheet.values
    .slice(top - sheet.top, area.bottom - sheet.top + 1)
    .map((row) => row.slice(left - sheet.left, area.right - sheet.left + 1));
  // A merge crossing the area's edge still hides the cells it covers inside.
  const crosses = (a: CellArea) =>
    a.top <= area.bottom && a.bottom >= area.top && a.left <= area.right && a.right >= area.left;
  return {
    name: sheet.name,
    top,
    left,
    values,
    merges: sheet.merges.filter(crosses),
    hiddenRows: sheet.hiddenRows.filter((r) => r >= area.top && r <= area.bottom),
    hiddenColumns: sheet.hiddenColumns.filter((c) => c >= area.left && c <= area.right),
  };
}
