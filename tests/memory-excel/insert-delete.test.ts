/**
 * Range.insert and Range.delete with Excel's shifting: values, formulas (references at or after the insertion point
 * move, a span the insertion falls inside grows, a reference into deleted cells becomes #REF!), merged areas,
 * conditional formats and their rules (written for their range's top-left cell), data validation.
 */
import { MemoryWorkbook, run } from "../../src/memory-excel";

async function sheetWithEverything(): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "S",
      cells: [[1, "=SUM(A1:A6)", "=A5", "=$A$5"], [2, null, "=A1"], [3], [4], [5, null, null, "m"], [6]],
      merges: ["D5:E5"],
    },
    { name: "T", cells: [["=S!A5", "=SUM(S!A:A)"]] },
  ]);
  await run(wb, async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    const cf = ws.getRange("A2:A6").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=A2>$A$1";
    ws.getRange("A5:A6").dataValidation.rule = { wholeNumber: { formula1: "0", operator: "GreaterThan" } };
    await context.sync();
  });
  return wb;
}

async function change(wb: MemoryWorkbook, address: string, how: "insert" | "delete", direction: string) {
  await run(wb, async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange(address);
    if (how === "insert") range.insert(direction as Excel.InsertShiftDirection);
    else range.delete(direction as Excel.DeleteShiftDirection);
    await context.sync();
  });
}

describe("entire rows inserted", () => {
  it("inside: cells and references at or after them move, spans grow, the rule's range grows", async () => {
    const wb = await sheetWithEverything();
    await change(wb, "3:4", "insert", "Down");
    expect(wb.values("S", "A1:A8").map((r) => r[0])).toEqual([1, 2, "", "", 3, 4, 5, 6]);
    expect(wb.formulas("S", "B1:D2")).toEqual([
      ["=SUM(A1:A8)", "=A7", "=$A$7"],
      ["", "=A1", ""],
    ]);
    expect(wb.formulas("T", "A1:B1")).toEqual([["=S!A7", "=SUM(S!A:A)"]]);
    expect(wb.conditionalFormats("S").map((c) => [c.address, c.rule.formula])).toEqual([["S!A2:A8", "=A2>$A$1"]]);
    expect(wb.dataValidations("S").map((v) => v.address)).toEqual(["S!A7:A8"]);
    expect(wb.layout("S").merges).toEqual(["D7:E7"]);
    expect(wb.values("S", "B1")[0][0]).toBe(21);
  });

  it("above: the rule moves with its range, written for its new top-left cell", async () => {
    const wb = await sheetWithEverything();
    await change(wb, "1:2", "insert", "Down");
    expect(wb.conditionalFormats("S").map((c) => [c.address, c.rule.formula])).toEqual([["S!A4:A8", "=A4>$A$3"]]);
    expect(wb.formulas("S", "B3:D3")).toEqual([["=SUM(A3:A8)", "=A7", "=$A$7"]]);
  });

  it("above a chart: its source and each series' category labels move with their cells", async () => {
    const wb = await sheetWithEverything();
    await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B4"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(ws.getRange("D2:D4"));
      await context.sync();
    });
    await change(wb, "1:2", "insert", "Down");
    expect(wb.charts("S").map((c) => [c.source, c.xAxisValues])).toEqual([["S!A3:B6", ["S!D4:D6"]]]);
  });
});

describe("entire rows deleted", () => {
  it("a reference into them becomes #REF!, a span shrinks, a merge and validation inside them go", async () => {
    const wb = await sheetWithEverything();
    await change(wb, "5:5", "delete", "Up");
    expect(wb.formulas("S", "B1:D1")).toEqual([["=SUM(A1:A5)", "=#REF!", "=#REF!"]]);
    expect(wb.formulas("T", "A1")).toEqual([["=#REF!"]]);
    expect(wb.layout("S").merges).toEqual([]);
    expect(wb.dataValidations("S").map((v) => v.address)).toEqual(["S!A5"]);
    expect(wb.values("S", "B1")[0][0]).toBe(1 + 2 + 3 + 4 + 6);
  });

  it("the rule's first row: the rule is the next row's, written for the range's new top-left cell", async () => {
    const wb = await sheetWithEverything();
    await change(wb, "2:2", "delete", "Up");
    expect(wb.conditionalFormats("S").map((c) => [c.address, c.rule.formula])).toEqual([["S!A2:A5", "=A2>$A$1"]]);
  });
});

describe("cells shifted within their columns", () => {
  it("only those columns move; a reference across the edge stays", async () => {
    const wb = await sheetWithEverything();
    await change(wb, "A3", "insert", "Down");
    expect(wb.values("S", "A1:A7").map((r) => r[0])).toEqual([1, 2, "", 3, 4, 5, 6]);
    expect(wb.formulas("S", "B1:D1")).toEqual([["=SUM(A1:A7)", "=A6", "=$A$6"]]);
    expect(wb.layout("S").merges).toEqual(["D5:E5"]);
  });

  it("a merged area the shift would split is refused", async () => {
    const wb = await sheetWithEverything();
    await expect(change(wb, "D3", "insert", "Down")).rejects.toMatchObject({ code: "MergedRangeConflict" });
    await expect(change(wb, "A3", "insert", "Up")).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
