import { promises as fs } from "fs";
import path from "path";
import { columnNumber, type CellValue, type SheetCells } from "../../src/core/cells";
import type { PointField } from "../../src/core/model";
import { readWorkbookCells, worksheetToCells } from "../../src/xlsx/read";
import type { ExpectedCriterion, Expectation } from "../fixtures/variations/expectation";
import { VARIATIONS } from "../fixtures/variations";

const DIR = path.join(__dirname, "..", "fixtures", "variations");
const FIELDS: readonly PointField[] = ["max", "score", "target"];
const cases = VARIATIONS.map((v) => [v.id, v] as const);

function cell(sheet: SheetCells, row: number, letters: string | undefined): CellValue {
  if (!letters) return null;
  return sheet.values[row - sheet.top]?.[columnNumber(letters) - sheet.left] ?? null;
}

async function builtCells(id: string): Promise<SheetCells[]> {
  const variation = VARIATIONS.find((v) => v.id === id)!;
  const buffer = await variation.build().xlsx.writeBuffer();
  return [...(await readWorkbookCells(Buffer.from(buffer)))];
}

function planSheet(sheets: readonly SheetCells[], expected: Expectation): SheetCells {
  const sheet = sheets.find((s) => s.name === expected.sheet);
  if (!sheet) throw new Error(`no sheet ${expected.sheet}`);
  return sheet;
}

describe.each(cases)("variation %s", (id, variation) => {
  test("round-trips: the cells read from its .xlsx are the cells of the workbook built in memory", async () => {
    const inMemory = variation.build().worksheets.map(worksheetToCells);
    expect(await builtCells(id)).toEqual(inMemory);
  });

  test("the committed .xlsx and .expected.json are up to date (node scripts/build-fixtures.js)", async () => {
    const committed = await readWorkbookCells(path.join(DIR, `${id}.xlsx`));
    expect(committed).toEqual(await builtCells(id));
    const json = JSON.parse(await fs.readFile(path.join(DIR, `${id}.expected.json`), "utf8"));
    expect(json).toEqual({ id, title: variation.title, ...variation.expected });
  });

  test("the expectation points at the cells the builder wrote", async () => {
    const { expected } = variation;
    const sheet = planSheet(await builtCells(id), expected);
    const { columns, years } = expected;
    if (years.score !== null)
      expect(String(cell(sheet, expected.headerRow, columns.score))).toContain(String(years.score));
    if (years.target !== null)
      expect(String(cell(sheet, expected.headerRow, columns.target))).toContain(String(years.target));
    for (const c of expected.criteria) {
      expect(
        String(cell(sheet, c.row, columns.code))
          .trim()
          .replace(/\.$/, ""),
      ).toBe(c.code);
      for (const f of FIELDS) {
        const written = cell(sheet, c.row, columns[f]);
        if (typeof written === "number") expect(written).toBeCloseTo(c[f] ?? Number.NaN, 9);
        if (written === null) expect(c[f]).toBeNull();
      }
    }
    if (expected.total.row !== null) expect(cell(sheet, expected.total.row, columns.code)).toBeNull();
  });

  test("its stated sums are consistent wherever no subtotal or total issue is expected", () => {
    const { expected } = variation;
    const flagged = new Set(
      [...expected.issues, ...expected.mayReport]
        .filter((i) => /^(subtotal|total)-/.test(i.kind))
        .map((i) => `${i.row}:${i.field}`),
    );
    const leavesUnder = (row: number | null): ExpectedCriterion[] =>
      expected.criteria.filter((c) => c.parentRow === row).flatMap((c) => (c.leaf ? [c] : leavesUnder(c.row)));
    const groups = expected.criteria
      .filter((c) => !c.leaf)
      .map((c) => ({ row: c.row, stated: c as ExpectedCriterion | null }));
    const checks = [...groups, { row: expected.total.row, stated: expected.total.stated }];
    for (const { row, stated } of checks) {
      if (row === null || stated === null) continue;
      const leaves = leavesUnder(row === expected.total.row ? null : row);
      for (const f of FIELDS) {
        const parts = leaves.map((l) => l[f]);
        if (flagged.has(`${row}:${f}`) || parts.includes(null) || stated[f] === null) continue;
        const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
        expect({ row, field: f, stated: stated[f] }).toEqual({ row, field: f, stated: Math.round(sum * 1000) / 1000 });
      }
    }
  });
});

test("every variation has its own id, and every issue row is a criterion or the total", () => {
  expect(new Set(VARIATIONS.map((v) => v.id)).size).toBe(VARIATIONS.length);
  for (const { expected } of VARIATIONS) {
    const rows = new Set([...expected.criteria.map((c) => c.row), expected.total.row]);
    for (const issue of [...expected.issues, ...expected.mayReport]) expect(rows.has(issue.row)).toBe(true);
  }
});
