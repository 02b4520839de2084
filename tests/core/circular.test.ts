/**
 * Circular references found before writing a subtotal (src/core/edits/circular.ts): only a formula that reads the
 * target's own cell closes a loop; a formula reading it among other cells does; loops of the user's own that do not
 * pass through the target end the search.
 */
import { SheetFormulas } from "../../src/core/edits/circular";

const within = { top: 1, left: 1, bottom: 20, right: 8 };
const sheetWith = (formulas: Record<string, string>, cellsHeld = within) =>
  new SheetFormulas((row, column) => formulas[`${row}:${column}`] ?? null, cellsHeld, "S");

describe("SheetFormulas.loopBack", () => {
  it("finds no loop through a formula that reads another cell of the target's row or column", () => {
    // D2's SUM(D5): D5 reads E2 and C2 (same row, either side), D9 reads D3 (same column): none is D2.
    const sheet = sheetWith({ "5:4": "=E2+C2+D9", "9:4": "=D3" });
    expect(sheet.loopBack({ row: 2, column: 4 }, "=SUM(D5)")).toEqual({ through: null, closed: false });
  });

  it("finds the loop through a formula that reads the target among other cells", () => {
    const sheet = sheetWith({ "5:4": "=E9+D2*2" });
    expect(sheet.loopBack({ row: 2, column: 4 }, "=SUM(D5)").through).toEqual({
      row: 5,
      column: 4,
      formula: "=E9+D2*2",
    });
  });

  it("ends on a loop of the user's own that does not pass through the target", () => {
    // D5 and D6 read each other; neither reads D2.
    const sheet = sheetWith({ "5:4": "=D6", "6:4": "=D5+1" });
    expect(sheet.loopBack({ row: 2, column: 4 }, "=SUM(D5)")).toEqual({ through: null, closed: false });
  });

  it("follows only the cells a formula reads, not those beside them", () => {
    // D2's SUM(D5): C5 and E5, left and right of D5, read D2, but nothing reads them; D5 is empty.
    const sheet = sheetWith({ "5:3": "=D2", "5:5": "=D2" });
    expect(sheet.loopBack({ row: 2, column: 4 }, "=SUM(D5)")).toEqual({ through: null, closed: true });
  });

  it("tells apart cells however far apart they are", () => {
    // C20005 reads D5 back: 20,000 rows below it and one column left.
    const sheet = sheetWith({ "20005:3": "=D5" }, { top: 1, left: 1, bottom: 20_005, right: 8 });
    expect(sheet.loopBack({ row: 5, column: 4 }, "=SUM(C20005)").through).toEqual({
      row: 20_005,
      column: 3,
      formula: "=D5",
    });
  });
});
