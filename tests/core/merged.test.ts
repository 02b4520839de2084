/**
 * Which merge hides a cell (src/core/edits/merged.ts), for merges over many rows too (a merged column beside a long
 * table), which are kept apart from the others: the cells above, below and beside them stay free.
 */
import { MergedAreas, mergeOverReads } from "../../src/core/edits/merged";

describe("MergedAreas", () => {
  it("hides the cells of a merge over 2,000 rows but its first, and no cell above, below or beside it", () => {
    const column = { top: 10, left: 2, bottom: 2_010, right: 3 };
    const merges = new MergedAreas([column, { top: 4, left: 6, bottom: 5, right: 6 }]);
    const hidden = (row: number, col: number) => merges.hiding(row, col) !== null;
    expect([hidden(10, 2), hidden(10, 3), hidden(11, 2), hidden(2_010, 3)]).toEqual([false, true, true, true]);
    expect([hidden(9, 2), hidden(2_011, 2), hidden(500, 1), hidden(500, 4), hidden(5, 6), hidden(4, 6)]).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect([10, 11, 9].map((row) => merges.startingAt(row, 2))).toEqual([column, null, null]);
    expect(merges.startingAt(10, 3)).toBeNull();
  });

  it("keeps every merge crossing a row", () => {
    const merges = new MergedAreas([
      { top: 2, left: 3, bottom: 3, right: 4 },
      { top: 1, left: 6, bottom: 2, right: 7 },
    ]);
    expect([merges.hiding(2, 4), merges.hiding(2, 7)].map((a) => a?.left)).toEqual([3, 6]);
  });

  it("tells a cell's own merge spreading over a cell its formula reads, on any side of the merge", () => {
    const own = { top: 2, left: 3, bottom: 3, right: 4 };
    const merges = new MergedAreas([own]);
    const over = (row: number, column: number) => mergeOverReads(merges, { row: 2, column: 3 }, [{ row, column }]);
    expect([over(2, 4), over(3, 3), over(3, 4)]).toEqual([own, own, own]);
    expect([over(1, 3), over(4, 3), over(2, 2), over(2, 5)]).toEqual([null, null, null, null]);
    expect(mergeOverReads(merges, { row: 3, column: 3 }, [{ row: 3, column: 4 }])).toBeNull();
    // One read inside among others is enough.
    expect(
      mergeOverReads(merges, { row: 2, column: 3 }, [
        { row: 9, column: 3 },
        { row: 3, column: 3 },
      ]),
    ).toBe(own);
  });
});
