/** The plan's identity in the state: made on the first run, kept by every run after, different for another plan. */
import { SheetCells } from "../../src/core/cells";
import { prepareRun } from "../../src/core/edits";
import { Plan } from "../../src/core/model";
import { analysedSeed } from "../core/seed-workbook";
import { seedRunInput } from "../core/helpers";

let seed: { plan: Plan; sheet: SheetCells };
beforeAll(async () => {
  seed = await analysedSeed();
});

describe("plan identity", () => {
  it("is made on the first run and kept by the next, even once the table changed", () => {
    const first = prepareRun(seedRunInput(seed)).nextState;
    expect(first.planId).toMatch(/^[0-9a-f]{16}$/);
    const edited: SheetCells = { ...seed.sheet, values: [["Đã sửa"], ...seed.sheet.values.slice(1)] };
    const again = prepareRun(seedRunInput({ ...seed, sheet: edited }, { state: first })).nextState;
    expect(again.planId).toBe(first.planId);
  });

  it("is the same for the same table and differs for another one", () => {
    const id = (sheet: SheetCells) => prepareRun(seedRunInput({ ...seed, sheet })).nextState.planId;
    const other: SheetCells = { ...seed.sheet, values: seed.sheet.values.map((l, r) => (r === 5 ? [...l, "x"] : l)) };
    expect(id(seed.sheet)).toBe(id({ ...seed.sheet }));
    expect(id(other)).not.toBe(id(seed.sheet));
  });
});
