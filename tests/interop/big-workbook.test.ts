/**
 * `par-index apply` on the seed with a large unrelated data sheet set aside and put back (issue 10 item 10), opened
 * and recalculated by LibreOffice Calc: it opens the output, no formula comes out as an error, and the data sheet's
 * own formulas (a column shared down from its first row) give what they gave before, from the amounts put back.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { runApply } from "../../src/cli/apply-command";
import { DATA_SHEET, withDataSheet } from "../xlsx-apply/big-sheet";
import { tempDir } from "../xlsx-apply/helpers";
import { formulaErrors, recalculated, resultOf } from "./libreoffice";

const ROWS = 800;

describe("a plan workbook with a large data sheet set aside, recalculated by LibreOffice", () => {
  let calc: ExcelJS.Workbook;
  beforeAll(async () => {
    const dir = tempDir();
    const big = await withDataSheet(path.join(dir, "plan-with-data.xlsx"), ROWS);
    const output = path.join(dir, "out.xlsx");
    await runApply({ kind: "apply", file: big, output, language: "vi" }, { setAsideAbove: 2_000 });
    calc = await recalculated(output);
  });

  it("opens, and gives no formula that comes out as an error", () => {
    const { formulas, errors } = formulaErrors(calc);
    expect(formulas).toBeGreaterThan(ROWS);
    expect(errors).toEqual([]);
  });

  it("computes the data sheet's formulas from its amounts", () => {
    const ws = calc.getWorksheet(DATA_SHEET)!;
    let checked = 0;
    ws.eachRow((row) => {
      if (!row.getCell(5).formula) return;
      expect(resultOf(row.getCell(5))).toBeCloseTo(2 * Number(row.getCell(4).value), 9);
      checked++;
    });
    expect(checked).toBe(ROWS);
  });
});
