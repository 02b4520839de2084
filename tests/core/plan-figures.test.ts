/**
 * The figures the pane and the command line show of a plan and of a run (src/core/plan-totals.ts,
 * src/core/edits/counts.ts), the shape a conditional format's formula keeps when Excel shifts it
 * (src/core/edits/rule-shape.ts), and a sheet's cells cut to an area (src/core/cells.ts). Worked out by hand.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { CellValue, cellsInArea } from "../../src/core/cells";
import { EditPlan, editCounts, EMPTY, formula, num, ruleShape, text } from "../../src/core/edits";
import { Plan } from "../../src/core/model";
import { issueCount, pointsAtStake, shownTotal, totalPointsLost } from "../../src/core/plan-totals";
import { sheetOf } from "./helpers";

const U = "Phòng Nội vụ";
const plan = (rows: CellValue[][]) => analyzeSheet(sheetOf(rows)) as Plan;

describe("a plan's figures", () => {
  it("shows the total the table states, else the sum of its leaves", () => {
    const crit = ["1", "Crit", 3, 2, 3, "t", U];
    expect(shownTotal(plan([crit, [null, "Tổng", 3, 2.5, 3]]))).toEqual({ score: 2.5, max: 3 });
    expect(shownTotal(plan([crit, [null, "Tổng", null, null, 3]]))).toEqual({ score: 2, max: 3 });
    expect(shownTotal(plan([crit, [null, "Tổng", 4, 2, 3]]))).toEqual({ score: 2, max: 4 });
    expect(shownTotal(plan([crit]))).toEqual({ score: 2, max: 3 });
  });
  it("counts issues by severity", () => {
    // Row 2: a score above its maximum (error) and a target below it (warning); row 3: no lead unit (warning).
    const p = plan([
      ["1", "Crit", 2, 2.5, 2, "t", U],
      ["2", "Crit", 2, 1, 2, "t", null],
      [null, "Tổng", 4, 3.5, 4],
    ]);
    expect([issueCount(p, "error"), issueCount(p, "warning"), issueCount(p, "info")]).toEqual([1, 2, 0]);
  });
  it("sums the points lost over the leaves only, and a unit's over the leaves it leads", () => {
    // The group 1.2 loses 1.5 as its two leaves do together; it is not counted again.
    const p = plan([
      ["1", "Domain", 6, 3.5, 6],
      ["1.1", "Leaf", 2, 1.5, 2, "t", U],
      ["1.2", "Group", 4, 2.5, 4, null, "Phòng Tư pháp"],
      ["1.2.1", "Leaf", 2, 1, 2, "t", U],
      ["1.2.2", "Leaf", 2, 1.5, 2, "t", "Phòng Y tế"],
      [null, "Tổng", 6, 4, 6],
    ]);
    expect(totalPointsLost(p)).toBe(2);
    const unit = (name: string) => p.units.find((u) => u.name === name)!;
    expect(pointsAtStake(p, unit(U))).toBe(1.5);
    expect(pointsAtStake(p, unit("Phòng Tư pháp"))).toBe(1.5);
    expect(pointsAtStake(p, unit("Phòng Y tế"))).toBe(0.5);
  });
});

describe("a run's counts", () => {
  it("counts the formulas written, the numbers converted and the cells filled", () => {
    const area = { top: 1, left: 1, bottom: 1, right: 1 };
    const edits: EditPlan = {
      sheet: "Phụ lục",
      tableEdits: [
        { row: 2, column: 3, content: formula("=SUM(C3:C4)") },
        { row: 2, column: 4, content: formula("=SUM(D3:D4)") },
        { row: 3, column: 4, content: num(2.5) },
        { row: 1, column: 10, content: text("Chú thích") },
        { row: 1, column: 11, content: EMPTY },
      ],
      highlights: { rules: [], fills: [{ row: 3, column: 4, kind: "partial" }], legend: area },
      sheets: [],
      notices: [],
    };
    expect(editCounts(edits)).toEqual({ formulas: 2, converted: 1, highlighted: 1 });
    expect(editCounts({ ...edits, highlights: null }).highlighted).toBe(0);
  });
});

describe("a conditional format's formula, shifted", () => {
  it("keeps its shape when its references move", () => {
    expect(ruleShape("=AND(ISNUMBER($D8),$D8=0)")).toBe(ruleShape("=AND(ISNUMBER($D10),$D10=0)"));
    expect(ruleShape("=AND(ISNUMBER($D8),$D8=0)")).toBe("AND(ISNUMBER({0:$CR}),{0:$CR}=0)");
  });
  it("tells references apart by which one they are and where they have $", () => {
    expect(ruleShape("=E8<D8")).toBe("{0:CR}<{1:CR}");
    expect(ruleShape("=e8<E8")).toBe("{0:CR}<{0:CR}");
    expect(ruleShape("$E$8>AB$12")).toBe("{0:$C$R}>{1:C$R}");
    expect(ruleShape('=E8="D8"')).toBe('{0:CR}="D8"');
  });
});

describe("a sheet's cells cut to an area", () => {
  it("keeps the cells, merges and hidden rows and columns inside it, in sheet coordinates", () => {
    const sheet = {
      name: "Phụ lục",
      top: 2,
      left: 2,
      values: [
        ["b2", "c2", "d2"],
        ["b3", "c3", "d3"],
        ["b4", "c4", "d4"],
      ],
      // Above the area, crossing its edge, below it, left of it.
      merges: [
        { top: 2, left: 2, bottom: 2, right: 4 },
        { top: 4, left: 4, bottom: 5, right: 5 },
        { top: 6, left: 2, bottom: 6, right: 4 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ],
      hiddenRows: [2, 4, 9],
      hiddenColumns: [2, 3, 7],
    };
    expect(cellsInArea(sheet, { top: 3, left: 3, bottom: 4, right: 4 })).toEqual({
      name: "Phụ lục",
      top: 3,
      left: 3,
      values: [
        ["c3", "d3"],
        ["c4", "d4"],
      ],
      merges: [{ top: 4, left: 4, bottom: 5, right: 5 }],
      hiddenRows: [4],
      hiddenColumns: [3],
    });
    // An area reaching above and left of the cells read starts where they do.
    expect(cellsInArea(sheet, { top: 1, left: 1, bottom: 2, right: 2 })).toMatchObject({
      top: 2,
      left: 2,
      values: [["b2"]],
    });
  });
  it("keeps what touches the area's edges from outside, and not what lies beside its rows", () => {
    const [onTopRow, inLeftColumn, rightOfIt] = [
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 3, left: 5, bottom: 3, right: 6 },
    ];
    const sheet = { name: "Phụ lục", top: 1, left: 1, values: [], hiddenRows: [2, 3, 5], hiddenColumns: [2, 4, 5] };
    const cut = cellsInArea(
      { ...sheet, merges: [onTopRow, inLeftColumn, rightOfIt] },
      { top: 3, left: 3, bottom: 4, right: 4 },
    );
    expect([cut.merges, cut.hiddenRows, cut.hiddenColumns]).toEqual([[onTopRow, inLeftColumn], [3], [4]]);
  });
});
