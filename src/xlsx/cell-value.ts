/** ExcelJS cell values to the engine's CellValue. */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/cells";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's epoch (1899-12-30) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Excel serial (1900 date system) of a date ExcelJS produced. ExcelJS has already applied the workbook's 1904 date
 * system. It counts days from 1899-12-30 straight through, ignoring Excel's phantom 29 February 1900, so its Date is
 * a day early below serial 61; this inverts that count, and the serial comes back exact (see core/progress/dates).
 */
export function excelSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + Math.round(date.getTime()) / MS_PER_DAY;
}

function richTextToString(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

function isObjectWith<K extends string>(value: object, key: K): value is Record<K, unknown> {
  return key in value;
}

/** Plain value of an ExcelJS cell value; formulas give their cached result. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const serial = excelSerial(value);
    return Number.isFinite(serial) ? { kind: "date", serial } : null;
  }
  if (isObjectWith(value, "error")) return { kind: "error", code: String(value.error) };
  if (isObjectWith(value, "richText")) return richTextToString(value as ExcelJS.CellRichTextValue);
  // A link's text is its cell's value as ExcelJS read it: text, rich text, a number, a boolean or a Date.
  if (isObjectWith(value, "hyperlink"))
    return toCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if (isObjectWith(value, "formula") || isObjectWith(value, "sharedFormula")) {
    return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined);
  }
  return null;
}
