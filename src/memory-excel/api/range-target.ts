/** What a Range proxy points at, and helpers shared by the objects hanging off a range. */
import { cellCount, parseAddress, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import { contentFromInput } from "../model/cell-input";
import type { HostLocale } from "../model/typed-entry";
import type { SheetModel } from "../model/sheet";
import { sameSheetName } from "../model/sheet-name";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Excel refuses to return cell arrays for enormous ranges. */
const MAX_CELLS_READ = 5_000_000;

export function assertReadable(rect: Rect): void {
  if (cellCount(rect) > MAX_CELLS_READ) throw excelError("RangeExceedsLimit");
}

export function assertEditable(sheet: SheetModel): void {
  if (sheet.protection.protected) throw excelError("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
}

/** An address given to a worksheet method; a sheet prefix must name that worksheet. */
export function rectOnSheet(sheet: SheetModel, address: string): Rect {
  const parsed = parseAddress(address);
  if (parsed.sheet !== undefined && !sameSheetName(parsed.sheet, sheet.name)) {
    throw excelError("InvalidArgument", `The address '${address}' is not on worksheet '${sheet.name}'.`);
  }
  return parsed.rect;
}

/** The single value every cell shares, or null when they differ (as Office.js reports mixed formats). */
export function uniform<T>(rect: Rect, at: (row: number, column: number) => T): T | null {
  assertReadable(rect);
  const first = at(rect.top, rect.left);
  const same = (v: T) =>
    v === first || (typeof v === "object" && v !== null && JSON.stringify(v) === JSON.stringify(first));
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (!same(at(r, c))) return null;
  }
  return first;
}

/** Calls `write` for every cell with its input: a 2-D array matching the range, or one value for all. */
export function forEachInput(
  rect: Rect,
  input: unknown,
  write: (value: unknown, row: number, column: number) => void,
): void {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) write(input, r, c);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw excelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${columns}).`,
    );
  }
  for (let i = 0; i < rows; i++) {
    const row = input[i] as unknown[];
    for (let j = 0; j < columns; j++) write(row[j], rect.top + i, rect.left + j);
  }
}

/**
 * Values and formulas are written as if typed on a host with `locale`: "=..." becomes a formula, "12" a number,
 * "6/2025" a date (in the workbook's date system) unless the cell is text ("@").
 */
export function writeContents(
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  locale: HostLocale | undefined,
  date1904: boolean,
): void {
  forEachInput(rect, input, (value, r, c) => {
    const content = contentFromInput(value, sheet.styleValue(r, c, "numberFormat") === "@", locale, date1904);
    if (content) sheet.setContent(r, c, content);
  });
}
