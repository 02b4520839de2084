/**
 * ExcelJS drops from the text it writes every character XML cannot carry ("HĐND\vvà" comes out "HĐNDvà") and writes
 * an underscore escape the user typed ("_x0007_") as it is, which readers then turn into a character. While the
 * workbook is written, its cells hold their text as SpreadsheetML stores it (escapeXstring); then the text goes back.
 */
import ExcelJS from "exceljs";
import { escapeXstring, needsXstringEscape } from "./package-xml";

type Stored = { readonly cell: ExcelJS.Cell; readonly value: ExcelJS.CellValue };

/** The value with its texts escaped, or null when none needs it. */
function storedValue(value: ExcelJS.CellValue): ExcelJS.CellValue | null {
  if (typeof value === "string") return needsXstringEscape(value) ? escapeXstring(value) : null;
  if (!value || typeof value !== "object" || value instanceof Date) return null;
  if ("richText" in value) {
    const runs = value.richText;
    if (!runs.some((r) => needsXstringEscape(r.text))) return null;
    return { ...value, richText: runs.map((r) => ({ ...r, text: escapeXstring(r.text) })) };
  }
  if ("hyperlink" in value && typeof value.text === "string") {
    return needsXstringEscape(value.text) ? { ...value, text: escapeXstring(value.text) } : null;
  }
  if ("formula" in value && typeof value.result === "string") {
    return needsXstringEscape(value.result) ? { ...value, result: escapeXstring(value.result) } : null;
  }
  return null;
}

/** Runs `write` while every cell text of the workbook is as SpreadsheetML stores it. */
export async function withStoredText<T>(workbook: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const changed: Stored[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const stored = storedValue(cell.value);
        if (stored === null) return;
        changed.push({ cell, value: cell.value });
        cell.value = stored;
      }),
    ),
  );
  try {
    return await write();
  } finally {
    for (const { cell, value } of changed) cell.value = value;
  }
}
