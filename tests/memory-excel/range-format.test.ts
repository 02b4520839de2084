/** Formatting, layout and merged areas. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these tests exercise the proxy rules themselves: some reads come before load on purpose, and the rules cannot follow syncs made through helpers, ClientResult or *OrNullObject. */
import { MemoryWorkbook, createContext } from "../../src/memory-excel";

function setup() {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "S",
      cells: [
        ["Tiêu chí", "Điểm"],
        ["1.1", 2.5],
      ],
    },
  ]);
  const ctx = createContext(wb);
  return { wb, ctx, ws: ctx.excel.workbook.worksheets.getItem("S") };
}

describe("cell formats", () => {
  it("sets fill, font, wrap and alignment, and reads them back (null when cells differ)", async () => {
    const { wb, ctx, ws } = setup();
    const header = ws.getRange("A1:B1");
    header.format.fill.color = "#d9e1f2";
    header.format.font.bold = true;
    header.format.font.italic = true;
    header.format.font.color = "red";
    header.format.font.size = 12;
    header.format.wrapText = true;
    header.format.horizontalAlignment = "Center";
    header.format.verticalAlignment = "Top";
    const mixed = ws.getRange("A1:A2").load("format/fill/color, format/font/bold");
    header.load("format/fill/color, format/font/color, format/wrapText, format/horizontalAlignment");
    await ctx.sync();
    expect(wb.cell("S", "B1")).toMatchObject({
      fill: "#D9E1F2",
      bold: true,
      italic: true,
      fontColor: "#FF0000",
      fontSize: 12,
      wrapText: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Top",
    });
    expect([
      header.format.fill.color,
      header.format.font.color,
      header.format.wrapText,
      header.format.horizontalAlignment,
    ]).toEqual(["#D9E1F2", "#FF0000", true, "Center"]);
    expect([mixed.format.fill.color, mixed.format.font.bold]).toEqual([null, null]);
  });

  it("clears a fill back to none, which Excel reports as white", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1").format.fill.color = "#FFC7CE";
    await ctx.sync();
    ws.getRange("A1").format.fill.clear();
    const fill = ws.getRange("A1").format.fill.load("color");
    await ctx.sync();
    expect(wb.cell("S", "A1").fill).toBeNull();
    expect(fill.color).toBe("#FFFFFF");
  });

  it("rejects an invalid colour and an invalid alignment at sync", async () => {
    const { ctx, ws } = setup();
    ws.getRange("A1").format.fill.color = "not a colour";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("formats whole columns without creating their cells, and cells written later take the column's format", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("C:C").numberFormat = "@" as unknown as string[][];
    ws.getRange("C:C").format.font.bold = true;
    await ctx.sync();
    expect(wb.sheet("S").cells.size).toBe(4);
    ws.getRange("C500").values = [["0012"]];
    await ctx.sync();
    expect(wb.cell("S", "C500")).toMatchObject({ value: "0012", numberFormat: "@", bold: true });
    const used = ws.getUsedRange(true).load("address");
    await ctx.sync();
    expect(used.address).toBe("S!A1:C500");
  });

  it("stores border styles per edge", async () => {
    const { wb, ctx, ws } = setup();
    const table = ws.getRange("A1:B2");
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ] as const) {
      table.format.borders.getItem(edge).style = "Continuous";
    }
    ws.getRange("A1:B1").format.borders.getItem("EdgeBottom").style = "Double";
    const inside = table.format.borders.getItem("InsideHorizontal").load("style");
    const top = table.format.borders.getItem("EdgeTop").load("style");
    await ctx.sync();
    expect(wb.cell("S", "A1").borders).toEqual({
      top: "Continuous",
      bottom: "Double",
      left: "Continuous",
      right: "Continuous",
    });
    expect(wb.cell("S", "B2").borders).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect([top.style, inside.style]).toEqual(["Continuous", "Double"]);
  });
});

describe("layout", () => {
  it("sets and reads column widths and row heights, including whole columns", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A:A").format.columnWidth = 120;
    ws.getRange("B1").format.columnWidth = 60;
    ws.getRange("2:3").format.rowHeight = 30;
    const a = ws.getRange("A1").format.load("columnWidth, rowHeight");
    const ab = ws.getRange("A1:B1").format.load("columnWidth");
    await ctx.sync();
    expect([a.columnWidth, a.rowHeight, ab.columnWidth]).toEqual([120, 15, null]);
    expect(wb.layout("S")).toMatchObject({ columnWidths: { A: 120, B: 60 }, rowHeights: { 2: 30, 3: 30 } });
  });

  it("autofits columns to their longest text", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1:B2").format.autofitColumns();
    await ctx.sync();
    const widths = wb.layout("S").columnWidths;
    expect(widths.A).toBeGreaterThan(widths.B);
  });

  it("hides and shows rows and columns; rowHidden is null when mixed", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("2:3").rowHidden = true;
    ws.getRange("B:B").columnHidden = true;
    const mixed = ws.getRange("A1:A2").load("rowHidden");
    const hidden = ws.getRange("B2").load("rowHidden, columnHidden");
    await ctx.sync();
    expect(wb.layout("S")).toMatchObject({ hiddenRows: [2, 3], hiddenColumns: ["B"] });
    expect([mixed.rowHidden, hidden.rowHidden, hidden.columnHidden]).toEqual([null, true, true]);
    ws.getRange("A3").rowHidden = false;
    await ctx.sync();
    expect(wb.layout("S").hiddenRows).toEqual([2]);
  });
});

describe("merged areas", () => {
  it("merges, keeping only the top-left value, and reports the merged areas", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1:B1").merge();
    ws.getRange("A4:C5").merge(true);
    const areas = ws.getRange("A1:D10").getMergedAreasOrNullObject();
    areas.load("address, areaCount");
    areas.areas.load("items/address");
    const none = ws.getRange("D1:D3").getMergedAreasOrNullObject();
    await ctx.sync();
    expect(wb.values("S", "A1:B1")).toEqual([["Tiêu chí", ""]]);
    expect(areas.isNullObject).toBe(false);
    expect(areas.areaCount).toBe(3);
    expect(areas.areas.items.map((r) => r.address)).toEqual(["S!A1:B1", "S!A4:C4", "S!A5:C5"]);
    expect(areas.address).toBe("S!A1:B1,S!A4:C4,S!A5:C5");
    expect(none.isNullObject).toBe(true);
  });

  it("unmerges every merged area touching the range, and clear() unmerges too", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", merges: ["A1:B2", "D1:E1", "G1:H1"] }]);
    const ctx = createContext(wb);
    const ws = ctx.excel.workbook.worksheets.getItem("S");
    ws.getRange("B2:D2").unmerge();
    ws.getRange("H1").clear("Formats");
    await ctx.sync();
    expect(wb.layout("S").merges).toEqual(["D1:E1"]);
  });

  it("refuses to merge across part of an existing merged area", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", merges: ["A1:B2"] }]);
    const ctx = createContext(wb);
    ctx.excel.workbook.worksheets.getItem("S").getRange("B1:C1").merge();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
