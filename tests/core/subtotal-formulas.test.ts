/**
 * The subtotal formulas a run writes (src/core/edits/subtotals.ts): their references, the SUMs split past Excel's
 * 255 arguments, and each cell left as it is because a merge or a loop is in the way. The table: domain 1 on row 2
 * over its criteria on rows 3 and 4, the total on row 5; max, score and target in C, D and E.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { CellArea } from "../../src/core/cells";
import { MergedAreas } from "../../src/core/edits/merged";
import { compactRefs, subtotalEdits, sumFormula, textNumberEdits } from "../../src/core/edits/subtotals";
import { formula, num } from "../../src/core/edits/types";
import { Criterion, Plan } from "../../src/core/model";
import { sheetOf } from "./helpers";

const U = "Phòng Nội vụ";
const plan = analyzeSheet(
  sheetOf([
    ["1", "Domain", 3, 2, 3],
    ["1.1", "Crit", 2, 1, 2, "t", U],
    ["1.2", "Crit", 1, 1, 1, "t", U],
    [null, "Tổng", 3, 2, 3],
  ]),
) as Plan;
const subtotalsOf = (p: Plan, merges: CellArea[], formulas: Record<string, string> | null = null) =>
  subtotalEdits(p, {
    name: "Phụ lục",
    merges: new MergedAreas(merges),
    within: { top: 1, left: 1, bottom: 5, right: 8 },
    formulaAt: formulas && ((row, column) => formulas[`${row}:${column}`] ?? null),
  });
const subtotals = (merges: CellArea[], formulas: Record<string, string> | null = null) =>
  subtotalsOf(plan, merges, formulas);
const at = (row: number, column: number, f: string) => ({ row, column, content: formula(f) });

describe("the subtotal formulas", () => {
  it("sum each group over its children and the total over the domains, deepest first", () => {
    expect(subtotals([])).toEqual({
      edits: [
        at(2, 3, "=SUM(C3:C4)"),
        at(2, 4, "=SUM(D3:D4)"),
        at(2, 5, "=SUM(E3:E4)"),
        at(5, 3, "=SUM(C2)"),
        at(5, 4, "=SUM(D2)"),
        at(5, 5, "=SUM(E2)"),
      ],
      notices: [],
    });
  });
  it("make ranges of consecutive rows, and split a SUM past 255 arguments", () => {
    expect(compactRefs(3, [9, 10, 11, 13, 15, 16])).toBe("C9:C11,C13,C15:C16");
    const odd = Array.from({ length: 256 }, (_, i) => 2 * i + 1);
    const refs = odd.map((r) => `C${r}`);
    expect(sumFormula(3, odd.slice(0, 255))).toBe(`=SUM(${refs.slice(0, 255).join(",")})`);
    expect(sumFormula(3, odd)).toBe(`=SUM(SUM(${refs.slice(0, 255).join(",")}),SUM(C511))`);
    // 510 references: two SUMs of 255, and no empty third.
    const odd510 = Array.from({ length: 510 }, (_, i) => 2 * i + 1);
    const refs510 = odd510.map((r) => `C${r}`);
    expect(sumFormula(3, odd510)).toBe(
      `=SUM(SUM(${refs510.slice(0, 255).join(",")}),SUM(${refs510.slice(255).join(",")}))`,
    );
  });
  it("leave a cell a merge hides, and one whose own merge spreads over what it adds, and say so", () => {
    // C2:D2 merged hides D2; E2:E3 merged spreads E2 over E3, which E2 would add.
    const c2d2 = { top: 2, left: 3, bottom: 2, right: 4 };
    const e2e3 = { top: 2, left: 5, bottom: 3, right: 5 };
    const { edits, notices } = subtotals([c2d2, e2e3]);
    expect(edits.map((e) => [e.row, e.column])).toEqual([
      [2, 3],
      [5, 3],
      [5, 4],
      [5, 5],
    ]);
    expect(notices).toEqual([
      { kind: "merged", sheet: null, row: 2, column: 4, area: c2d2 },
      { kind: "merged", sheet: null, row: 2, column: 5, area: e2e3 },
    ]);
  });
  it("leave a cell whose SUM would read itself back through a formula, and say through which", () => {
    // C3 holds =C2+0: C2 = SUM(C3:C4) would be circular.
    const { edits, notices } = subtotals([], { "3:3": "=C2+0" });
    expect(edits.map((e) => [e.row, e.column])).toEqual([
      [2, 4],
      [2, 5],
      [5, 3],
      [5, 4],
      [5, 5],
    ]);
    expect(notices).toEqual([
      { kind: "circular", sheet: null, row: 2, column: 3, through: { row: 3, column: 3, formula: "=C2+0" } },
    ]);
  });
  it("decide the deeper group first: a loop through a leaf that reads the total leaves the total", () => {
    // C3 holds =C5: the domain's C2 = SUM(C3:C4) is written first; the total's C5 = SUM(C2) would then come back.
    const { edits, notices } = subtotals([], { "3:3": "=C5" });
    expect(edits.map((e) => [e.row, e.column])).toEqual([
      [2, 3],
      [2, 4],
      [2, 5],
      [5, 4],
      [5, 5],
    ]);
    expect(notices).toEqual([
      { kind: "circular", sheet: null, row: 5, column: 3, through: { row: 3, column: 3, formula: "=C5" } },
    ]);
  });
  it("sum only the point columns the table has, and no total where it has no total row", () => {
    // No target column (E is the tasks) and no total row: the domain's max and score only.
    const header = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được", "Nhiệm vụ", "Cơ quan chủ trì"];
    const rows = [
      ["1", "Domain", 3, 2],
      ["1.1", "Crit", 2, 1, "t", U],
      ["1.2", "Crit", 1, 1, "t", U],
    ];
    const untotalled = analyzeSheet({ ...sheetOf([]), values: [header, ...rows] }) as Plan;
    expect(subtotalsOf(untotalled, [])).toEqual({
      edits: [at(2, 3, "=SUM(C3:C4)"), at(2, 4, "=SUM(D3:D4)")],
      notices: [],
    });
  });
  it("decide a group before the domain above it, though the domain comes first in the table", () => {
    // Domain 1 on row 2 over group 1.1 on row 3 over criteria on rows 4 and 5; C4 holds =C2. The group's C3 =
    // SUM(C4:C5) is written first (C2 holds a number yet); the domain's C2 = SUM(C3) would then come back through C4.
    const nested = analyzeSheet(
      sheetOf([
        ["1", "Domain", 3, 2, 3],
        ["1.1", "Group", 3, 2, 3],
        ["1.1.1", "Crit", 2, 1, 2, "t", U],
        ["1.1.2", "Crit", 1, 1, 1, "t", U],
      ]),
    ) as Plan;
    const { edits, notices } = subtotalsOf(nested, [], { "4:3": "=C2" });
    expect(edits.map((e) => [e.row, e.column])).toEqual([
      [2, 4],
      [2, 5],
      [3, 3],
      [3, 4],
      [3, 5],
    ]);
    expect(notices).toEqual([expect.objectContaining({ kind: "circular", row: 2, column: 3 })]);
  });
  it("tell the cells left in the table's order, row by row and column by column, whatever order they were decided in", () => {
    // Max in C, target in D, score in E. B3:C3 merged hides the group's C3 (decided first, being deeper); C2:E2
    // merged hides the domain's E2 and D2 (score decided before target).
    const header = ["STT", "Tiêu chí", "Điểm tối đa", "Mục tiêu", "Điểm đạt được", "Nhiệm vụ", "Cơ quan chủ trì"];
    const rows = [
      ["1", "Domain", 3, 3, 2],
      ["1.1", "Group", 3, 3, 2],
      ["1.1.1", "Crit", 2, 2, 1, "t", U],
      ["1.1.2", "Crit", 1, 1, 1, "t", U],
    ];
    const nested = analyzeSheet({ ...sheetOf([]), values: [header, ...rows] }) as Plan;
    const b3c3 = { top: 3, left: 2, bottom: 3, right: 3 };
    const c2e2 = { top: 2, left: 3, bottom: 2, right: 5 };
    expect(subtotalsOf(nested, [b3c3, c2e2]).notices).toEqual([
      { kind: "merged", sheet: null, row: 2, column: 4, area: c2e2 },
      { kind: "merged", sheet: null, row: 2, column: 5, area: c2e2 },
      { kind: "merged", sheet: null, row: 3, column: 3, area: b3c3 },
    ]);
  });
  describe("a group whose SUM would pass Excel's 8,192 characters", () => {
    const points = { max: 1, score: null, target: null };
    const criterion = (row: number, leaf: boolean): Criterion => ({
      row,
      code: leaf ? `1.${row}` : "1",
      name: "Crit",
      level: leaf ? 2 : 1,
      parentRow: leaf ? 9_999 : null,
      leaf,
      stated: points,
      computed: leaf ? null : points,
      belowMax: false,
      pointsLost: 0,
      tasks: "",
      continuationRows: [row + 1],
      lead: [],
      support: [],
    });
    /** A domain on row 9,999 over criteria on the rows given (a line of text under each), its maximum in C. */
    const maxSums = (rows: number[]) => {
      const lastRow = rows[rows.length - 1] + 1;
      const domain: Plan = {
        layout: {
          sheet: "Phụ lục",
          headerTop: 9_998,
          headerRow: 9_998,
          firstRow: 9_999,
          lastRow,
          columns: { name: 2, max: 3 },
          years: { score: null, target: null },
        },
        criteria: [criterion(9_999, false), ...rows.map((r) => criterion(r, true))],
        total: { row: null, stated: null, computed: points },
        units: [],
        issues: [],
      };
      const within = { top: 9_998, left: 1, bottom: lastRow, right: 3 };
      return subtotalEdits(domain, { name: "Phụ lục", merges: new MergedAreas([]), within, formulaAt: null });
    };
    /** Every other row from `first`. */
    const everyOther = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + 2 * i);
    // n references in g SUMs of at most 255: "=SUM(" and ")", g times "SUM(" and ")", the references, a comma
    // between each two in a SUM and between the SUMs: 6 + 5 g + (n - g) + (g - 1) + the references' characters.
    it("leaves it and says how long it would be", () => {
      // 1,300 references of 6 characters ("C10000"), 6 SUMs: 6 + 30 + 1,294 + 5 + 7,800 = 9,135.
      expect(maxSums(everyOther(10_000, 1_300))).toEqual({
        edits: [],
        notices: [{ kind: "formula-too-long", sheet: null, row: 9_999, column: 3, length: 9_135 }],
      });
    });
    it("writes one of 8,192 characters exactly, and leaves one of 8,193", () => {
      // 1,165 references in 5 SUMs: 6 + 25 + 1,160 + 4 = 1,195 characters besides the references; 1,158 of 6
      // characters and 7 of 7 ("C100000") make 6,997 more: 8,192. One more of 7 instead of one of 6: 8,193.
      const exact = maxSums([...everyOther(10_000, 1_158), ...everyOther(100_000, 7)]);
      expect(exact.notices).toEqual([]);
      expect(exact.edits.map((e) => (e.content.kind === "formula" ? e.content.formula.length : 0))).toEqual([8_192]);
      expect(maxSums([...everyOther(10_000, 1_157), ...everyOther(100_000, 8)])).toEqual({
        edits: [],
        notices: [{ kind: "formula-too-long", sheet: null, row: 9_999, column: 3, length: 8_193 }],
      });
    });
  });
});

describe("the points typed as text", () => {
  it("become numbers in the criteria's cells where they read as numbers, not where the reading was a guess", () => {
    // "đạt" reads as no number, "0,5%" as a guess; the total row's "5" is no criterion's.
    const sheet = sheetOf([
      ["1", "Crit", "2", "1,5", "đạt", "t", U],
      ["2", "Crit", 3, "0,5%", " 3 ", "t", U],
      [null, "Tổng", "5", 2, 5],
    ]);
    expect(textNumberEdits(analyzeSheet(sheet) as Plan, sheet)).toEqual([
      { row: 2, column: 3, content: num(2) },
      { row: 2, column: 4, content: num(1.5) },
      { row: 3, column: 5, content: num(3) },
    ]);
  });
});
