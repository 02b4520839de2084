/**
 * Unit files opened and saved again by LibreOffice Calc before they come back: the mark survives (Calc keeps a very
 * hidden sheet as a hidden one), the typed date stays a date, and collect takes exactly what the units typed.
 */
import * as path from "path";
import { MARK_SHEET } from "../../src/core/unit-files";
import { loadWorkbook } from "../../src/xlsx/load";
import { changedCells, cli, CONFLICT_LINE, Cycle, EXPECTED_CHANGES, sendAndType } from "../unit-files/cycle";
import { convert } from "./libreoffice";

const SLOW = 180_000;

describe("split and collect with unit files resaved by LibreOffice", () => {
  let cycle: Cycle;
  beforeAll(async () => {
    cycle = await sendAndType((file) => convert(file, "xlsx"));
  }, SLOW);

  it("keeps the mark in the resaved file", async () => {
    const wb = await loadWorkbook(cycle.unitFiles.justice);
    const mark = wb.getWorksheet(MARK_SHEET);
    expect(mark).toBeDefined();
    expect(["hidden", "veryHidden"]).toContain(mark!.state);
    expect(wb.worksheets[0].name).toBe("Tư pháp đã điền");
  });

  it("takes exactly the cells the units changed, and reports the conflict", async () => {
    const out = path.join(cycle.dir, "out-calc.xlsx");
    const result = await cli("collect", cycle.master, cycle.unitFiles.justice, cycle.unitFiles.home, "-o", out);
    expect(result.code).toBe(0);
    expect(Object.fromEntries(await changedCells(cycle.master, out))).toEqual(EXPECTED_CHANGES);
    expect(result.err).toContain(CONFLICT_LINE);
    expect(result.err).toContain(`Không lấy ô C8 của "${cycle.unitFiles.justice}" (tiêu chí 2.3)`);
  });

  it("writes OUT that Calc opens again, with the values taken", async () => {
    const out = path.join(cycle.dir, "out-calc-2.xlsx");
    await cli("collect", cycle.master, cycle.unitFiles.justice, cycle.unitFiles.home, "-o", out);
    const reopened = await loadWorkbook(await convert(out, "xlsx"));
    expect(reopened.getWorksheet("P. Tư pháp")!.getCell("L7").value).toBe("Kế hoạch số 15/KH-TP");
  });
});
