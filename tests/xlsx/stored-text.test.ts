/** While the workbook is written, every kind of cell text is as SpreadsheetML stores it; afterwards, as it was. */
import ExcelJS from "exceljs";
import { withStoredText } from "../../src/xlsx/stored-text";

// U+000B, which XML cannot carry, is stored as _x000B_ (SpreadsheetML's ST_Xstring escape).
const TYPED = "HĐND\vvà UBND";
const STORED = "HĐND_x000B_và UBND";

function workbookWithTexts(): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.getCell("A1").value = TYPED;
  sheet.getCell("A2").value = { richText: [{ text: "Phòng " }, { text: TYPED, font: { bold: true } }] };
  sheet.getCell("A3").value = { text: TYPED, hyperlink: "#'Phụ lục'!A1" };
  sheet.getCell("A4").value = { formula: 'A1&""', result: TYPED };
  sheet.getCell("A5").value = { richText: [{ text: "Phòng Nội vụ" }] };
  sheet.getCell("A6").value = { text: "Phòng Nội vụ", hyperlink: "#'Phụ lục'!A1" };
  sheet.getCell("A7").value = { formula: "1+1", result: 2 };
  return { workbook, sheet };
}
const values = (sheet: ExcelJS.Worksheet) => [1, 2, 3, 4, 5, 6, 7].map((r) => sheet.getCell(`A${r}`).value);

describe("withStoredText", () => {
  it("escapes text, rich text runs, a link's text and a formula's text result while writing", async () => {
    const { workbook, sheet } = workbookWithTexts();
    const before = structuredClone(values(sheet));
    const during = await withStoredText(workbook, async () => structuredClone(values(sheet)));
    expect(during).toEqual([
      STORED,
      { richText: [{ text: "Phòng " }, { text: STORED, font: { bold: true } }] },
      { text: STORED, hyperlink: "#'Phụ lục'!A1" },
      { formula: 'A1&""', result: STORED },
      // Nothing to escape: left as they were.
      before[4],
      before[5],
      before[6],
    ]);
    expect(values(sheet)).toEqual(before);
  });

  it("escapes a merged range's text once, in its first cell, and puts it back there", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Phụ lục");
    sheet.getCell("A1").value = TYPED;
    // The other cells of a merged range give the first cell's value, and writing one of them writes the first.
    sheet.mergeCells("A1:C1");
    const during = await withStoredText(workbook, async () => sheet.getCell("A1").value);
    expect(during).toBe(STORED);
    expect(["A1", "B1", "C1"].map((a) => sheet.getCell(a).value)).toEqual([TYPED, TYPED, TYPED]);
  });
});
