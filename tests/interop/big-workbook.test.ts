/**
 * `par-index apply` on the seed with a large unrelated data sheet set aside and put back (issue 10 item 10), opened
 * and recalculated by LibreOffice Calc: it opens the output, no formula comes out as an error, and the data sheet's
 * own formulas (a column shared down from its first row) give what they gave before, from the amounts put back.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { runApply } from "../../src/cli/apply-command";
import { loadWorkbook } from "../../src/xlsx/load";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { cellsOf, DATA_SHEET, mergesOf, withDataSheet } from "../xlsx-apply/big-sheet";
import { sheet, tempDir } from "../xlsx-apply/helpers";
import { convert, formulaErrors, recalculated, resultOf } from "./libreoffice";

const ROWS = 800;
const LIMIT = { setAsideAbove: 2_000 };

describe("a plan workbook with a large data sheet set aside, recalculated by LibreOffice", () => {
  let calc: ExcelJS.Workbook;
  beforeAll(async () => {
    const dir = tempDir();
    const big = await withDataSheet(path.join(dir, "plan-with-data.xlsx"), ROWS);
    const output = path.join(dir, "out.xlsx");
    await runApply({ kind: "apply", file: big, output, language: "vi" }, LIMIT);
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

/**
 * The same workbook as LibreOffice saves it: another writer's styles (every cell with a style, the first one too),
 * row attributes and namespaces. Apply puts its data sheet back cell for cell all the same.
 */
describe("a plan workbook with a large data sheet, saved by LibreOffice", () => {
  it("keeps every cell of that sheet through apply", async () => {
    const dir = tempDir();
    const saved = await convert(await withDataSheet(path.join(dir, "plan-with-data.xlsx"), ROWS), "xlsx");
    expect((await openWorkbook(saved, LIMIT)).setAside).toEqual([DATA_SHEET]);
    const output = path.join(dir, "out.xlsx");
    await runApply({ kind: "apply", file: saved, output, language: "vi" }, LIMIT);
    const before = sheet(await loadWorkbook(saved), DATA_SHEET);
    const after = sheet(await loadWorkbook(output), DATA_SHEET);
    expect(cellsOf(after)).toEqual(cellsOf(before));
    expect(mergesOf(after)).toEqual(mergesOf(before));
    expect(formulaErrors(await recalculated(output)).errors).toEqual([]);
  });
});
