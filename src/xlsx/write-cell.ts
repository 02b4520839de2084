/** One cell between ExcelJS and the edit plan's Content, both ways. */
import ExcelJS from "exceljs";
import { isDateCell, isErrorCell } from "../core/cells";
import { Content, contentOf, keptFormat, text } from "../core/edits";
import { toCellValue } from "./cell-value";
import { inWorkbookDates } from "./date-system";

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

/**
 * A cell's content for the backup and the kept progress, with its type and number format (a date is a number shown
 * as one), and a hyperlink's target; text that starts with "=" stays text.
 */
export function contentOfCell(cell: ExcelJS.Cell): Content {
  const value = formulaOrValue(cell);
  const format = keptFormat(cell.numFmt);
  if (cell.formula) return { ...contentOf(value), ...format };
  const raw = cell.value;
  if (raw !== null && typeof raw === "object" && "error" in raw) return { kind: "error", code: String(raw.error) };
  if (typeof value === "number") return { kind: "number", value, ...format };
  if (typeof value !== "string") return contentOf(value);
  const link = raw !== null && typeof raw === "object" && "hyperlink" in raw ? raw.hyperlink : undefined;
  const content = text(value);
  return content.kind === "text" && typeof link === "string" ? { ...content, link } : content;
}

/**
 * Writes content so that text is stored as a string, never read as a formula; a kept look goes back with it, and a
 * date in the workbook's date system.
 */
export function writeContent(cell: ExcelJS.Cell, written: Content): void {
  const content = inWorkbookDates(written, cell.workbook.properties.date1904 === true);
  switch (content.kind) {
    case "text":
      cell.value =
        content.link === undefined
          ? content.text
          : ({ text: content.text, hyperlink: content.link } as ExcelJS.CellHyperlinkValue);
      return;
    case "number":
      cell.value = content.value;
      return keepFormat(cell, content.format);
    case "formula":
      cell.value = { formula: content.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      return keepFormat(cell, content.format);
    case "boolean":
      cell.value = content.value;
      return;
    case "error":
      cell.value = { error: content.code } as ExcelJS.CellErrorValue;
      return;
    case "empty":
      cell.value = null;
  }
}

/** A new style object: ExcelJS shares one among the cells it read alike (see write-styles' restyle). */
function keepFormat(cell: ExcelJS.Cell, format: string | undefined): void {
  if (format !== undefined && cell.numFmt !== format) cell.style = { ...cell.style, numFmt: format };
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
