/** Writing and reading cell contents the way Excel converts them. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these tests exercise the proxy rules themselves: some reads come before load on purpose, and the rules cannot follow syncs made through helpers, ClientResult or *OrNullObject. */
import { MemoryWorkbook, createContext } from "../../src/memory-excel";

function setup(cells: (string | number | boolean | null)[][] = []) {
  const wb = MemoryWorkbook.fromSheets([{ name: "S", cells }]);
  const ctx = createContext(wb);
  return { wb, ctx, ws: ctx.excel.workbook.worksheets.getItem("S") };
}

describe("writing values", () => {
  it("turns a string starting with = into a formula, and numeric-looking strings into numbers", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1:F1").values = [["7", "=A1*2", "1,234.5", "12%", "TRUE", "1.1.1"]];
    await ctx.sync();
    expect(wb.values("S", "A1:F1")).toEqual([[7, 14, 1234.5, 0.12, true, "1.1.1"]]);
    expect(wb.cell("S", "B1").formula).toBe("=A1*2");
    expect(wb.cell("S", "D1").numberFormat).toBe("0%");
  });

  it("keeps strings as text, even '=...' and '12', when the cell's number format is @", async () => {
    const { wb, ctx, ws } = setup();
    const range = ws.getRange("A1:B1");
    range.numberFormat = [["@", "@"]];
    range.values = [["12", "=SUM(A1)"]];
    range.load("values, valueTypes, formulas");
    await ctx.sync();
    expect(range.values).toEqual([["12", "=SUM(A1)"]]);
    expect(range.valueTypes).toEqual([["String", "String"]]);
    expect(wb.cell("S", "B1").formula).toBeNull();
  });

  it("reads a typed error value as that error, in any case, and an apostrophe's as text", async () => {
    const { ctx, ws } = setup();
    const range = ws.getRange("A1:C1");
    range.formulas = [["#N/A", "#div/0!", "'#N/A"]];
    range.load("values, valueTypes, formulas");
    await ctx.sync();
    expect(range.values).toEqual([["#N/A", "#DIV/0!", "#N/A"]]);
    expect(range.valueTypes).toEqual([["Error", "Error", "String"]]);
    expect(range.formulas).toEqual([["#N/A", "#DIV/0!", "#N/A"]]);
  });

  it("reads a leading + or - as the start of a formula, as Excel does when typing", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1:C1").values = [["-5", "- Rà soát thủ tục", "'- kept as text"]];
    await ctx.sync();
    expect(wb.values("S", "A1:C1")).toEqual([[-5, "#NAME?", "- kept as text"]]);
    expect(wb.cell("S", "B1").formula).toBe("=- Rà soát thủ tục");
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const { wb, ctx, ws } = setup([["a", "b"]]);
    ws.getRange("A1:B1").values = [[null, ""]];
    await ctx.sync();
    expect(wb.values("S", "A1:B1")).toEqual([["a", ""]]);
  });

  it("rejects an array whose dimensions differ from the range (InvalidArgument), and broadcasts a single value", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1:B2").values = [[1, 2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.getRange("A1:B2").values = [[1, 2], [3]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    (ws.getRange("A1:B2") as unknown as { values: unknown }).values = "x";
    await ctx.sync();
    expect(wb.values("S")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("stores formulas written through range.formulas and reports constants there as values", async () => {
    const { wb, ctx, ws } = setup();
    const range = ws.getRange("A1:C1");
    range.formulas = [[2, "=A1+1", "text"]];
    range.load("formulas, values, text, valueTypes");
    await ctx.sync();
    expect(range.formulas).toEqual([[2, "=A1+1", "text"]]);
    expect(range.values).toEqual([[2, 3, "text"]]);
    expect(range.text).toEqual([["2", "3", "text"]]);
    expect(range.valueTypes).toEqual([["Double", "Double", "String"]]);
    expect(wb.cell("S", "B1").formula).toBe("=A1+1");
  });
});

describe("reading", () => {
  it("reports address, indexes, sizes and value types", async () => {
    const { ctx, ws } = setup([[1, "a", true, null, "=1/0"]]);
    const range = ws
      .getRange("A1:E1")
      .load("address, rowIndex, columnIndex, rowCount, columnCount, valueTypes, values");
    const cell = ws.getRange("C5").load("address, rowIndex, columnIndex");
    await ctx.sync();
    expect(range.address).toBe("S!A1:E1");
    expect([range.rowCount, range.columnCount]).toEqual([1, 5]);
    expect(range.valueTypes).toEqual([["Double", "String", "Boolean", "Empty", "Error"]]);
    expect(range.values).toEqual([[1, "a", true, "", "#DIV/0!"]]);
    expect([cell.address, cell.rowIndex, cell.columnIndex]).toEqual(["S!C5", 4, 2]);
  });

  it("quotes sheet names in addresses when Excel would", async () => {
    const wb = new MemoryWorkbook(["Kế hoạch 2024", "A1", "Data"]);
    const ctx = createContext(wb);
    const a = ctx.excel.workbook.worksheets.getItem("Kế hoạch 2024").getRange("A:A").load("address");
    const b = ctx.excel.workbook.worksheets.getItem("A1").getRange("2:3").load("address");
    const c = ctx.excel.workbook.worksheets.getItem("Data").getRange("B2:A1").load("address");
    await ctx.sync();
    expect([a.address, b.address, c.address]).toEqual(["'Kế hoạch 2024'!A:A", "'A1'!2:3", "Data!A1:B2"]);
  });

  it("formats text for the number formats we use", async () => {
    const { ctx, ws } = setup([[14.49, 1234567.891, 0.256, 7, 1 / 3]]);
    const range = ws.getRange("A1:E1");
    range.numberFormat = [["0.0", "#,##0.00", "0%", "@", "General"]];
    range.load("text");
    await ctx.sync();
    expect(range.text).toEqual([["14.5", "1,234,567.89", "26%", "7", "0.333333333"]]);
  });

  it("finds the used range, with or without formatted-only cells, and a null object for an empty sheet", async () => {
    const { ctx, ws } = setup([
      [null, null],
      [null, "x"],
    ]);
    ws.getRange("D5").format.fill.color = "#FFFF00";
    const values = ws.getUsedRange(true).load("address");
    const all = ws.getUsedRange().load("address");
    const empty = ctx.excel.workbook.worksheets.add("Empty");
    const none = empty.getUsedRangeOrNullObject();
    const a1 = empty.getUsedRange().load("address");
    await ctx.sync();
    expect([values.address, all.address]).toEqual(["S!B2", "S!B2:D5"]);
    expect(none.isNullObject).toBe(true);
    expect(a1.address).toBe("Empty!A1");
  });

  it("derives ranges: getCell, getOffsetRange, getResizedRange, getRow, getColumn, entire row/column, intersection", async () => {
    const { ctx, ws } = setup();
    const base = ws.getRange("B2:D4");
    const got = [
      base.getCell(1, 1),
      base.getOffsetRange(1, 2),
      base.getResizedRange(1, -1),
      base.getRow(2),
      base.getColumn(0),
      base.getEntireRow(),
      base.getEntireColumn(),
      base.getIntersectionOrNullObject("C3:F9"),
      ws.getRangeByIndexes(0, 0, 2, 3),
    ].map((r) => r.load("address"));
    const disjoint = base.getIntersectionOrNullObject("H1");
    await ctx.sync();
    expect(got.map((r) => r.address)).toEqual([
      "S!C3",
      "S!D3:F5",
      "S!B2:C5",
      "S!B4:D4",
      "S!B2:B4",
      "S!2:4",
      "S!B:D",
      "S!C3:D4",
      "S!A1:C2",
    ]);
    expect(disjoint.isNullObject).toBe(true);
  });

  it("rejects an address outside the sheet at sync", async () => {
    const { ctx, ws } = setup();
    ws.getRange("A1").getOffsetRange(-1, 0).load("address");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("clears contents, formats or both", async () => {
    const { wb, ctx, ws } = setup([["a", "b", "c"]]);
    ws.getRange("A1:C1").format.font.bold = true;
    await ctx.sync();
    ws.getRange("A1").clear("Contents");
    ws.getRange("B1").clear("Formats");
    ws.getRange("C1").clear();
    await ctx.sync();
    expect([wb.cell("S", "A1"), wb.cell("S", "B1"), wb.cell("S", "C1")].map((c) => [c.value, c.bold])).toEqual([
      ["", true],
      ["b", false],
      ["", false],
    ]);
  });

  it("writes and reads 3,000 rows × 10 columns", async () => {
    const { wb, ctx, ws } = setup();
    const data = Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 9 ? `=SUM(A${r + 1}:I${r + 1})` : r + c)),
    );
    ws.getRange("A1:J3000").values = data;
    const back = ws.getRange("A1:J3000").load("values");
    await ctx.sync();
    expect(back.values[2999]).toEqual([2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 2999 * 9 + 36]);
    expect(wb.cell("S", "J1").formula).toBe("=SUM(A1:I1)");
  });
});
