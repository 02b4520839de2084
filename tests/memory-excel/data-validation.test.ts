/** Range.dataValidation (ExcelApi 1.8): the rules we write, refused when Excel would refuse them. */
import { MemoryWorkbook, createContext } from "../../src/memory-excel";

function setup() {
  const wb = MemoryWorkbook.fromSheets([{ name: "Plan", cells: [["Thời hạn", "Trạng thái"]] }]);
  const ctx = createContext(wb);
  return { wb, ctx, ws: ctx.excel.workbook.worksheets.getItem("Plan") };
}

describe("data validation", () => {
  it("stores a date rule and a list with their alerts, and reads them back after a sync", async () => {
    const { wb, ctx, ws } = setup();
    const dates = ws.getRange("A2:A9").dataValidation;
    dates.rule = { date: { formula1: "2000-01-01", operator: "GreaterThanOrEqualTo" } };
    dates.errorAlert = { message: "Nhập một ngày", showAlert: true, style: "Stop", title: "Thời hạn" };
    ws.getRange("B2:B9").dataValidation.rule = { list: { inCellDropDown: true, source: "Chưa thực hiện,Hoàn thành" } };
    await ctx.sync();
    expect(wb.dataValidations("Plan")).toEqual([
      {
        address: "Plan!A2:A9",
        type: "Date",
        rule: { date: { formula1: "2000-01-01", operator: "GreaterThanOrEqualTo" } },
        errorAlert: { message: "Nhập một ngày", showAlert: true, style: "Stop", title: "Thời hạn" },
      },
      {
        address: "Plan!B2:B9",
        type: "List",
        rule: { list: { inCellDropDown: true, source: "Chưa thực hiện,Hoàn thành" } },
        errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
      },
    ]);
    const one = ws.getRange("A3").dataValidation.load("type");
    const mixed = ws.getRange("A3:B3").dataValidation.load("type");
    const none = ws.getRange("C3").dataValidation.load("type");
    await ctx.sync();
    expect([one.type, mixed.type, none.type]).toEqual(["Date", "Inconsistent", "None"]);
  });

  it.each([
    ["two kinds of rule", { list: { source: "a" }, date: { formula1: "2000-01-01", operator: "GreaterThan" } }],
    ["an unknown operator", { date: { formula1: "2000-01-01", operator: "GreaterThanOrEqual" } }],
    ["a date that is none", { date: { formula1: "30/06/2024", operator: "GreaterThan" } }],
    ["Between without its upper bound", { date: { formula1: "2000-01-01", operator: "Between" } }],
    ["a list source over 255 characters", { list: { source: "a,".repeat(128) } }],
  ])("refuses %s", async (_, rule) => {
    const { wb, ctx, ws } = setup();
    // Wrong on purpose: the typings would refuse it too.
    ws.getRange("A2:A9").dataValidation.rule = rule as unknown as Excel.DataValidationRule;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.dataValidations("Plan")).toEqual([]);
  });

  it("refuses a rule over part of another, and an alert where there is no rule", async () => {
    const { ctx, ws } = setup();
    ws.getRange("A2:A9").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    await ctx.sync();
    ws.getRange("A5:A12").dataValidation.rule = { list: { inCellDropDown: true, source: "c" } };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    ws.getRange("C2").dataValidation.errorAlert = { message: "x", showAlert: true, style: "Stop", title: "" };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("replaces a rule it covers whole, and clear() takes it off", async () => {
    const { wb, ctx, ws } = setup();
    ws.getRange("A2:A9").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    ws.getRange("A1:A20").dataValidation.rule = { list: { inCellDropDown: true, source: "c" } };
    await ctx.sync();
    expect(wb.dataValidations("Plan").map((v) => v.address)).toEqual(["Plan!A1:A20"]);
    ws.getRange("A1:A20").dataValidation.clear();
    await ctx.sync();
    expect(wb.dataValidations("Plan")).toEqual([]);
  });
});
