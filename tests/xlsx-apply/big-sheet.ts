/**
 * A plan workbook that also holds a large sheet of the user's, unrelated to the plan (issue 10 item 10): the seed
 * plus "Dữ liệu", a data sheet with what such sheets carry: a merged title, a styled header, shared strings (many
 * repeated), dates and amounts with number formats, formulas (one shared down a column), bold, italic and coloured
 * fonts, fills, borders, alignment, booleans, grouped rows, a data validation and a link to a web address. Its header names none of the plan's columns.
 */
import ExcelJS from "exceljs";
import { PASTED } from "./helpers";

export const DATA_SHEET = "Dữ liệu";
const HEADER = ["Hộ gia đình", "Địa chỉ", "Ngày nộp", "Số tiền", "Gấp đôi", "Đã xong"];
export const DATA_COLUMNS = HEADER.length;
/** The check on the amounts, as ExcelJS reads it back. */
export const VALIDATION: ExcelJS.DataValidation = {
  type: "decimal",
  operator: "greaterThanOrEqual",
  allowBlank: true,
  showErrorMessage: true,
  formulae: [0],
};
/** The data's first row: a title, a blank row, the header. */
const FIRST = 4;

/** Writes the seed with a data sheet of `rows` rows below its header to `output`; `change` edits it first. */
export async function withDataSheet(
  output: string,
  rows: number,
  change: (wb: ExcelJS.Workbook) => void = () => undefined,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(PASTED);
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = "Số liệu thu phí năm 2024";
  ws.getCell("A1").font = { bold: true, size: 14 };
  HEADER.forEach((text, c) => {
    const cell = ws.getCell(3, c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { bottom: { style: "medium", color: { argb: "FF1F4E78" } } };
    cell.alignment = { horizontal: "center", wrapText: true };
  });
  for (let i = 0; i < rows; i++) {
    const r = FIRST + i;
    ws.getCell(r, 1).value = `Hộ ${i % 37}`;
    ws.getCell(r, 2).value = `Thôn ${i}, xã Gia Nghĩa`;
    const date = ws.getCell(r, 3);
    date.value = new Date(Date.UTC(2024, i % 12, (i % 28) + 1));
    date.numFmt = "dd/mm/yyyy";
    const value = i * 1.5 + 0.25;
    const amount = ws.getCell(r, 4);
    amount.value = value;
    amount.numFmt = '#,##0.00" đ"';
    if (i % 5 === 0) amount.font = { italic: true, color: { argb: "FFC00000" } };
    // A formula shared down the column, as Excel saves a filled-down one.
    ws.getCell(r, 5).value =
      i === 0 ? { formula: `D${r}*2`, result: value * 2 } : { sharedFormula: `E${FIRST}`, result: value * 2 };
    ws.getCell(r, 6).value = i % 3 === 0;
    if (i % 7 === 0)
      for (let c = 1; c <= DATA_COLUMNS; c++)
        ws.getCell(r, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  }
  ws.getCell(FIRST + 5, 2).value = { text: "Cổng dịch vụ công", hyperlink: "https://dichvucong.gov.vn/" };
  // Rows grouped below the top: the sheet's outline is as deep as they go.
  for (let r = FIRST + rows - 20; r < FIRST + rows - 10; r++) ws.getRow(r).outlineLevel = 2;
  ws.properties.outlineLevelRow = 2;
  // A check on the amounts, over more rows than the data has, as one is set on a column.
  validationsOf(ws).add(`D${FIRST}:D${FIRST + 10 * rows}`, VALIDATION);
  change(wb);
  await wb.xlsx.writeFile(output);
  return output;
}

/** Every cell as ExcelJS reads it: value, type, formula, number format, font, fill, border and alignment. */
export function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        value: cell.value,
        type: cell.type,
        formula: cell.formula,
        numFmt: cell.numFmt,
        font: cell.font,
        fill: cell.fill,
        border: cell.border,
        alignment: cell.alignment,
      };
    }),
  );
  return cells;
}

export const mergesOf = (ws: ExcelJS.Worksheet) => (ws.model as { merges: string[] }).merges;

/** A sheet's data validations as ExcelJS holds them, by cell; its typings leave them out. */
export function validationsOf(ws: ExcelJS.Worksheet): {
  readonly model: Record<string, ExcelJS.DataValidation>;
  add(address: string, validation: ExcelJS.DataValidation): void;
} {
  return (ws as unknown as { dataValidations: ReturnType<typeof validationsOf> }).dataValidations;
}
