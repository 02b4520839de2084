/** The plan's looks written through ExcelJS (src/xlsx/write-styles.ts), on cells of a sheet made here. */
import ExcelJS from "exceljs";
import { applyBold, applyHighlightLook, applyStyles } from "../../src/xlsx/write-styles";

/** What the tests compare of an ExcelJS cell's style. */
const lookOf = (cell: ExcelJS.Cell) => [cell.numFmt, cell.border?.bottom?.style, cell.font?.bold];
const fontAndFill = (cell: ExcelJS.Cell) => ({ font: cell.font, fill: cell.fill });

describe("write-styles", () => {
  it("styles every cell of each area, its last row and column included, a later style keeping what it does not set", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Tổng hợp");
    applyStyles(ws, [
      { area: { top: 2, left: 2, bottom: 3, right: 3 }, style: "number" },
      { area: { top: 3, left: 2, bottom: 3, right: 3 }, style: "total" },
    ]);
    const look = (address: string) => lookOf(ws.getCell(address));
    expect(["B2", "C2", "B3", "C3"].map(look)).toEqual([
      ["0.0##", "thin", undefined],
      ["0.0##", "thin", undefined],
      ["0.0##", "thin", true],
      ["0.0##", "thin", true],
    ]);
    expect(["A1", "D2", "B4"].map(look)).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it("gives a legend cell the highlight's colours and bold, keeping the rest of its font", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Phụ lục");
    const cell = ws.getCell("K5");
    cell.font = { italic: true, size: 9 };
    applyHighlightLook(cell, { fill: "#FFC7CE", font: "#9C0006" });
    applyBold(cell);
    expect(fontAndFill(cell)).toEqual({
      font: { italic: true, size: 9, color: { argb: "FF9C0006" }, bold: true },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
    });
  });
});
