/**
 * What analysing a workbook tells a reviewer, pinned where the broader tests pass through without asserting it: which
 * sheet's table is the plan, each check with the severity the CLI contract gives it, an empty cell that is never a
 * 0, the total row, and units named over the whole table. Every expectation is worked out by hand from the rows.
 */
import { analyzeSheet, analyzeWorkbook, AnalyzeOptions } from "../../src/core/analyze";
import { CellValue, SheetCells } from "../../src/core/cells";
import { Plan } from "../../src/core/model";
import { HEADER, sheetOf } from "./helpers";

const U = "Phòng Nội vụ";
// A table naming four of the eight roles: number, name, maximum and score.
const SHORT_HEADER: CellValue[] = ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm năm 2024"];

function sheet(name: string, header: CellValue[], rows: CellValue[][], extra: Partial<SheetCells> = {}): SheetCells {
  return { ...sheetOf(rows, extra), name, values: [header, ...rows] };
}

function analyse(rows: CellValue[][], extra: Partial<SheetCells> = {}, options: AnalyzeOptions = {}): Plan {
  const plan = analyzeSheet(sheetOf(rows, extra), options);
  if (!plan) throw new Error("no table");
  return plan;
}

describe("which sheet holds the plan", () => {
  const crits = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), "Crit", 1, 1, 1, "t", U]);
  const chosen = (...sheets: SheetCells[]) => {
    const result = analyzeWorkbook(sheets);
    return result.ok ? result.plan.layout.sheet : result.failure.kind;
  };

  it("takes the table naming more columns over a longer one naming fewer, in either order", () => {
    const full = sheet("Kế hoạch", HEADER, crits(1));
    const short = sheet("Bảng điểm", SHORT_HEADER, crits(3));
    expect(chosen(full, short)).toBe("Kế hoạch");
    expect(chosen(short, full)).toBe("Kế hoạch");
  });
  it("takes, among tables naming the same columns, the one with more criteria", () => {
    expect(chosen(sheet("A", HEADER, crits(1)), sheet("B", HEADER, crits(2)))).toBe("B");
  });
  it("takes the first of two tables alike", () => {
    expect(chosen(sheet("A", HEADER, crits(2)), sheet("B", HEADER, crits(2)))).toBe("A");
  });
  it("takes no header over no criteria for a plan", () => {
    expect(chosen(sheet("A", HEADER, []))).toBe("no-table");
    expect(chosen(sheet("A", HEADER, []), sheet("B", SHORT_HEADER, crits(1)))).toBe("B");
  });
  it("says no table is found on the sheet named when it holds none", () => {
    const notes = sheet("Ghi chú", ["Bảng dán từ Word"], []);
    expect(analyzeWorkbook([notes, sheet("A", HEADER, crits(1))], { sheet: "Ghi chú" })).toEqual({
      ok: false,
      failure: { kind: "no-table" },
    });
  });
});

describe("each check, with its severity as the contract defines it", () => {
  it("a score above its maximum is an error; a target below the score a warning", () => {
    const plan = analyse([
      ["1", "Crit", 2, 2.5, 2, "t", U],
      [null, "Tổng", 2, 2.5, 2],
    ]);
    expect(plan.issues).toEqual([
      {
        severity: "error",
        kind: "score-above-max",
        row: 2,
        code: "1",
        field: "score",
        params: { level: 1, value: 2.5, max: 2 },
      },
      {
        severity: "warning",
        kind: "target-below-score",
        row: 2,
        code: "1",
        field: "target",
        params: { level: 1, value: 2, score: 2.5 },
      },
    ]);
  });
  it("a target above the maximum is an error", () => {
    const plan = analyse([
      ["1", "Crit", 2, 1, 3, "t", U],
      [null, "Tổng", 2, 1, 3],
    ]);
    expect(plan.issues).toEqual([
      {
        severity: "error",
        kind: "target-above-max",
        row: 2,
        code: "1",
        field: "target",
        params: { level: 1, value: 3, max: 2 },
      },
    ]);
  });
  it("a stated subtotal off its parts is an error, one off by rounding only is info, errors first on a row", () => {
    // Domain 1 states score 2.004 (its leaf: 2, rounding) and target 2.5 (its leaf: 3, a mismatch).
    const plan = analyse([
      ["1", "Domain", 3, 2.004, 2.5],
      ["1.1", "Crit", 3, 2, 3, "t", U],
      [null, "Tổng", 3, 2, 3],
    ]);
    expect(plan.issues).toEqual([
      {
        severity: "error",
        kind: "subtotal-mismatch",
        row: 2,
        code: "1",
        field: "target",
        params: { level: 1, stated: 2.5, computed: 3 },
      },
      {
        severity: "info",
        kind: "subtotal-rounding",
        row: 2,
        code: "1",
        field: "score",
        params: { level: 1, stated: 2.004, computed: 2 },
      },
    ]);
  });
  it("a leaf without a lead unit is a warning, where the table has a lead column", () => {
    expect(analyse([["1", "Crit", 2, 1, 2, "t", null]]).issues.filter((i) => i.row !== null)).toEqual([
      { severity: "warning", kind: "missing-lead", row: 2, code: "1", field: null, params: { level: 1 } },
    ]);
    const noLeadColumn = sheet("Phụ lục", HEADER.slice(0, 6), [
      ["1", "Crit", 2, 1, 2, "t"],
      [null, "Tổng", 2, 1, 2],
    ]);
    expect(analyzeSheet(noLeadColumn)?.issues).toEqual([]);
  });
  it("a criterion on a hidden row is info", () => {
    const plan = analyse(
      [
        ["1", "Crit", 2, 1, 2, "t", U],
        [null, "Tổng", 2, 1, 2],
      ],
      { hiddenRows: [2] },
    );
    expect(plan.issues).toEqual([
      { severity: "info", kind: "hidden-row", row: 2, code: "1", field: null, params: { level: 1, row: 2 } },
    ]);
  });
});

describe("an empty cell is no 0", () => {
  it("a criterion without a score is not below its maximum and loses no points", () => {
    const plan = analyse([
      ["1", "Crit", 3, null, 2, "t", U],
      [null, "Tổng", 3, null, 2],
    ]);
    expect(plan.criteria.map((c) => [c.belowMax, c.pointsLost])).toEqual([[false, 0]]);
  });
  it("compares nothing with an empty cell, even where the other value is below zero", () => {
    // Typed by mistake, negative values are still read; an empty cell beside one is no 0 to compare with.
    const plan = analyse([
      ["1", "Crit", null, -1, null, "t", U],
      ["2", "Crit", -1, null, null, "t", U],
      ["3", "Crit", 1, null, -1, "t", U],
    ]);
    expect(plan.criteria.map((c) => [c.belowMax, c.pointsLost])).toEqual([
      [false, 0],
      [false, 0],
      [false, 0],
    ]);
    expect(plan.issues.filter((i) => i.kind.endsWith("-max") || i.kind === "target-below-score")).toEqual([]);
  });
  it("a group stating a value none of its leaves states is not checked against them", () => {
    const plan = analyse([
      ["1", "Domain", 3, 2, 3],
      ["1.1", "Crit", 3, 2, null, "t", U],
      [null, "Tổng", 3, 2, null],
    ]);
    expect(plan.criteria[0].computed).toEqual({ max: 3, score: 2, target: null });
    // The leaf's own empty target is asked for; the domain's stated 3 is left unchecked.
    expect(plan.issues).toEqual([
      { severity: "warning", kind: "missing-value", row: 3, code: "1.1", field: "target", params: { level: 2 } },
    ]);
  });
});

describe("the total row", () => {
  it("missing: the total is the leaves' sum only, and a warning says the row is missing", () => {
    const plan = analyse([
      ["1", "Crit", 2, 1, 2, "t", U],
      ["2", "Crit", 3, 1.5, 2.5, "t", U],
    ]);
    expect(plan.total).toEqual({ row: null, stated: null, computed: { max: 5, score: 2.5, target: 4.5 } });
    expect(plan.issues).toEqual([
      { severity: "warning", kind: "missing-total", row: null, code: null, field: null, params: {} },
    ]);
  });
  it("a stated total off its leaves is an error and one off by rounding info, on the total's row", () => {
    const plan = analyse([
      ["1", "Crit", 3, 2, 3, "t", U],
      [null, "Tổng", 3, 2.004, 2.5],
    ]);
    expect(plan.issues).toEqual([
      {
        severity: "error",
        kind: "total-mismatch",
        row: 3,
        code: null,
        field: "target",
        params: { stated: 2.5, computed: 3 },
      },
      {
        severity: "info",
        kind: "total-rounding",
        row: 3,
        code: null,
        field: "score",
        params: { stated: 2.004, computed: 2 },
      },
    ]);
  });
  it("an empty total cell asks for nothing and is checked against nothing", () => {
    const plan = analyse([
      ["1", "Crit", 3, 2, 3, "t", U],
      [null, "Tổng", 3, 2, null],
    ]);
    expect(plan.total).toEqual({
      row: 3,
      stated: { max: 3, score: 2, target: null },
      computed: { max: 3, score: 2, target: 3 },
    });
    expect(plan.issues).toEqual([]);
  });
  it("a total stating what no leaf states is checked against nothing", () => {
    const plan = analyse([
      ["1", "Crit", 3, 2, null, "t", U],
      [null, "Tổng", 3, 2, 3],
    ]);
    expect(plan.issues).toEqual([
      { severity: "warning", kind: "missing-value", row: 2, code: "1", field: "target", params: { level: 1 } },
    ]);
  });
  it("a total cell that is no number is reported on the total's row", () => {
    const plan = analyse([
      ["1", "Crit", 3, 2, 3, "t", U],
      [null, "Tổng", 3, "hai", 3],
    ]);
    expect(plan.issues).toEqual([
      { severity: "error", kind: "unreadable-number", row: 3, code: null, field: "score", params: { text: "hai" } },
    ]);
  });
});

describe("the layout", () => {
  it("reads the years of the score and target columns from their headers", () => {
    expect(analyse([["1", "Crit", 3, 2, 3, "t", U]]).layout.years).toEqual({ score: 2024, target: 2025 });
  });
});

describe("units over the whole table", () => {
  it("names a unit with the locality the table's other cells name", () => {
    // A district table: its offices are the district's ("huyện"), so is the office written without a locality.
    const plan = analyse([
      ["1", "Crit", 2, 1, 2, "t", "Phòng Nội vụ huyện"],
      ["2", "Crit", 2, 1, 2, "t", "Phòng Tư pháp huyện", "Văn phòng HĐND-UBND"],
    ]);
    expect(plan.units.map((u) => u.name)).toEqual(["Phòng Nội vụ", "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện"]);
  });
  it("gives no assignment sheet the name of the table's sheet or of a sheet the user keeps", () => {
    const plan = analyse(
      [
        ["1", "Crit", 2, 1, 2, "t", U],
        ["2", "Crit", 2, 1, 2, "t", "Phòng Tư pháp", "Phòng Y tế"],
      ],
      { name: "P. Nội vụ" },
      { reservedSheetNames: ["p. tư pháp"] },
    );
    expect(plan.units.map((u) => [u.name, u.sheetName, u.lead, u.support])).toEqual([
      ["Phòng Nội vụ", "P. Nội vụ (2)", [2], []],
      ["Phòng Tư pháp", "P. Tư pháp (2)", [3], []],
      ["Phòng Y tế", "P. Y tế", [], [3]],
    ]);
  });
});
