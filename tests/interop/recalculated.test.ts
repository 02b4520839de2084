/**
 * What `par-index apply` writes, opened and recalculated by LibreOffice Calc: a spreadsheet engine that is not ours
 * computes every formula, so these tests see the numbers a user sees, not the formulas' text.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { STATE_SHEET } from "../../src/core/edits";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import {
  apply,
  CLEAN,
  PASTED,
  rowsByCode,
  sectionRows,
  sheet,
  sheetTitled,
  tempDir,
  variant,
  vi,
} from "../xlsx-apply/helpers";
import { printedPages, recalculated, resultOf, formulaErrors } from "./libreoffice";

type Criterion = (typeof expected.criteria)[number];
const units = expected.units as Record<string, { lead: string[]; support: string[] }>;
const byCode = new Map(expected.criteria.map((c) => [c.code, c]));
const [MAX, SCORE, TARGET] = [3, 4, 5];
const SLOW = 180_000;

/** A criterion's points once the table's groups are sums: a leaf's own numbers, a group's computed ones. */
function points(c: Criterion): { max: number; score: number; target: number } {
  return c.computed ?? { max: c.max!, score: c.score!, target: c.target! };
}

const lost = (c: Criterion) => Math.max(0, points(c).max - points(c).score);

function numberIn(cell: ExcelJS.Cell): number {
  const value = resultOf(cell);
  if (typeof value !== "number") throw new Error(`${cell.worksheet.name}!${cell.address} is ${JSON.stringify(value)}`);
  return value;
}

describe.each([
  ["gia-nghia-2024.pasted.xlsx", PASTED, "Phụ lục"],
  ["gia-nghia-2024.clean.xlsx", CLEAN, "Chỉ số CCHC 2024"],
])("apply on %s, recalculated by LibreOffice", (_name, file, tableName) => {
  let written: ExcelJS.Workbook;
  let calc: ExcelJS.Workbook;
  let table: ExcelJS.Worksheet;
  let rows: Map<string, number>;

  beforeAll(async () => {
    const out = path.join(tempDir(), "out.xlsx");
    written = await apply(file, out);
    calc = await recalculated(out);
    table = sheet(calc, tableName);
    rows = rowsByCode(table, 1);
  }, SLOW);

  it("opens every sheet, and no formula anywhere comes out as an error", () => {
    expect(sheet(calc, vi.sheets.summaryName)).toBeDefined();
    const { formulas, errors } = formulaErrors(calc);
    expect(errors).toEqual([]);
    expect(formulas).toBeGreaterThan(300);
  });

  it("adds up every group and the total as the analysis computed them", () => {
    const groups = expected.criteria.filter((c) => c.computed);
    expect(groups.length).toBeGreaterThanOrEqual(8);
    for (const g of groups) {
      const row = rows.get(g.code)!;
      expect({
        code: g.code,
        max: numberIn(table.getCell(row, MAX)),
        score: numberIn(table.getCell(row, SCORE)),
      }).toEqual({
        code: g.code,
        max: expect.closeTo(g.computed!.max, 9),
        score: expect.closeTo(g.computed!.score, 9),
      });
      expect(numberIn(table.getCell(row, TARGET))).toBeCloseTo(g.computed!.target, 9);
    }
    const totalRow = [...Array(table.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => [1, 2].some((c) => table.getCell(r, c).value === "Tổng"))!;
    const total = [MAX, SCORE, TARGET].map((c) => numberIn(table.getCell(totalRow, c)));
    expect(total[0]).toBeCloseTo(expected.total.computed.max, 9);
    expect(total[1]).toBeCloseTo(expected.total.computed.score, 9);
    expect(total[2]).toBeCloseTo(expected.total.computed.target, 9);
  });

  it("shows on each unit's sheet the table's points and the points lost of every criterion it leads or supports", () => {
    let checked = 0;
    for (const unit of Object.keys(units)) {
      const [ws] = sheetTitled(calc, vi.sheets.assignmentTitle(unit));
      for (const section of [vi.sheets.leadSection, vi.sheets.supportSection]) {
        for (const [code, r] of sectionRows(ws, section)) {
          const c = byCode.get(code)!;
          const shown = [4, 5, 6, 7].map((col) => numberIn(ws.getCell(r, col)));
          const want = [points(c).max, points(c).score, lost(c), points(c).target];
          shown.forEach((v, i) =>
            expect({ unit, code, column: i + 4, v }).toEqual({
              unit,
              code,
              column: i + 4,
              v: expect.closeTo(want[i], 9),
            }),
          );
          checked++;
        }
      }
    }
    expect(checked).toBe(Object.values(units).reduce((n, u) => n + u.lead.length + u.support.length, 0));
  });

  it("reads the highlight rules as written: the same cells, conditions and colours", () => {
    const rules = highlightRules(sheet(written, tableName));
    expect(rules).toHaveLength(3);
    expect(rules.every((r) => r.fill && r.font)).toBe(true);
    expect(highlightRules(table)).toEqual(rules);
  });

  it("shows in the summary each domain's points, points lost and share achieved, and their total", () => {
    const ws = sheet(calc, vi.sheets.summaryName);
    const summaryRows = rowsByCode(ws, 1);
    const domains = expected.criteria.filter((c) => c.parent === null);
    for (const d of domains) {
      const r = summaryRows.get(d.code)!;
      const p = points(d);
      expect([4, 5, 6, 7, 8].map((col) => numberIn(ws.getCell(r, col)))).toEqual(
        [p.max, p.score, lost(d), p.target, p.score / p.max].map((v) => expect.closeTo(v, 9)),
      );
    }
    const totalRow = summaryRows.get(domains[domains.length - 1].code)! + 1;
    const { max, score, target } = expected.total.computed;
    expect([4, 5, 6, 7, 8].map((col) => numberIn(ws.getCell(totalRow, col)))).toEqual(
      [max, score, expected.pointsLost, target, score / max].map((v) => expect.closeTo(v, 3)),
    );
  });
});

/** The highlight rules of a sheet: where, when and in which colours. */
function highlightRules(ws: ExcelJS.Worksheet) {
  const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return formats.flatMap((cf) =>
    cf.rules.map((rule) => {
      const { formulae, style } = rule as ExcelJS.ExpressionRuleType;
      const fill = style?.fill as ExcelJS.FillPattern | undefined;
      return { ref: cf.ref, formulae, fill: fill?.bgColor?.argb, font: style?.font?.color?.argb };
    }),
  );
}

describe("a score corrected after apply, recalculated by LibreOffice", () => {
  const code = "3.4"; // led by one unit, supported by the collective ones
  const domain = "3";
  const lead = Object.keys(units).find((u) => units[u].lead.includes(code))!;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    await apply(PASTED, out);
    const corrected = await variant(out, path.join(dir, "corrected.xlsx"), (wb) => {
      const ws = sheet(wb, "Phụ lục");
      ws.getCell(rowsByCode(ws, 1).get(code)!, SCORE).value = byCode.get(code)!.score! - 1;
    });
    [before, after] = await Promise.all([recalculated(out), recalculated(corrected)]);
  }, SLOW);

  /** How much a cell's number went up once the score fell by one point. */
  const change = (ws: (wb: ExcelJS.Workbook) => ExcelJS.Worksheet, row: number, column: number) =>
    numberIn(ws(after).getCell(row, column)) - numberIn(ws(before).getCell(row, column));

  it("takes the point off its domain and the total in the table", () => {
    const table = (wb: ExcelJS.Workbook) => sheet(wb, "Phụ lục");
    const rows = rowsByCode(table(before), 1);
    expect(change(table, rows.get(domain)!, SCORE)).toBeCloseTo(-1, 9);
    expect(change(table, rows.get(domain)!, MAX)).toBeCloseTo(0, 9);
    const totalRow = [...rows.values()].reduce((a, b) => Math.max(a, b)) + 1;
    expect(table(before).getCell(totalRow, 2).value).toBe("Tổng");
    expect(change(table, totalRow, SCORE)).toBeCloseTo(-1, 9);
  });

  it("shows the point lost on the lead unit's sheet and in the summary's domain and total", () => {
    const unitSheet = (wb: ExcelJS.Workbook) => sheetTitled(wb, vi.sheets.assignmentTitle(lead))[0];
    const r = sectionRows(unitSheet(before), vi.sheets.leadSection).get(code)!;
    expect(change(unitSheet, r, 5)).toBeCloseTo(-1, 9);
    expect(change(unitSheet, r, 6)).toBeCloseTo(1, 9);

    const summary = (wb: ExcelJS.Workbook) => sheet(wb, vi.sheets.summaryName);
    const domainRow = rowsByCode(summary(before), 1).get(domain)!;
    expect(change(summary, domainRow, 5)).toBeCloseTo(-1, 9);
    expect(change(summary, domainRow, 6)).toBeCloseTo(1, 9);
    const totalRow = rowsByCode(summary(before), 1).get("8")! + 1;
    expect(change(summary, totalRow, 6)).toBeCloseTo(1, 9);
  });
});

describe("apply's sheets on paper, as LibreOffice prints them", () => {
  it(
    "prints every generated sheet on A4 landscape",
    async () => {
      const dir = tempDir();
      const out = path.join(dir, "out.xlsx");
      await apply(PASTED, out);
      // Only what apply generated and shows: the user's own sheets keep their own page setup, and Calc prints hidden
      // sheets too.
      const generatedOnly = await variant(out, path.join(dir, "generated.xlsx"), (wb) => {
        for (const name of ["Phụ lục", "Ghi chú", STATE_SHEET]) wb.removeWorksheet(sheet(wb, name).id);
      });
      const pages = await printedPages(generatedOnly);
      expect(pages.length).toBeGreaterThanOrEqual(Object.keys(units).length + 1);
      for (const page of pages) {
        expect(page.width).toBeCloseTo(841.89, 0);
        expect(page.height).toBeCloseTo(595.28, 0);
      }
    },
    SLOW,
  );
});
