/**
 * A number read from a 1904 workbook and written back into one (by ExcelJS on `apply`, into the package as it is on
 * `collect`) is stored as it was, whatever its number format: ExcelJS turns into a Date, 1,462 days on, exactly the
 * numbers whose format it takes for a date's, and the adapter turns those, and only those, back.
 */
import ExcelJS from "exceljs";
import type { SheetDraft } from "../../src/core/edits";
import { dateSystemOf, withDate1904ExcelJsReads } from "../../src/xlsx/date-system";
import { excelJsWorkbook } from "../../src/xlsx/load";
import { patchCells } from "../../src/xlsx/patch-cells";
import { contentOfCell, writeContent } from "../../src/xlsx/write-cell";
import { writeDraft } from "../../src/xlsx/write-sheets";
import { readZipEntries, writeStoredZip } from "../../src/xlsx/zip-package";

/** Dates, times, and formats that only look like them: letters in quotes or brackets, text, percentages. */
const FORMATS = [
  "dd/mm/yyyy",
  "d mmm yyyy",
  "[$-vi-VN]dddd, dd mmmm yyyy",
  "hh:mm",
  "[h]:mm",
  "mm-dd-yy",
  "0.00",
  "#,##0",
  '0.0 "ngày"',
  '"Hạn "0',
  "[Red]0.00",
  "0%",
  "@",
];
const STORED = 44011; // 30/06/2024 in the 1904 system

/** The raw `<v>` of each cell of the package's first sheet, by address. */
function storedValues(bytes: Buffer): Map<string, string> {
  const sheet = readZipEntries(bytes)
    .find((e) => e.name === "xl/worksheets/sheet1.xml")!
    .data.toString("utf8");
  return new Map(
    [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v>/g)].map((m) => [m[1], m[2]]),
  );
}

async function workbook1904(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  fill(wb.addWorksheet("Hạn"));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a number of a 1904 workbook, read and written back", () => {
  let read: ExcelJS.Worksheet;
  let original: Buffer;
  beforeAll(async () => {
    original = await workbook1904((ws) =>
      FORMATS.forEach((numFmt, i) => {
        const cell = ws.getCell(i + 1, 1);
        cell.value = STORED;
        cell.numFmt = numFmt;
      }),
    );
    read = (await excelJsWorkbook(original)).getWorksheet("Hạn")!;
  });

  it("is read as a date exactly where ExcelJS makes it one", () => {
    const dates = FORMATS.filter((_, i) => read.getCell(i + 1, 1).value instanceof Date);
    expect(dates).toEqual(["dd/mm/yyyy", "d mmm yyyy", "[$-vi-VN]dddd, dd mmmm yyyy", "hh:mm", "[h]:mm", "mm-dd-yy"]);
  });

  it("is stored as it was when ExcelJS writes it into a 1904 workbook", async () => {
    const written = await workbook1904((ws) =>
      FORMATS.forEach((_, i) => writeContent(ws.getCell(i + 1, 2), contentOfCell(read.getCell(i + 1, 1)))),
    );
    const values = storedValues(written);
    expect(FORMATS.map((f, i) => [f, values.get(`B${i + 1}`)])).toEqual(FORMATS.map((f) => [f, String(STORED)]));
  });

  it("is stored as it was when patched into the 1904 package", async () => {
    const writes = FORMATS.map((_, i) => ({ row: i + 1, column: 3, content: contentOfCell(read.getCell(i + 1, 1)) }));
    const values = storedValues(await patchCells(original, new Map([["Hạn", writes]])));
    expect(FORMATS.map((f, i) => [f, values.get(`C${i + 1}`)])).toEqual(FORMATS.map((f) => [f, String(STORED)]));
  });
});

describe('a workbook whose date1904 is written "true" (LibreOffice)', () => {
  async function withAttribute(value: string): Promise<Buffer> {
    const bytes = await workbook1904((ws) => {
      ws.getCell("A1").value = STORED;
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    return writeStoredZip(
      readZipEntries(bytes).map((e) =>
        e.name === "xl/workbook.xml"
          ? { ...e, data: Buffer.from(e.data.toString("utf8").replace('date1904="1"', `date1904${value}`)) }
          : e,
      ),
    );
  }

  it.each(['="true"', "=' 1 '", ' = "true"'])("is read in the 1904 system with date1904%s", async (value) => {
    const wb = await excelJsWorkbook(await withAttribute(value));
    expect(dateSystemOf(wb)).toBe("1904");
    expect(wb.getWorksheet("Hạn")!.getCell("A1").value).toEqual(new Date(Date.UTC(2024, 5, 30)));
  });

  it('is read in the 1900 system with date1904="false", and the package is left as it is', async () => {
    const bytes = await withAttribute('="false"');
    expect(withDate1904ExcelJsReads(bytes)).toBe(bytes);
    expect(dateSystemOf(await excelJsWorkbook(bytes))).toBe("1900");
    expect((await excelJsWorkbook(bytes)).getWorksheet("Hạn")!.getCell("A1").value).toEqual(
      new Date(Date.UTC(2020, 5, 29)),
    );
  });
});

describe("a generated sheet's date validation", () => {
  const draft: SheetDraft = {
    kind: "assignment",
    name: "P. Tư pháp",
    unit: "Phòng Tư pháp",
    cells: [],
    styles: [],
    columnWidths: [],
    titleRows: null,
    merges: [],
    chart: null,
    validations: [{ kind: "date", area: { top: 6, left: 10, bottom: 9, right: 10 }, title: "Hạn", message: "Ngày" }],
    rules: [],
    linkedCells: null,
  };

  // Its earliest day, 1 January 2000, is 36526 in the 1900 system and 36526 - 1462 in the 1904 one.
  it.each([
    [false, "36526"],
    [true, "35064"],
  ])("accepts days from 1 January 2000, counted in the workbook's system (1904: %s)", async (date1904, serial) => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    writeDraft(wb.addWorksheet(draft.name), draft);
    const sheet = readZipEntries(Buffer.from(await wb.xlsx.writeBuffer()))
      .find((e) => e.name === "xl/worksheets/sheet1.xml")!
      .data.toString("utf8");
    const validation = /<dataValidation\b[^>]*type="date"[^>]*sqref="J6:J9"[^>]*>\s*<formula1>([^<]*)<\/formula1>/;
    expect(validation.exec(sheet)?.[1]).toBe(serial);
  });
});
