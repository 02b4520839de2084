import * as path from "path";
import { areaAddress, cellAddress, isDateCell, isErrorCell, SheetCells } from "../../src/core/cells";
import { MemoryWorkbook, run, SheetSpec } from "../../src/memory-excel";
import { readWorkbookCells } from "../../src/xlsx/read";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

/** The cells of an .xlsx fixture as sheets of the in-memory Excel, as if the file were open in Excel. */
export function specOf(sheet: SheetCells, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: sheet.name,
    origin: cellAddress(sheet.top, sheet.left),
    cells: sheet.values.map((row) =>
      row.map((v) => (v === null ? null : isDateCell(v) ? v.serial : isErrorCell(v) ? v.code : v)),
    ),
    merges: sheet.merges.map(areaAddress),
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns,
    ...extra,
  };
}

/** Dates keep their date format, as they would in the workbook Excel opened. */
async function formatDates(wb: MemoryWorkbook, sheets: readonly SheetCells[]): Promise<void> {
  await run(wb, async (context) => {
    for (const sheet of sheets) {
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (isDateCell(v)) {
            const address = cellAddress(sheet.top + r, sheet.left + c);
            context.workbook.worksheets.getItem(sheet.name).getRange(address).numberFormat = [["d/m/yyyy"]];
          }
        }),
      );
    }
    await context.sync();
  });
}

export async function fixtureWorkbook(
  file: string,
  extra: (s: SheetCells) => Partial<SheetSpec> = () => ({}),
): Promise<MemoryWorkbook> {
  const sheets = await readWorkbookCells(path.join(FIXTURES, file));
  const wb = MemoryWorkbook.fromSheets(sheets.map((s) => specOf(s, extra(s))));
  await formatDates(wb, sheets);
  return wb;
}

/** Everything a user could see or lose, sheet by sheet: for "nothing changed" checks. */
export function everything(wb: MemoryWorkbook): unknown {
  return wb.sheetNames().map((name) => ({
    name,
    layout: wb.layout(name),
    formulas: wb.sheet(name) ? wb.formulas(name, usedAddress(wb, name)) : null,
    rules: wb.conditionalFormats(name),
  }));
}

function usedAddress(wb: MemoryWorkbook, name: string): string {
  const values = wb.values(name);
  const rows = Math.max(1, values.length);
  const cols = Math.max(1, ...values.map((r) => r.length));
  return `A1:${cellAddress(rows + 2, cols + 12)}`;
}
