/**
 * The tables of tests/user-cells (merged cells, a leaf reading its own domain, control characters, Excel's limits)
 * through `par-index apply`, then opened and recalculated by LibreOffice Calc: it opens each, and no formula comes
 * out as an error (the circular reference that writing a SUM into the domain would make comes back as #VALUE!).
 */
import ExcelJS from "exceljs";
import { CIRCULAR, CONTROL_TEXT, LIMITS, MERGED } from "../user-cells/fixtures";
import { UserTable, viaCommandLine } from "../user-cells/tables";
import { formulaErrors, recalculated, resultOf } from "./libreoffice";

describe.each([
  ["merged cells", MERGED],
  ["a leaf reading its own domain", CIRCULAR],
  ["control characters", CONTROL_TEXT],
  ["Excel's limits", LIMITS],
] as [string, UserTable][])("%s, recalculated by LibreOffice", (_, table) => {
  let calc: ExcelJS.Workbook;
  beforeAll(async () => {
    const { out } = await viaCommandLine(table);
    calc = await recalculated(out);
  });

  it("opens, and gives no formula that comes out as an error", () => {
    const { formulas, errors } = formulaErrors(calc);
    expect(formulas).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe("a leaf reading its own domain, recalculated by LibreOffice", () => {
  it("adds up the total from the domain's own score, which was left as it is", async () => {
    const calc = await recalculated((await viaCommandLine(CIRCULAR)).out);
    const ws = calc.getWorksheet(CIRCULAR.sheet)!;
    expect(ws.getCell("D2").value).toBe(8);
    expect(resultOf(ws.getCell("D8"))).toBe(8 + 5);
    expect(resultOf(ws.getCell("D4"))).toBe(4);
  });
});
