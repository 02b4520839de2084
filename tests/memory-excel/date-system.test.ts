/**
 * The in-memory Excel's two date systems: DATE through Workbook.functions (ExcelApi 1.2) and typed dates count in
 * the workbook's, 1,462 days lower in the 1904 one; times have no day and stay as they are.
 */
import { createContext, MemoryWorkbook } from "../../src/memory-excel";
import { dateSerial } from "../../src/memory-excel/api/functions";
import { FormulaError } from "../../src/memory-excel/model/cell";

function workbook(date1904: boolean): MemoryWorkbook {
  const wb = new MemoryWorkbook(["S"]);
  wb.date1904 = date1904;
  return wb;
}

async function date(wb: MemoryWorkbook, ...args: [number, number, number]) {
  const context = createContext(wb);
  const result = context.excel.workbook.functions.date(...args);
  result.load("value,error");
  await context.sync();
  return [result.value, result.error];
}

describe("DATE, as Excel computes it", () => {
  it.each([
    [[1900, 1, 1], 1, new FormulaError("#NUM!")],
    [[1900, 2, 28], 59, new FormulaError("#NUM!")],
    [[1900, 2, 29], 60, new FormulaError("#NUM!")],
    [[1900, 3, 1], 61, new FormulaError("#NUM!")],
    [[1903, 12, 31], 1461, new FormulaError("#NUM!")],
    [[1904, 1, 1], 1462, 0],
    [[2024, 6, 30], 45473, 44011],
    // Months and days past their ends run on; a year below 1900 is 1900 more; arguments are truncated.
    [[2024, 13, 1], 45658, 44196],
    [[2024, 3, 0], 45351, 43889],
    [[124, 6, 30.9], 45473, 44011],
    [[10000, 1, 1], new FormulaError("#NUM!"), new FormulaError("#NUM!")],
    [[-1, 1, 1], new FormulaError("#NUM!"), new FormulaError("#NUM!")],
  ] as const)("DATE(%j): %p in the 1900 system, %p in the 1904 one", (args, in1900, in1904) => {
    const [year, month, day] = args;
    expect(dateSerial(year, month, day, false)).toEqual(in1900);
    expect(dateSerial(year, month, day, true)).toEqual(in1904);
  });

  it("gives its value, or its error, through a FunctionResult loaded at the next sync", async () => {
    expect(await date(workbook(false), 1904, 1, 1)).toEqual([1462, null]);
    expect(await date(workbook(true), 1904, 1, 1)).toEqual([0, null]);
    expect(await date(workbook(true), 1903, 1, 1)).toEqual([null, "#NUM!"]);
  });

  it("is refused below ExcelApi 1.2, with ApiNotFound at sync", async () => {
    const context = createContext(workbook(false), { excelApi: "1.1" });
    context.excel.workbook.functions.date(2024, 6, 30).load("value");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("typing into a 1904 workbook", () => {
  it("stores a date 1,462 lower, a date and time too; a time or a number as it is; a day before 1904 stays text", () => {
    const typed = [["6/30/2024", "6/30/2024 12:00", "12:00", "-5", "12/31/1903"]];
    const wb = workbook(true);
    wb.editByUser("S", "A1:E1", typed);
    expect(wb.values("S", "A1:E1")).toEqual([[44011, 44011.5, 0.5, -5, "12/31/1903"]]);
    const plain = workbook(false);
    plain.editByUser("S", "A1:E1", typed);
    expect(plain.values("S", "A1:E1")).toEqual([[45473, 45473.5, 0.5, -5, 1461]]);
  });
});
