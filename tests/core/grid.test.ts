/**
 * A sheet's cells by sheet coordinates (src/core/grid.ts): its bounds when read from elsewhere than A1, what a merged
 * area shows in each of its cells, and a cell's text.
 */
import { CellValue } from "../../src/core/cells";
import { Grid } from "../../src/core/grid";

const sheet = (values: CellValue[][], merges = [] as { top: number; left: number; bottom: number; right: number }[]) =>
  new Grid({ name: "S", top: 3, left: 2, values, merges, hiddenRows: [], hiddenColumns: [] });

describe("Grid", () => {
  it("spans from the first cell read to the last row and the widest row", () => {
    const grid = sheet([["a"], ["b", "c", "d"], []]);
    expect([grid.firstRow, grid.lastRow, grid.firstColumn, grid.lastColumn]).toEqual([3, 5, 2, 4]);
  });

  it("shows a merged area's first value in each of its cells, and holds it in the first only", () => {
    // B3:C4 merged, its value in B3.
    const grid = sheet(
      [
        ["  Phòng Nội vụ ", null],
        [null, null, "x"],
      ],
      [{ top: 3, left: 2, bottom: 4, right: 3 }],
    );
    expect([grid.shown(3, 3), grid.shown(4, 2), grid.shown(4, 3), grid.shown(4, 4)]).toEqual([
      "  Phòng Nội vụ ",
      "  Phòng Nội vụ ",
      "  Phòng Nội vụ ",
      "x",
    ]);
    expect([grid.value(3, 2), grid.value(4, 3)]).toEqual(["  Phòng Nội vụ ", null]);
    expect(grid.text(4, 3)).toBe("Phòng Nội vụ");
  });

  it("reads no text in a date or an error", () => {
    const grid = sheet([[{ kind: "date", serial: 45_000 }, { kind: "error", code: "#N/A" }, 7]]);
    expect([grid.text(3, 2), grid.text(3, 3), grid.text(3, 4)]).toEqual(["", "", "7"]);
  });
});
