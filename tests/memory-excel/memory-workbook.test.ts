/** Building workbooks from plain descriptions, inspection helpers, custom properties and the selection. */
/* eslint-disable office-addins/call-sync-before-read -- these tests exercise the proxy rules themselves: some reads come before load on purpose, and the rules cannot follow syncs made through helpers, ClientResult or *OrNullObject. */
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

describe("custom properties", () => {
  it("adds, finds ignoring case, updates and deletes custom properties", async () => {
    const wb = new MemoryWorkbook();
    const ctx = createContext(wb);
    const custom = ctx.excel.workbook.properties.custom;
    custom.add("ParIndex.Version", "1");
    custom.add("ParIndex.Count", 3);
    const found = custom.getItemOrNullObject("parindex.version").load("key, value, type");
    const missing = custom.getItemOrNullObject("other");
    await ctx.sync();
    expect([found.isNullObject, found.key, found.value, found.type]).toEqual([
      false,
      "ParIndex.Version",
      "1",
      "String",
    ]);
    expect(missing.isNullObject).toBe(true);
    custom.add("PARINDEX.VERSION", "2");
    custom.getItem("ParIndex.Count").delete();
    custom.load("items/key,items/value");
    await ctx.sync();
    expect(custom.items.map((p) => [p.key, p.value])).toEqual([["ParIndex.Version", "2"]]);
    expect(wb.customPropertyValues()).toEqual({ "ParIndex.Version": "2" });
  });

  it("trims values to 255 characters outside Excel on the web, and keeps them whole on the web", async () => {
    for (const [platform, length] of [
      ["desktop", 255],
      ["web", 300],
    ] as const) {
      const wb = new MemoryWorkbook(["S"], { platform });
      const ctx = createContext(wb);
      ctx.excel.workbook.properties.custom.add("Long", "x".repeat(300));
      await ctx.sync();
      expect((wb.customPropertyValues().Long as string).length).toBe(length);
    }
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
