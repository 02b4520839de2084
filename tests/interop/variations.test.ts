/**
 * Every variation fixture (headers in other words or on two rows, Roman numbering, a table away from A1, numbers
 * typed as text, ...) through `par-index apply`, then recalculated by LibreOffice Calc: the subtotal formulas must
 * add up what the fixture's builder put in the leaves, wherever the table sits and however it is numbered.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { columnNumber } from "../../src/core/cells";
import type { ExpectedCriterion, Expectation } from "../fixtures/variations/expectation";
import { VARIATIONS } from "../fixtures/variations";
import { excelSerial } from "../../src/xlsx/cell-value";
import { loadWorkbook } from "../../src/xlsx/load";
import { apply, sheet, tempDir } from "../xlsx-apply/helpers";
import { recalculated, resultOf } from "./libreoffice";

const DIR = path.join(__dirname, "..", "fixtures", "variations");
const FIELDS = ["max", "score", "target"] as const;
type Field = (typeof FIELDS)[number];

/** What a group must come to: the sum of its children, each leaf as the builder wrote it (a blank adds nothing). */
function sumOf(expected: Expectation, group: ExpectedCriterion, field: Field): number {
  return expected.criteria
    .filter((c) => c.parentRow === group.row)
    .reduce((sum, c) => sum + (c.leaf ? (c[field] ?? 0) : sumOf(expected, c, field)), 0);
}

describe.each(VARIATIONS.map((v) => [v.id, v.expected] as const))("variation %s", (id, expected) => {
  let input: ExcelJS.Worksheet;
  let table: ExcelJS.Worksheet;
  let formulas: { where: string; value: unknown }[];

  beforeAll(async () => {
    const out = path.join(tempDir(), "out.xlsx");
    const file = path.join(DIR, `${id}.xlsx`);
    input = sheet(await loadWorkbook(file), expected.sheet);
    await apply(file, out);
    const calc = await recalculated(out);
    table = sheet(calc, expected.sheet);
    formulas = calc.worksheets.flatMap((ws) => {
      const found: { where: string; value: unknown }[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) found.push({ where: `${ws.name}!${cell.address}`, value: resultOf(cell) });
        }),
      );
      return found;
    });
  });

  it("gives no formula that comes out as an error", () => {
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => typeof f.value === "string" && f.value.startsWith("#"))).toEqual([]);
  });

  it("adds up every group, as Calc computes it, to the sum of what its leaves hold", () => {
    const groups = expected.criteria.filter((c) => !c.leaf);
    for (const group of groups) {
      for (const field of FIELDS) {
        const letters = expected.columns[field];
        if (!letters) continue;
        const shown = resultOf(table.getCell(group.row, columnNumber(letters)));
        expect({ code: group.code, field, shown }).toEqual({
          code: group.code,
          field,
          shown: expect.closeTo(sumOf(expected, group, field), 9),
        });
      }
    }
  });

  /**
   * A score pasted as a date (an error the analysis reports) is a number to SUM, its serial, in Excel as in Calc: the
   * total is wrong until the user corrects that cell. The serials of such cells among `criteria`.
   */
  const datesIn = (field: Field, criteria: readonly ExpectedCriterion[]) =>
    expected.issues
      .filter((i) => i.kind === "date-as-score" && i.field === field && criteria.some((c) => c.row === i.row))
      .reduce((sum, i) => {
        const value = input.getCell(i.row!, columnNumber(expected.columns[field]!)).value;
        if (!(value instanceof Date)) throw new Error(`row ${i.row} holds no date`);
        return sum + excelSerial(value);
      }, 0);

  it("adds up the domains in the total row", () => {
    const row = expected.total.row;
    if (row === null) return; // a table without a total row gets none
    const domains = expected.criteria.filter((c) => c.parentRow === null);
    for (const field of FIELDS) {
      const letters = expected.columns[field];
      if (!letters) continue;
      const want =
        domains.reduce((sum, d) => sum + (d.leaf ? (d[field] ?? 0) : sumOf(expected, d, field)), 0) +
        datesIn(field, domains);
      expect({ field, shown: resultOf(table.getCell(row, columnNumber(letters))) }).toEqual({
        field,
        shown: expect.closeTo(want, 9),
      });
    }
  });
});
