/** Conditional formats are stored with their range, rule, look and priority. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests exercise the proxy rules themselves: some reads come before load on purpose, and the rules cannot follow syncs made through helpers, ClientResult or *OrNullObject. */
import { MemoryWorkbook, createContext } from "../../src/memory-excel";

function setup() {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "Plan",
      cells: [
        ["Điểm tối đa", "Điểm"],
        [3, 2],
        [2, 2],
      ],
    },
  ]);
  const ctx = createContext(wb);
  return { wb, ctx, ws: ctx.excel.workbook.worksheets.getItem("Plan") };
}

describe("conditional formats", () => {
  it("stores a cell-value rule and a custom rule with their colours; the newest has priority 0", async () => {
    const { wb, ctx, ws } = setup();
    const lost = ws.getRange("B2:B3").conditionalFormats.add("CellValue");
    lost.cellValue.format.fill.color = "#FFC7CE";
    lost.cellValue.format.font.color = "#9C0006";
    lost.cellValue.rule = { formula1: "=A2", operator: "LessThan" };
    const custom = ws.getRange("A2:B3").conditionalFormats.add("Custom");
    custom.custom.rule.formula = "=$B2<$A2";
    custom.custom.format.fill.color = "#FFEB9C";
    custom.stopIfTrue = true;
    await ctx.sync();
    expect(wb.conditionalFormats("Plan")).toEqual([
      {
        address: "Plan!A2:B3",
        type: "Custom",
        priority: 0,
        stopIfTrue: true,
        rule: { formula: "=$B2<$A2" },
        fill: "#FFEB9C",
        fontColor: null,
        bold: null,
      },
      {
        address: "Plan!B2:B3",
        type: "CellValue",
        priority: 1,
        stopIfTrue: false,
        rule: { formula1: "=A2", formula2: undefined, operator: "LessThan" },
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        bold: null,
      },
    ]);
  });

  it("lists, counts and reads back the formats touching a range, including through the whole sheet", async () => {
    const { ctx, ws } = setup();
    const cf = ws.getRange("B2:B3").conditionalFormats.add("CellValue");
    cf.cellValue.rule = { formula1: "1", formula2: "2", operator: "Between" };
    cf.cellValue.format.fill.color = "#C6EFCE";
    const elsewhere = ws.getRange("D1").conditionalFormats.getCount();
    const collection = ws.getRange().conditionalFormats.load("items/type, items/priority");
    const count = ws.getRange("B3").conditionalFormats.getCount();
    const first = ws.getRange("B2").conditionalFormats.getItemAt(0);
    first.cellValue.load("rule");
    first.cellValue.format.fill.load("color");
    const range = first.getRange().load("address");
    await ctx.sync();
    expect([count.value, elsewhere.value]).toEqual([1, 0]);
    expect(collection.items.map((c) => [c.type, c.priority])).toEqual([["CellValue", 0]]);
    expect(first.cellValue.rule).toEqual({ formula1: "1", formula2: "2", operator: "Between" });
    expect(first.cellValue.format.fill.color).toBe("#C6EFCE");
    expect(range.address).toBe("Plan!B2:B3");
  });

  it("rejects a rule without formula1 or with an unknown operator, and reading a cellValue rule of a custom format", async () => {
    const { ctx, ws } = setup();
    const cf = ws.getRange("B2").conditionalFormats.add("CellValue");
    cf.cellValue.rule = { formula1: "", operator: "LessThan" };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    cf.cellValue.rule = { formula1: "1", operator: "Smaller" as Excel.ConditionalCellValueOperator };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const custom = ws.getRange("B2").conditionalFormats.add("Custom");
    custom.cellValue.load("rule");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("clearAll removes the formats touching the range and leaves the others", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A1:A3").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    ws.getRange("B1:B3").conditionalFormats.add("Custom").custom.rule.formula = "=FALSE";
    await ctx.sync();
    ws.getRange("A2").conditionalFormats.clearAll();
    await ctx.sync();
    expect(wb.conditionalFormats("Plan").map((c) => c.address)).toEqual(["Plan!B1:B3"]);
  });

  it("moves a format when its priority is set, and deletes it", async () => {
    const { wb, ctx, ws } = setup();
    const a = ws.getRange("A1").conditionalFormats.add("Custom");
    a.custom.rule.formula = "=1";
    const b = ws.getRange("A1").conditionalFormats.add("Custom");
    b.custom.rule.formula = "=2";
    a.priority = 0;
    await ctx.sync();
    expect(wb.conditionalFormats("Plan").map((c) => c.rule.formula)).toEqual(["=1", "=2"]);
    a.delete();
    await ctx.sync();
    expect(wb.conditionalFormats("Plan").map((c) => c.rule.formula)).toEqual(["=2"]);
  });

  it("says where a format applies as it stood at the load in the batch, once synced; a deleted one has no range", async () => {
    const { ctx, ws } = setup();
    const cf = ws.getRange("B2:B3").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=$B2<$A2";
    const rules = ws.getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    const range = rules.items[0].getRange().load("address");
    const orNull = rules.items[0].getRangeOrNullObject().load("address");
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    ws.getRange("1:1").insert("Down");
    await ctx.sync();
    expect([range.address, orNull.address, orNull.isNullObject]).toEqual(["Plan!B2:B3", "Plan!B2:B3", false]);
    const moved = ws.getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    const now = moved.items[0].getRange().load("address");
    await ctx.sync();
    expect(now.address).toBe("Plan!B3:B4");
    moved.items[0].delete();
    moved.items[0].getRange().load("address");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  describe("a format whose area the user's edits split in several areas", () => {
    /** A custom rule on B2:C3 in Excel 1.8 or 1.9; the user pastes over C2, leaving it B2 and B3:C3. */
    async function split(excelApi = "1.9") {
      const { wb } = setup();
      const ctx = createContext(wb, { excelApi });
      const ws = ctx.excel.workbook.worksheets.getItem("Plan");
      ws.getRange("B2:C3").conditionalFormats.add("Custom").custom.rule.formula = "=$B2<$A2";
      await ctx.sync();
      wb.pasteByUser("Plan", "C2", "");
      const rules = ws.getRange("C3").conditionalFormats.load("items/type");
      await ctx.sync();
      return { wb, ctx, ws, cf: rules.items[0] };
    }

    it("has no one range: getRange fails, getRangeOrNullObject is a null object, getRanges gives both", async () => {
      const { wb, ctx, cf } = await split();
      expect(wb.conditionalFormats("Plan").map((c) => [c.address, c.rule.formula])).toEqual([
        ["Plan!B2,Plan!B3:C3", "=$B2<$A2"],
      ]);
      const orNull = cf.getRangeOrNullObject().load("address");
      const areas = cf.getRanges().load("address, areaCount");
      await ctx.sync();
      expect([orNull.isNullObject, areas.address, areas.areaCount]).toEqual([true, "Plan!B2,Plan!B3:C3", 2]);
      expect(() => orNull.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      cf.getRange().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });

    it("is what the user's paste over part of a rule's area leaves: the rest, its rule moved with its first area", async () => {
      const { wb, ctx, ws } = setup();
      ws.getRange("A2:B5").conditionalFormats.add("Custom").custom.rule.formula = "=$B2<$A2";
      ws.getRange("D1").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      await ctx.sync();
      const areas = () => wb.conditionalFormats("Plan").map((c) => [c.address, c.rule.formula]);
      wb.pasteByUser("Plan", "B3", "x");
      expect(wb.values("Plan", "B3")).toEqual([["x"]]);
      // The rows above B3, the part of its row left of it, the rows below.
      expect(areas()).toEqual([
        ["Plan!D1", "=TRUE"],
        ["Plan!A2:B2,Plan!A3,Plan!A4:B5", "=$B2<$A2"],
      ]);
      wb.pasteByUser("Plan", "A1:B2", [
        ["Điểm tối đa", "Điểm"],
        [3, 2],
      ]);
      expect(areas()).toEqual([
        ["Plan!D1", "=TRUE"],
        ["Plan!A3,Plan!A4:B5", "=$B3<$A3"],
      ]);
      wb.pasteByUser("Plan", "A3:B5", 1);
      expect(areas()).toEqual([["Plan!D1", "=TRUE"]]);
    });

    it("is what adding a format to a RangeAreas makes (ExcelApi 1.9); a range touching any area lists it", async () => {
      const { wb } = setup();
      const ctx = createContext(wb, { excelApi: "1.9" });
      const ws = ctx.excel.workbook.worksheets.getItem("Plan");
      const cf = ws.getRanges("B2, B4:C5;E1").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$B2<$A2";
      const ranges = cf.getRanges().load("address");
      const listed = ws.getRange("C5").conditionalFormats.getCount();
      await ctx.sync();
      expect([ranges.address, listed.value]).toEqual(["Plan!B2,Plan!B4:C5,Plan!E1", 1]);
      expect(wb.conditionalFormats("Plan").map((c) => [c.address, c.rule.formula])).toEqual([
        ["Plan!B2,Plan!B4:C5,Plan!E1", "=$B2<$A2"],
      ]);
    });

    it("has no getRanges, nor Worksheet.getRanges, before ExcelApi 1.9", async () => {
      const { ctx, ws, cf } = await split("1.8");
      cf.getRanges().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
      ws.getRanges("A1,B2").load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });

    it("moves every area with inserted rows, the rule with the first; is listed by a range touching any area", async () => {
      const { wb, ctx, ws } = await split();
      ws.getRange("1:1").insert("Down");
      await ctx.sync();
      expect(wb.conditionalFormats("Plan").map((c) => [c.address, c.rule.formula])).toEqual([
        ["Plan!B3,Plan!B4:C4", "=$B3<$A3"],
      ]);
      ws.getRange("2:3").delete("Up");
      await ctx.sync();
      // The first area gone, the rule is written for the next one's top-left.
      expect(wb.conditionalFormats("Plan").map((c) => [c.address, c.rule.formula])).toEqual([
        ["Plan!B2:C2", "=$B2<$A2"],
      ]);
      const count = ws.getRange("C2").conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
      ws.getRange("C2").conditionalFormats.clearAll();
      await ctx.sync();
      expect(wb.conditionalFormats("Plan")).toEqual([]);
    });
  });
});
