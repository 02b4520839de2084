import * as path from "path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { toInspectJson, InspectJson } from "../../src/core/contract";
import { Plan } from "../../src/core/model";
import { readWorkbookCells } from "../../src/xlsx/read";
import expected from "../fixtures/gia-nghia-2024.expected.json";

const FIXTURES = path.join(__dirname, "..", "fixtures");

async function analysed(file: string): Promise<Plan> {
  const result = analyzeWorkbook(await readWorkbookCells(path.join(FIXTURES, file)));
  if (!result.ok) throw new Error(`no table in ${file}: ${result.failure.kind}`);
  return result.plan;
}

describe.each([
  ["gia-nghia-2024.pasted.xlsx", "Phụ lục", expected.header.pasted],
  ["gia-nghia-2024.clean.xlsx", "Chỉ số CCHC 2024", expected.header.clean],
])("the seed table %s", (file, sheet, headerRow) => {
  let plan: Plan;
  let json: InspectJson;
  beforeAll(async () => {
    plan = await analysed(file);
  });
  // Made in each test (a beforeEach runs after the test has started), so that per-test coverage credits
  // contract.ts to the tests that read the JSON.
  beforeEach(() => {
    json = toInspectJson(plan);
  });
  const codeOfRow = (row: number | null) => json.criteria.find((c) => c.row === row)?.code ?? null;

  it("is found on its sheet under its header", () => {
    expect(json.sheet).toBe(sheet);
    expect(json.headerRow).toBe(headerRow);
    expect(json.columns).toEqual({
      code: "A",
      name: "B",
      max: "C",
      score: "D",
      target: "E",
      tasks: "F",
      lead: "G",
      support: "H",
    });
    expect(json.years).toEqual({ score: 2023, target: 2024 });
    expect(json.lastRow).toBe(json.total.row);
  });

  it("has every criterion with its level, parent, leaf flag and values", () => {
    const got = json.criteria.map((c) => ({
      code: c.code,
      name: c.name,
      level: c.level,
      parent: codeOfRow(c.parentRow),
      leaf: c.leaf,
      max: c.max,
      score: c.score,
      target: c.target,
      computed: c.computed,
      belowMax: c.belowMax,
    }));
    expect(got).toEqual(expected.criteria);
  });

  it("recomputes the total", () => {
    expect(json.total.stated).toEqual(expected.total.stated);
    expect(json.total.computed).toEqual(expected.total.computed);
    expect(json.total.pointsLost).toBeCloseTo(expected.pointsLost, 6);
  });

  it("lists the leaves below their maximum", () => {
    expect(json.criteria.filter((c) => c.leaf && c.belowMax).map((c) => c.code)).toEqual(expected.belowMaxLeaves);
  });

  it("calls rounded subtotals rounding, and finds no real mismatch", () => {
    const rounding = json.issues
      .filter((i) => i.kind === "subtotal-rounding")
      .map((i) => ({
        code: i.code,
        stated: json.criteria.find((c) => c.code === i.code)!.score,
        computed: json.criteria.find((c) => c.code === i.code)!.computed!.score,
      }));
    expect(rounding).toEqual(expected.roundingOnly);
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("names each unit once, with the criteria it leads and supports", () => {
    const units = Object.fromEntries(
      json.units.map((u) => [u.name, { lead: u.lead.map(codeOfRow), support: u.support.map(codeOfRow) }]),
    );
    expect(units).toEqual(expected.units);
  });

  it("gives every unit a valid, unique sheet name", () => {
    const names = json.units.map((u) => u.sheetName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/?*[\]:]/);
    }
  });
});
