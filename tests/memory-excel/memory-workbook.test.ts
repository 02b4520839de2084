/** Building workbooks from plain descriptions, inspection helpers and the selection. */
import { MemoryWorkbook, createContext } from "../../src/memory-excel";

describe("MemoryWorkbook.fromSheets", () => {
  it("places cells at an origin, keeps strings as text, and records merges, hidden rows and visibility", () => {
    const wb = MemoryWorkbook.fromSheets([
      {
        name: "Phụ lục",
        origin: "B3",
        cells: [
          ["STT", "Tiêu chí", "Điểm"],
          ["1.1", "Ban hành kế hoạch", 2],
          [null, "Tổng", "=SUM(D4:D4)"],
        ],
        merges: ["B1:D1"],
        hiddenRows: [4],
        hiddenColumns: [5],
      },
      { name: "Ẩn", visibility: "Hidden" },
    ]);
    expect(wb.sheetNames()).toEqual(["Phụ lục", "Ẩn"]);
    expect(wb.values("Phụ lục")).toEqual([
      ["STT", "Tiêu chí", "Điểm"],
      ["1.1", "Ban hành kế hoạch", 2],
      ["", "Tổng", 2],
    ]);
    expect(wb.cell("Phụ lục", "B4")).toMatchObject({ value: "1.1", formula: null, numberFormat: "General" });
    expect(wb.formulas("Phụ lục", "D5")).toEqual([["=SUM(D4:D4)"]]);
    expect(wb.layout("Phụ lục")).toMatchObject({
      merges: ["B1:D1"],
      hiddenRows: [4],
      hiddenColumns: ["E"],
      position: 0,
    });
    expect(wb.layout("Ẩn").visibility).toBe("Hidden");
  });

  it("throws ItemNotFound from inspection helpers for a missing sheet", () => {
    expect(() => new MemoryWorkbook().cell("Nope", "A1")).toThrow(expect.objectContaining({ code: "ItemNotFound" }));
  });
});

describe("selection", () => {
  it("select() activates the sheet and sets the selected range and active cell", async () => {
    const wb = new MemoryWorkbook(["A", "B"]);
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.getItem("B").getRange("C3:D4").select();
    const selected = ctx.excel.workbook.getSelectedRange().load("address");
    const active = ctx.excel.workbook.getActiveCell().load("address");
    await ctx.sync();
    expect([selected.address, active.address]).toEqual(["B!C3:D4", "B!C3"]);
  });
});
