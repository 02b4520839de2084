/**
 * Edges the engine's comments promise and the broader tests pass through without pinning: the rounding band of a
 * stated subtotal, each separator between units that no head word splits, and continuation rows that carry units or
 * sit under a name merged over two rows. Every expectation here is worked out by hand from the rows it reads.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { Plan } from "../../src/core/model";
import { createUnitResolver } from "../../src/core/units";
import { sheetOf } from "./helpers";

const U = "Phòng Nội vụ";

function analyse(...args: Parameters<typeof sheetOf>): Plan {
  const plan = analyzeSheet(sheetOf(...args));
  if (!plan) throw new Error("no table");
  return plan;
}

describe("the rounding band of a stated subtotal", () => {
  // Domain 1 holds one criterion scored 2 (max and target 3): its stated score is compared with 2.
  const domainStating = (score: number) =>
    analyse([
      ["1", "Domain", 3, score, 3],
      ["1.1", "Crit", 3, 2, 3, "t", U],
      [null, "Tổng", 3, 2, 3],
    ]);
  const scoreIssues = (plan: Plan) =>
    plan.issues
      .filter((i) => i.row === 2 && i.field === "score")
      .map((i) => [i.kind, i.params?.stated, i.params?.computed]);

  it.each([2.001, 2.002, 2.003, 2.004, 1.999, 1.996])("calls a stated %p against 2 rounding", (stated) => {
    expect(scoreIssues(domainStating(stated))).toEqual([["subtotal-rounding", stated, 2]]);
  });
  it("pins the boundary: half a hundredth off is rounding (2.005 shows as 2.01 and rounds to 2.01)", () => {
    expect(scoreIssues(domainStating(2.005))).toEqual([["subtotal-rounding", 2.005, 2]]);
    expect(scoreIssues(domainStating(1.995))).toEqual([["subtotal-rounding", 1.995, 2]]);
  });
  it.each([2.006, 1.994, 2.01, 2.049, 2.05, 2.5, 3])("calls a stated %p against 2 a mismatch", (stated) => {
    expect(scoreIssues(domainStating(stated))).toEqual([["subtotal-mismatch", stated, 2]]);
  });
  it("says nothing when the stated value equals the sum", () => {
    expect(scoreIssues(domainStating(2))).toEqual([]);
  });
  it("compares in thousandths: leaves of 0.1 + 0.2 equal a stated 0.3", () => {
    const plan = analyse([
      ["1", "Domain", 2, 0.3, 2],
      ["1.1", "Crit", 1, 0.1, 1, "t", U],
      ["1.2", "Crit", 1, 0.2, 1, "t", U],
      [null, "Tổng", 2, 0.3, 2],
    ]);
    expect(plan.issues).toEqual([]);
  });
  it("sums each domain over its own leaves, whatever the domains before it state", () => {
    // Domain 1: maxima only (2). Domain 2 (the third row): max 3 + 1, score 2 + 0.5, target 3 + 1.
    const plan = analyse([
      ["1", "Domain", 2, null, null],
      ["1.1", "Crit", 2, null, null, "t", U],
      ["2", "Domain", 4, 2.5, 4],
      ["2.1", "Crit", 3, 2, 3, "t", U],
      ["2.2", "Crit", 1, 0.5, 1, "t", U],
      [null, "Tổng", 6, 2.5, 4],
    ]);
    expect(plan.criteria.filter((c) => !c.leaf).map((c) => c.computed)).toEqual([
      { max: 2, score: null, target: null },
      { max: 4, score: 2.5, target: 4 },
    ]);
    expect(plan.issues.filter((i) => i.kind.startsWith("subtotal-"))).toEqual([]);
  });
  it("sums only the leaves that state a value, and has no sum where none does", () => {
    // Domain 1: scores 1.5 and (empty); no targets at all. Domain 2: one leaf, nothing stated but its maximum.
    const plan = analyse([
      ["1", "Domain", 5, 1.5, null],
      ["1.1", "Crit", 2, 1.5, null, "t", U],
      ["1.2", "Crit", 3, null, null, "t", U],
      ["2", "Domain", 1, null, null],
      ["2.1", "Crit", 1, null, null, "t", U],
      [null, "Tổng", 6, 1.5, null],
    ]);
    expect(plan.criteria.filter((c) => !c.leaf).map((c) => c.computed)).toEqual([
      { max: 5, score: 1.5, target: null },
      { max: 1, score: null, target: null },
    ]);
    expect(plan.total.computed).toEqual({ max: 6, score: 1.5, target: null });
    expect(plan.issues.filter((i) => i.kind.endsWith("-rounding") || i.kind.endsWith("-mismatch"))).toEqual([]);
  });
  it("sums a domain over a leaf and a group of one leaf alike", () => {
    const plan = analyse([
      ["1", "Domain", 3, 2, 3],
      ["1.1", "Crit", 1, 1, 1, "t", U],
      ["1.2", "Group", 2, 1, 2],
      ["1.2.1", "Sub", 2, 1, 2, "t", U],
      [null, "Tổng", 3, 2, 3],
    ]);
    expect(plan.criteria.map((c) => c.computed)).toEqual([
      { max: 3, score: 2, target: 3 },
      null,
      { max: 2, score: 1, target: 2 },
      null,
    ]);
    expect(plan.issues).toEqual([]);
  });
  it("applies the same band to the total row", () => {
    const totalIssues = (score: number) =>
      analyse([
        ["1", "Crit", 3, 2, 3, "t", U],
        [null, "Tổng", 3, score, 3],
      ]).issues.map((i) => `${i.kind}@${i.row}`);
    expect(totalIssues(2.004)).toEqual(["total-rounding@3"]);
    expect(totalIssues(2.005)).toEqual(["total-rounding@3"]);
    expect(totalIssues(2.006)).toEqual(["total-mismatch@3"]);
  });
});

describe("each separator on its own, between units no head word splits", () => {
  // "Tổ", "Nhóm" and "Hợp tác xã" start no known unit: only the separator can part them.
  const resolver = createUnitResolver([]);
  it.each([
    ["Tổ giúp việc; Nhóm chuyên gia", ["Tổ giúp việc", "Nhóm chuyên gia"]],
    ["Tổ giúp việc\nNhóm chuyên gia", ["Tổ giúp việc", "Nhóm chuyên gia"]],
    ["Tổ giúp việc\r\nNhóm chuyên gia", ["Tổ giúp việc", "Nhóm chuyên gia"]],
    ["Tổ giúp việc. Nhóm chuyên gia", ["Tổ giúp việc", "Nhóm chuyên gia"]],
    ["tổ giúp việc;nhóm chuyên gia", ["Tổ giúp việc", "Nhóm chuyên gia"]],
  ])("splits %j", (cell, units) => {
    expect(resolver.resolve(cell)).toEqual(units);
  });
  it.each([
    // Without a unit's head word after them, "," and "và" sit inside one name ("UBND các phường, xã").
    ["Tổ giúp việc, Nhóm chuyên gia", ["Tổ giúp việc, Nhóm chuyên gia"]],
    ["Tổ giúp việc và Nhóm chuyên gia", ["Tổ giúp việc và Nhóm chuyên gia"]],
    ["Hợp tác xã Nông nghiệp và Dịch vụ", ["Hợp tác xã Nông nghiệp và Dịch vụ"]],
  ])("keeps %j whole", (cell, units) => {
    expect(resolver.resolve(cell)).toEqual(units);
  });
  it.each([
    ["Tổ giúp việc, Phòng Tư pháp", ["Tổ giúp việc", "Phòng Tư pháp"]],
    ["Tổ giúp việc và các xã", ["Tổ giúp việc", "Các xã"]],
  ])("splits %j at the head word after the separator", (cell, units) => {
    expect(resolver.resolve(cell)).toEqual(units);
  });
});

describe("continuation rows", () => {
  it("add the units they carry to the criterion above", () => {
    const plan = analyse([
      ["1", "Crit", 2, 1, 2, "- first task", U, "Phòng Y tế"],
      [null, null, null, null, null, "- second task", "Phòng Tư pháp", "Tổ giúp việc"],
      [null, null, null, null, null, null, null, "Phòng Văn hóa và Thông tin"],
      [null, "Tổng", 2, 1, 2],
    ]);
    const [crit] = plan.criteria;
    expect(crit.continuationRows).toEqual([3, 4]);
    expect(crit.tasks).toBe("- first task\n- second task");
    expect(crit.lead).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
    expect(crit.support).toEqual(["Phòng Y tế", "Tổ giúp việc", "Phòng Văn hóa và Thông tin"]);
    expect(plan.units.map((u) => [u.name, u.lead, u.support])).toEqual([
      ["Phòng Nội vụ", [2], []],
      ["Phòng Tư pháp", [2], []],
      ["Phòng Y tế", [], [2]],
      ["Tổ giúp việc", [], [2]],
      ["Phòng Văn hóa và Thông tin", [], [2]],
    ]);
  });

  it("give a criterion its lead unit when its own row has none", () => {
    const plan = analyse([
      ["1", "Crit", 2, 1, 2, "- first task", null],
      [null, null, null, null, null, "- second task", U],
      [null, "Tổng", 2, 1, 2],
    ]);
    expect(plan.criteria[0].lead).toEqual(["Phòng Nội vụ"]);
    expect(plan.issues.map((i) => i.kind)).toEqual([]);
  });

  it("continue a name written over two unmerged rows", () => {
    const plan = analyse([
      ["1", "Cải cách", 2, 1, 2, "t", U],
      [null, "thủ tục hành chính", null, null, null, "t2"],
      [null, "Tổng", 2, 1, 2],
    ]);
    expect(plan.criteria[0].name).toBe("Cải cách thủ tục hành chính");
    expect(plan.criteria[0].tasks).toBe("t\nt2");
  });

  it("read a name merged over two rows once", () => {
    // The name cell of the criterion on row 2 is merged with row 3, which adds a task and a supporting unit.
    const plan = analyse(
      [
        ["1", "Cải cách thủ tục hành chính", 2, 1, 2, "- task", U, "Phòng Y tế"],
        [null, null, null, null, null, "- more", null, "Phòng Tư pháp"],
        [null, "Tổng", 2, 1, 2],
      ],
      { merges: [{ top: 2, left: 2, bottom: 3, right: 2 }] },
    );
    expect(plan.criteria.map((c) => [c.name, c.tasks, c.lead, c.support, c.continuationRows])).toEqual([
      ["Cải cách thủ tục hành chính", "- task\n- more", ["Phòng Nội vụ"], ["Phòng Y tế", "Phòng Tư pháp"], [3]],
    ]);
    expect(plan.issues).toEqual([]);
  });

  it("read a criterion whose every cell is merged over two rows once, the second row adding a unit", () => {
    const merged = (column: number) => ({ top: 2, left: column, bottom: 3, right: column });
    const plan = analyse(
      [
        ["1", "Cải cách thủ tục hành chính", 2, 1, 2, "- task", U, "Phòng Y tế"],
        [null, null, null, null, null, null, null, "Phòng Tư pháp"],
        [null, "Tổng", 2, 1, 2],
      ],
      { merges: [1, 2, 3, 4, 5, 6, 7].map(merged) },
    );
    expect(plan.criteria.map((c) => [c.code, c.name, c.tasks, c.lead, c.support, c.continuationRows])).toEqual([
      ["1", "Cải cách thủ tục hành chính", "- task", ["Phòng Nội vụ"], ["Phòng Y tế", "Phòng Tư pháp"], [3]],
    ]);
    expect(plan.total.row).toBe(4);
    expect(plan.issues).toEqual([]);
  });
});

describe("what an issue says about its row (params worked out from the rows)", () => {
  const issuesOf = (plan: Plan, kind: string) =>
    plan.issues.filter((i) => i.kind === kind).map((i) => [i.row, i.field, i.params]);

  it("a target above the maximum quotes both", () => {
    const plan = analyse([
      ["1", "Domain", 3, 2, 4],
      ["1.1", "Crit", 3, 2, 4, "t", U],
      [null, "Tổng", 3, 2, 4],
    ]);
    expect(issuesOf(plan, "target-above-max")).toEqual([
      [2, "target", { value: 4, max: 3, level: 1 }],
      [3, "target", { value: 4, max: 3, level: 2 }],
    ]);
  });

  it("a stated total off its leaves quotes the stated and the computed sum, on the total's row", () => {
    const plan = analyse([
      ["1", "Domain", 3, 2, 3],
      ["1.1", "Crit", 3, 2, 3, "t", U],
      [null, "Tổng", 3, 2.5, 3],
    ]);
    expect(issuesOf(plan, "total-mismatch")).toEqual([[4, "score", { stated: 2.5, computed: 2 }]]);
  });

  it("a criterion on a hidden row names the row", () => {
    const plan = analyse(
      [
        ["1", "Domain", 3, 2, 3],
        ["1.1", "Crit", 3, 2, 3, "t", U],
        [null, "Tổng", 3, 2, 3],
      ],
      { hiddenRows: [3] },
    );
    expect(issuesOf(plan, "hidden-row")).toEqual([[3, null, { row: 3, level: 2 }]]);
  });
});
