import * as path from "path";
import { areaAddress, cellAddress, isDateCell, isErrorCell, SheetCells } from "../../src/core/cells";
import { MemoryWorkbook, run, SheetSpec } from "../../src/memory-excel";
import { MAX_COLUMNS, MAX_ROWS } from "../../src/memory-excel/address";
import { DEFAULT_STYLE, Style } from "../../src/memory-excel/model/style";
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

/**
 * Everything a user could see or lose, sheet by sheet: for "nothing changed" checks. Besides the layout (position,
 * visibility, tab colour, frozen panes, page setup, column widths, row heights, hidden rows and columns, merges),
 * the formulas and the conditional formats, every cell's formatting that differs from a new workbook's (fill, font,
 * number format, alignment, wrapping, each border's style, colour and weight), wherever on the sheet it lies, and
 * the formatting of whole rows and columns, the data validations and the charts.
 */
export function everything(wb: MemoryWorkbook) {
  return wb.sheetNames().map((name) => ({
    name,
    layout: wb.layout(name),
    formulas: wb.formulas(name, usedAddress(wb, name)),
    rules: wb.conditionalFormats(name),
    ...formatting(wb, name),
    validations: wb.dataValidations(name),
    charts: wb.charts(name),
  }));
}

function usedAddress(wb: MemoryWorkbook, name: string): string {
  const values = wb.values(name);
  const rows = Math.max(1, values.length);
  const cols = Math.max(1, ...values.map((r) => r.length));
  return `A1:${cellAddress(rows + 2, cols + 12)}`;
}

/** What differs from the default style: a cell record whose style was set back to the default shows nothing. */
function unlikeDefault(style: Partial<Style>): Partial<Style> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(
    (Object.keys(style) as (keyof Style)[]).filter((k) => !same(style[k], DEFAULT_STYLE[k])).map((k) => [k, style[k]]),
  );
}

function formatting(wb: MemoryWorkbook, name: string) {
  const sheet = wb.sheet(name);
  const cells: Record<string, Partial<Style>> = {};
  const whole = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
  sheet.forEachCellIn(whole, (_cell, row, column) => {
    const look = unlikeDefault(sheet.effectiveStyle(row, column));
    if (Object.keys(look).length > 0) cells[cellAddress(row + 1, column + 1)] = look;
  });
  const byIndex = (styles: ReadonlyMap<number, Partial<Style>>) =>
    Object.fromEntries(
      [...styles]
        .map(([index, patch]) => [index + 1, unlikeDefault(patch)] as const)
        .filter(([, patch]) => Object.keys(patch).length > 0),
    );
  return {
    cellFormats: Object.fromEntries(Object.entries(cells).sort(([a], [b]) => a.localeCompare(b))),
    rowFormats: byIndex(sheet.rowStyles),
    columnFormats: byIndex(sheet.columnStyles),
  };
}
