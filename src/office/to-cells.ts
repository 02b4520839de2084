import { CellValue, SheetCells, DateSystem, engineSerial } from "../core/cells";
import { Content, EMPTY, formula, keptFormat, text } from "../core/edits";
import { isDateFormat } from "../core/date-format";
import { engineNumber } from "./date-system";

/** A used range as Office.js loads it. */
export interface LoadedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/**
 * Office.js values to the engine's cells: date-formatted numbers become dates (in the 1900 system), error values
 * errors.
 */
export function toSheetCells(
  name: string,
  range: LoadedRange,
  layout: Pick<SheetCells, "merges" | "hiddenRows" | "hiddenColumns">,
  dates: DateSystem,
): SheetCells {
  const values: CellValue[][] = range.values.map((line, r) =>
    line.map((v, c): CellValue => {
      const type = range.valueTypes[r]?.[c];
      if (type === "Empty" || v === "" || v === null || v === undefined) return null;
      if (type === "Error") return { kind: "error", code: String(v) };
      if (typeof v === "number") return numberCell(v, range.numberFormat[r]?.[c], dates);
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

/** A number as the engine reads it: in a date format, a date counted in the 1900 system; else the number. */
export function numberCell(value: number, format: unknown, dates: DateSystem): CellValue {
  return isDateFormat(String(format ?? "")) ? { kind: "date", serial: engineSerial(value, dates) } : value;
}

/** What a range loaded with "values,formulas,valueTypes,numberFormat" holds, row by row. */
export interface LoadedContents {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  /** Each cell's hyperlink, where the host could read them (getCellProperties). */
  readonly links?: readonly (readonly { readonly hyperlink?: Excel.RangeHyperlink }[])[];
}

/**
 * A used range from A1 as contents. `formulas` alone cannot tell a formula from text that
 * starts with "=": a formula's value differs from its text, text's does not.
 */
export function contentsOfRange(range: LoadedContents, dates: DateSystem): Content[][] {
  return range.formulas.map((line, r) => line.map((_, c) => cellContent(range, r, c, dates)));
}

/**
 * One cell's content from what was loaded of its range (see contentsOfRange), with its type and number format; a
 * date's serial in the 1900 system.
 */
export function cellContent(range: LoadedContents, r: number, c: number, dates: DateSystem): Content {
  const value = range.values[r]?.[c] ?? null;
  const formulaText = range.formulas[r]?.[c] ?? null;
  const format = keptFormat(range.numberFormat[r]?.[c]);
  if (typeof formulaText === "string" && formulaText.startsWith("=") && formulaText !== value)
    return { ...formula(formulaText), ...format };
  if (range.valueTypes[r]?.[c] === "Error" && typeof value === "string") return { kind: "error", code: value };
  if (typeof value === "number") return { kind: "number", value: engineNumber(value, format.format, dates), ...format };
  if (typeof value === "boolean") return { kind: "boolean", value };
  const content = typeof value === "string" ? text(value) : EMPTY;
  const link = range.links?.[r]?.[c]?.hyperlink;
  const target = link?.address ?? (link?.documentReference ? `#${link.documentReference}` : undefined);
  return content.kind === "text" && target ? { ...content, link: target } : content;
}
