/**
 * The criterion rows of an assignment sheet found by its headers (src/core/progress/rows.ts): which row is a header
 * (the deadline and at least one other progress column), where the support section starts, which rows hold a
 * criterion.
 */
import { criterionRows, Primitive } from "../../src/core/progress/rows";
import { ProgressHeader } from "../../src/core/progress/words";

const fallback: ReadonlyMap<ProgressHeader, number> = new Map([["deadline", 9]]);
const read = (rows: Primitive[][]) =>
  criterionRows(rows, (c) => c ?? null, fallback).map((r) => [
    r.section,
    r.code,
    r.index,
    Object.fromEntries(r.columns),
  ]);

describe("criterionRows", () => {
  it("takes a row as a header only when it names the deadline and another column; the first of a name counts", () => {
    expect(
      read([
        [null, null, "Trạng thái", "Kết quả thực hiện"],
        [1, "1.1"],
        [null, null, "Thời hạn"],
        [2, "1.2"],
        [null, null, "Thời hạn", "Trạng thái", "Thời hạn"],
        [3, "1.3"],
      ]),
    ).toEqual([
      ["lead", "1.1", 1, { deadline: 9 }],
      ["lead", "1.2", 3, { deadline: 9 }],
      ["lead", "1.3", 5, { deadline: 2, status: 3 }],
    ]);
  });

  it("starts the support section at its title, spaces before it or not, and reads codes trimmed", () => {
    // No number in A, or a blank code: no criterion.
    const rows = [[1, " 1.1 "], [2, "  "], [null, "1.9"], ["  II. CÁC TIÊU CHÍ PHỐI HỢP"], [1, "1.2"]];
    expect(read(rows)).toEqual([
      ["lead", "1.1", 0, { deadline: 9 }],
      ["support", "1.2", 4, { deadline: 9 }],
    ]);
  });
});
