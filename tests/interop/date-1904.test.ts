/**
 * A plan in the 1904 date system through `par-index apply` twice (a unit's deadline kept), then opened by
 * LibreOffice Calc, a second engine: its own YEAR, MONTH and DAY of the deadline give the day the unit typed, and
 * the file Calc saves (date1904="true", as it writes the attribute) goes through apply once more with that day.
 */
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { openZip } from "../../src/xlsx/zip-package";
import { cellOf, COLS, edit } from "../unit-files/cycle";
import { apply, PASTED, tempDir } from "../xlsx-apply/helpers";
import { convert, recalculated, resultOf } from "./libreoffice";

const JUSTICE = "P. Tư pháp";
const CHECK = "Kiểm tra";
const JUNE_30 = new Date(Date.UTC(2024, 5, 30));

describe("a 1904 plan, reopened by LibreOffice", () => {
  let rerun: string;
  beforeAll(async () => {
    const dir = tempDir();
    const plan = await edit(PASTED, path.join(dir, "plan-1904.xlsx"), (wb) => {
      wb.properties.date1904 = true;
    });
    const applied = path.join(dir, "applied.xlsx");
    await apply(plan, applied);
    const typed = await edit(applied, path.join(dir, "typed.xlsx"), (wb) => {
      const deadline = cellOf(wb.getWorksheet(JUSTICE)!, "2.1", COLS.deadline);
      deadline.value = JUNE_30;
      // A sheet of the user's: the day Calc computes from the deadline, as YYYYMMDD.
      const ref = `'${JUSTICE}'!${deadline.address}`;
      wb.addWorksheet(CHECK).getCell("A1").value = {
        formula: `YEAR(${ref})*10000+MONTH(${ref})*100+DAY(${ref})`,
      } as ExcelJS.CellFormulaValue;
    });
    rerun = path.join(dir, "rerun.xlsx");
    await apply(typed, rerun);
  });

  it("computes the kept deadline's day as the unit typed it", async () => {
    const calc = await recalculated(rerun);
    expect(resultOf(calc.getWorksheet(CHECK)!.getCell("A1"))).toBe(20240630);
  });

  it('saves it with date1904="true", which apply reads and writes back in the 1904 system, the same day', async () => {
    const saved = await convert(rerun, "xlsx");
    expect(openZip(readFileSync(saved)).read("xl/workbook.xml")!.toString("utf8")).toMatch(/date1904="true"/);
    const again = await apply(saved, path.join(path.dirname(saved), "again.xlsx"));
    expect(again.properties.date1904).toBe(true);
    expect(cellOf(again.getWorksheet(JUSTICE)!, "2.1", COLS.deadline).value).toEqual(JUNE_30);
  });
});
