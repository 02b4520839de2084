/** Cell contents as Range.values / formulas / text / valueTypes report them. */
import type { Recalc } from "../formula/recalc";
import { FormulaError, type CellValue } from "./cell";
import { displayText, type NumberSeparators } from "./number-format";
import type { SheetModel } from "./sheet";

export type ApiValue = string | number | boolean;

/** Office.js reports an empty cell as "" and an error as its code, e.g. "#NAME?". */
export function apiValue(v: CellValue): ApiValue {
  if (v === null) return "";
  return v instanceof FormulaError ? v.code : v;
}

export function valueType(v: CellValue): string {
  if (v === null) return "Empty";
  if (v instanceof FormulaError) return "Error";
  if (typeof v === "number") return "Double";
  return typeof v === "boolean" ? "Boolean" : "String";
}

export function formulaAt(sheet: SheetModel, row: number, column: number): ApiValue {
  const cell = sheet.cellAt(row, column);
  return cell?.formula ?? apiValue(cell?.value ?? null);
}

/** Range.text of a cell; `separators` as the system's regional settings give them (US by default). */
export function textAt(
  recalc: Recalc,
  sheet: SheetModel,
  row: number,
  column: number,
  separators?: NumberSeparators,
): string {
  return displayText(recalc.valueAt(sheet, row, column), sheet.styleValue(row, column, "numberFormat"), separators);
}
