import { analyzeWorkbook } from "../../src/core/analyze";
import { toInspectJson, InspectJson } from "../../src/core/contract";
import { Plan } from "../../src/core/model";
import { worksheetToCells } from "../../src/xlsx/read";
import { VARIATIONS } from "../fixtures/variations";
import { ExpectedIssue } from "../fixtures/variations/expectation";

/** Each variation of the table domain.md lists, analysed from the cells its builder wrote. */
describe.each(VARIATIONS.map((v) => [v.id, v] as const))("variation %s", (_id, variation) => {
  const expected = variation.expected;
  let plan: Plan;
  let json: InspectJson;
  beforeAll(() => {
    const result = analyzeWorkbook(variation.build().worksheets.map(worksheetToCells));
    if (!result.ok) throw new Error(`no table: ${result.failure.kind}`);
    plan = result.plan;
  });
  // Made in each test (a beforeEach runs after the test has started), so that per-test coverage credits
  // contract.ts to the tests that read the JSON.
  beforeEach(() => {
    json = toInspectJson(plan);
  });
  const codeOfRow = (row: number | null) => json.criteria.find((c) => c.row === row)?.code ?? null;

  it("finds the table where it is", () => {
    expect({ sheet: json.sheet, headerRow: json.headerRow, firstRow: json.firstRow, lastRow: json.lastRow }).toEqual({
      sheet: expected.sheet,
      headerRow: expected.headerRow,
      firstRow: expected.firstRow,
      lastRow: expected.lastRow,
    });
    expect(json.columns).toEqual(expected.columns);
    expect(json.years).toEqual(expected.years);
  });

  it("reads every criterion, its place and its points", () => {
    expect(
      json.criteria.map((c) => ({
        row: c.row,
        code: c.code,
        level: c.level,
        parentCode: codeOfRow(c.parentRow),
        parentRow: c.parentRow,
        leaf: c.leaf,
        max: c.max,
        score: c.score,
        target: c.target,
      })),
    ).toEqual(expected.criteria.map((c) => ({ ...c })));
    expect({ row: json.total.row, stated: json.total.stated }).toEqual(expected.total);
  });

  it("reports exactly the expected problems", () => {
    const key = (i: ExpectedIssue | InspectJson["issues"][number]) =>
      `${i.kind}@${i.row}${i.field ? `:${i.field}` : ""}`;
    const optional = new Set(expected.mayReport.map(key));
    const mustKinds = new Set(expected.issues.map(key));
    const got = json.issues.filter((i) => i.severity !== "info" || mustKinds.has(key(i)));
    const gotKeys = got.map(key).filter((k) => !optional.has(k) || mustKinds.has(k));
    expect([...new Set(gotKeys)].sort()).toEqual([...mustKinds].sort());
  });

  if (expected.units) {
    it("names each unit once, with what it leads and supports", () => {
      const units = json.units.map((u) => ({
        name: u.name,
        lead: u.lead.map(codeOfRow),
        support: u.support.map(codeOfRow),
      }));
      // The order of units is not part of the contract.
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect(units.sort(byName)).toEqual(expected.units!.map((u) => ({ ...u })).sort(byName));
    });
  }
});
