/** One cell between ExcelJS and the edit plan's Content, both ways. */
import ExcelJS from "exceljs";
import { isDateCell, isErrorCell } from "../core/cells";
import { Content, contentOf, text } from "../core/edits";
import { toCellValue } from "./cell-value";

export type FormulaOrValue = string | number | boolean | null;

/** What Office.js `formulas` would give: "=SUM(...)" for a formula, else the constant (a date as its serial). */
export function formulaOrValue(cell: ExcelJS.Cell): FormulaOrValue {
  // A merged cell's value is its master's; only the master holds it.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.formula) return `=${cell.formula}`;
  const value = toCellValue(cell.value);
  if (isDateCell(value)) return value.serial;
  if (isErrorCell(value)) return value.code;
  return value;
}

/** A cell's content for the backup; text that starts with "=" stays text. */
export function contentOfCell(cell: ExcelJS.Cell): Content {
  const value = formulaOrValue(cell);
  return typeof value === "string" && !cell.formula ? text(value) : contentOf(value);
}

/** Writes content so that text is stored as a string, never read as a formula. */
export function writeContent(cell: ExcelJS.Cell, content: Content): void {
  switch (content.kind) {
    case "text":
      cell.value = content.text;
      return;
    case "number":
      cell.value = content.value;
      return;
    case "formula":
      cell.value = { formula: content.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      return;
    case "empty":
      cell.value = null;
  }
}

/** A sheet's cells from A1 as contents (formulas as formulas, text as text), row by row. */
export function contentsOf(ws: ExcelJS.Worksheet): Content[][] {
  const rows: Content[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: Content[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      line[c - 1] = contentOfCell(cell);
    });
    rows[r - 1] = Array.from(line, (v) => v ?? contentOf(null));
  });
  return Array.from(rows, (line) => line ?? []);
}
