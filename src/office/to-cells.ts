import { CellArea, CellValue, columnNumber, SheetCells } from "../core/cells";
import { Content, EMPTY, formula, num, text } from "../core/edits";
import { isDateFormat } from "./date-format";

/** A used range as Office.js loads it. */
export interface LoadedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** Office.js values to the engine's cells: date-formatted numbers become dates, error values errors. */
export function toSheetCells(
  name: string,
  range: LoadedRange,
  layout: Pick<SheetCells, "merges" | "hiddenRows" | "hiddenColumns">,
): SheetCells {
  const values: CellValue[][] = range.values.map((line, r) =>
    line.map((v, c): CellValue => {
      const type = range.valueTypes[r]?.[c];
      if (type === "Empty" || v === "" || v === null || v === undefined) return null;
      if (type === "Error") return { kind: "error", code: String(v) };
      if (typeof v === "number")
        return isDateFormat(String(range.numberFormat[r]?.[c] ?? "")) ? { kind: "date", serial: v } : v;
      if (typeof v === "boolean" || typeof v === "string") return v;
      return String(v);
    }),
  );
  return {
    name,
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    values,
    ...layout,
  };
}

/** "Sheet1!B2:D4" or "'My sheet'!B2" to a 1-based area. */
export function areaOfAddress(address: string): CellArea {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref);
    if (!m) throw new Error(`Not a cell address: ${ref}`);
    return { row: Number(m[2]), column: columnNumber(m[1]) };
  };
  const start = cell(a);
  const end = cell(b);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

/**
 * A used range from A1 as contents. `formulas` alone cannot tell a formula from text that
 * starts with "=": a formula's value differs from its text, text's does not.
 */
export function contentsOfRange(range: { readonly values: unknown[][]; readonly formulas: unknown[][] }): Content[][] {
  return range.formulas.map((line, r) => line.map((f, c) => cellContent(range.values[r][c], f)));
}

/** One cell's content from its loaded value and formula (see contentsOfRange). */
export function cellContent(value: unknown, formulaText: unknown): Content {
  if (typeof formulaText === "string" && formulaText.startsWith("=") && formulaText !== value)
    return formula(formulaText);
  if (typeof value === "number") return num(value);
  return typeof value === "string" || typeof value === "boolean" ? text(String(value)) : EMPTY;
}
