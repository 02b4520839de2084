/**
 * openWorkbook's limit on the cells it reads into ExcelJS (MAX_CELLS), counted without the sheets it sets aside
 * (loadWorkbook, which sets none aside, counts them all), and the sheets it sets aside. The limit is lowered here to
 * 20 cells, so that a package written part by part reaches it; tests/cli/too-large.test.ts runs the real one on
 * 510,000 cells.
 */
import { MAX_CELLS } from "../../src/xlsx/cell-count";
import { loadWorkbook } from "../../src/xlsx/load";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { XlsxTooLargeError } from "../../src/xlsx/read-error";
import { writeStoredZip } from "../../src/xlsx/zip-package";
import { numberRow, numberSheet, smallPackage, worksheetOf } from "./containers";

jest.mock("../../src/xlsx/cell-count", () => ({ ...jest.requireActual("../../src/xlsx/cell-count"), MAX_CELLS: 20 }));

/** A sheet of 2 cells, one of 30 set aside (above 10), and one of `cells` read whole as the user names it. */
function packageWith(cells: number): Buffer {
  return writeStoredZip(
    smallPackage({
      sheets: { "Kế hoạch": numberSheet(1, 2), "Dữ liệu": numberSheet(6, 5), "Số liệu": numberSheet(cells, 1) },
    }),
  );
}
const OPTIONS = { setAsideAbove: 10, wholeSheets: ["Số liệu"] };

describe("openWorkbook's limit on the cells it reads, the set-aside sheets left out", () => {
  it("reads a package holding more cells than the limit when no more than the limit are left to read", async () => {
    // 2 + 18 cells read, 30 set aside.
    const { workbook, setAside } = await openWorkbook(packageWith(18), OPTIONS);
    expect(setAside).toEqual(["Dữ liệu"]);
    expect(workbook.getWorksheet("Số liệu")!.getCell("A18").value).toBe(180);
  });

  it("refuses it when one more is left, saying how many cells it would read", async () => {
    await expect(openWorkbook(packageWith(19), OPTIONS)).rejects.toEqual(new XlsxTooLargeError(21, MAX_CELLS));
  });

  it("is loadWorkbook's limit on the package's cells, for it reads every sheet whole", async () => {
    await expect(loadWorkbook(packageWith(18))).rejects.toEqual(new XlsxTooLargeError(50, MAX_CELLS));
    const within = smallPackage({ sheets: { "Kế hoạch": numberSheet(1, 2), "Số liệu": numberSheet(18, 1) } });
    expect((await loadWorkbook(writeStoredZip(within))).getWorksheet("Số liệu")!.getCell("A18").value).toBe(180);
  });
});

describe("openWorkbook's sheets set aside", () => {
  const open = (sheets: Record<string, string>, parts: Record<string, string> = {}, options = {}) =>
    openWorkbook(writeStoredZip(smallPackage({ sheets, parts })), options);

  it("reads whole a sheet of exactly the cells above which sheets are set aside", async () => {
    const { setAside } = await open(
      { "Kế hoạch": numberSheet(1, 2), "Dữ liệu": numberSheet(3, 4) },
      {},
      { setAsideAbove: 12 },
    );
    expect(setAside).toEqual([]);
  });

  it("reads whole a large sheet whose rows do not say their number, counting it against the limit", async () => {
    const unnumbered = numberSheet(6, 5).replace(/<row r="\d+">/g, "<row>");
    await expect(
      open({ "Kế hoạch": numberSheet(1, 2), "Dữ liệu": unnumbered }, {}, { setAsideAbove: 10 }),
    ).rejects.toEqual(new XlsxTooLargeError(32, MAX_CELLS));
  });

  it("counts the cells of worksheets only, not elements named c in other parts", async () => {
    // A custom XML part, which Excel keeps as the user's data, whatever its elements.
    const custom = { "customXml/item1.xml": '<data><c r="1"/><c r="2"/><c r="3"/></data>' };
    const sheets = { "Kế hoạch": numberSheet(1, 2), "Dữ liệu": numberSheet(3, 4) };
    await expect(open(sheets, custom, { packageCells: 14 })).resolves.toMatchObject({ setAside: [] });
    await expect(open(sheets, custom, { packageCells: 13 })).rejects.toEqual(new XlsxTooLargeError(14, 13));
  });
});

describe("openWorkbook's large sheets, at their top or read again whole", () => {
  /** A plan's header, "STT | Tiêu chí | Điểm tối đa", over three criteria: 12 cells. */
  const header = ["STT", "Tiêu chí", "Điểm tối đa"]
    .map((text, c) => `<c r="${String.fromCharCode(65 + c)}1" t="inlineStr"><is><t>${text}</t></is></c>`)
    .join("");
  const plan = worksheetOf(`<row r="1">${header}</row>${numberRow(2, 3)}${numberRow(3, 3)}${numberRow(4, 3)}`);
  /** 302 rows of one number: its top, down to 300 rows below its first value, holds 301. */
  const data = numberSheet(302, 1);

  it("gives ExcelJS a set-aside sheet's top only, and reads whole a large sheet whose top holds a plan's header", async () => {
    const { workbook, setAside } = await openWorkbook(
      writeStoredZip(smallPackage({ sheets: { "Kế hoạch": plan, "Dữ liệu": data } })),
      { setAsideAbove: 10 },
    );
    expect(setAside).toEqual(["Dữ liệu"]);
    expect(workbook.getWorksheet("Dữ liệu")!.rowCount).toBe(301);
    const table = workbook.getWorksheet("Kế hoạch")!;
    expect(table.getCell("C1").value).toBe("Điểm tối đa");
    expect(table.getCell("C4").value).toBe(42);
  });
});
