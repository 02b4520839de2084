/**
 * Analysing with what the workbook remembers (src/core/analyze-with-state.ts): the add-in's own sheets are never the
 * plan, nor take a name from the user's sheets; the user's layout and unit renames apply. The plan is the
 * one-criterion table (tests/core/one-criterion.ts) on "Phụ lục": 1.1 has maximum 3, score 2, target 3 (C, D, E).
 */
import { analyzeWithState } from "../../src/core/analyze-with-state";
import { EMPTY_STATE, WorkbookState } from "../../src/core/edits";
import { Plan } from "../../src/core/model";
import { sheetOf } from "./helpers";
import { ONE_CRITERION, U } from "./one-criterion";

const plan = sheetOf(ONE_CRITERION);
/** A bigger table than the plan's: taken before it when both are candidates. */
const bigger = (name: string) =>
  sheetOf(
    [
      ["1", "Cải cách thể chế", 5, 3, 5],
      ["1.1", "Ban hành văn bản", 3, 2, 3, "t", U],
      ["1.2", "Kiểm tra văn bản", 2, 1, 2, "t", U],
      [null, "Tổng", 5, 3, 5],
    ],
    { name },
  );
const ours: WorkbookState = { ...EMPTY_STATE, generated: [{ name: "P. Nội vụ", kind: "assignment", unit: U }] };

function planOf(...args: Parameters<typeof analyzeWithState>): Plan {
  const result = analyzeWithState(...args);
  if (!result.ok) throw new Error(result.failure.kind);
  return result.plan;
}

describe("analyzeWithState", () => {
  it("never takes the add-in's own sheets, nor sheets not listed, for the plan", () => {
    // The state's own sheet is not among the names listed: a table there is no candidate either.
    const sheets = [bigger("P. Nội vụ"), bigger("ParIndexState"), plan];
    const found = planOf(sheets, ["P. Nội vụ", "Phụ lục"], ours);
    expect([found.layout.sheet, found.criteria.length]).toEqual(["Phụ lục", 2]);
  });

  it("names the unit's sheet after the user's sheets, but may take the name of the add-in's own", () => {
    const names = ["Phụ lục", "P. Nội vụ"];
    expect(planOf([plan], names, EMPTY_STATE).units.map((u) => u.sheetName)).toEqual(["P. Nội vụ (2)"]);
    expect(planOf([plan], names, ours).units.map((u) => u.sheetName)).toEqual(["P. Nội vụ"]);
  });

  it("reads the table with the user's own columns, on their sheet only", () => {
    // The user said the score is in E and the target in D.
    const columns = { code: 1, name: 2, max: 3, score: 5, target: 4, tasks: 6, lead: 7, support: 8 };
    const state: WorkbookState = { ...EMPTY_STATE, layout: { sheet: "Phụ lục", headerRow: 1, columns } };
    const other = { ...plan, name: "Khác" };
    const scoreOf = (p: Plan) => [p.layout.sheet, p.criteria[1].stated.score, p.criteria[1].stated.target];
    expect(scoreOf(planOf([other, plan], ["Khác", "Phụ lục"], state))).toEqual(["Phụ lục", 3, 2]);
    expect(scoreOf(planOf([other, plan], ["Khác", "Phụ lục"], state, "Phụ lục"))).toEqual(["Phụ lục", 3, 2]);
    // "Khác" asked for, though listed after the other (taken first of two tables alike).
    expect(scoreOf(planOf([plan, other], ["Phụ lục", "Khác"], state, "Khác"))).toEqual(["Khác", 2, 3]);
  });

  it("applies the user's renames of units", () => {
    const state: WorkbookState = { ...EMPTY_STATE, units: { aliases: { [U]: "Văn phòng Sở Nội vụ" }, known: [] } };
    expect(planOf([plan], ["Phụ lục"], state).units.map((u) => u.name)).toEqual(["Văn phòng Sở Nội vụ"]);
  });
});
