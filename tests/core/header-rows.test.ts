/**
 * The header and the rows right under it (src/core/header.ts): which columns the header names when two claim one
 * role, and the row of column numbers many tables put under it.
 */
import { CellValue, SheetCells } from "../../src/core/cells";
import { Grid } from "../../src/core/grid";
import { findHeader, isColumnNumberRow } from "../../src/core/header";

const sheet = (values: CellValue[][], extra: Partial<SheetCells> = {}): SheetCells => ({
  name: "Phụ lục",
  top: 1,
  left: 1,
  values,
  merges: [],
  hiddenRows: [],
  hiddenColumns: [],
  ...extra,
});

describe("two columns named alike", () => {
  const values = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tối đa", "Điểm đạt được"]];
  it("the visible one holds the role, the hidden one left of it aside", () => {
    const header = findHeader(new Grid(sheet(values, { hiddenColumns: [3] })));
    expect(header?.columns).toEqual({ code: 1, name: 2, max: 4, score: 5 });
  });
  it("both hidden, or both visible: the leftmost", () => {
    expect(findHeader(new Grid(sheet(values, { hiddenColumns: [3, 4] })))?.columns.max).toBe(3);
    expect(findHeader(new Grid(sheet(values)))?.columns.max).toBe(3);
  });
});

describe("the row of column numbers", () => {
  const isNumberRow = (row: CellValue[]) => isColumnNumberRow(new Grid(sheet([row])), 1, [1, 2, 3, 4, 5, 6]);
  it("is four numbers or more, each above the one before, bare or in brackets", () => {
    expect(isNumberRow(["1", "2", "3", "4"])).toBe(true);
    expect(isNumberRow([1, 2, 3, 4, 5, 6])).toBe(true);
    expect(isNumberRow(["(1)", "(2)", "(3)", "(4)", "(5)"])).toBe(true);
    expect(isNumberRow(["(10)", "(11)", "(12)", "(13)"])).toBe(true);
    // Columns left empty are skipped: the numbers need not stand side by side.
    expect(isNumberRow(["1", null, "2", "", "3", "4"])).toBe(true);
  });
  it("is not three numbers, numbers that repeat or go down, nor a row with any other text", () => {
    expect(isNumberRow(["1", "2", "3"])).toBe(false);
    expect(isNumberRow(["1", "2", "2", "3"])).toBe(false);
    expect(isNumberRow(["4", "3", "2", "1"])).toBe(false);
    expect(isNumberRow(["1", "3", "2", "4"])).toBe(false);
    expect(isNumberRow(["1", "2", "3", "4", "Tổng"])).toBe(false);
    expect(isNumberRow(["1", "2", "3", "4", "5a"])).toBe(false);
    expect(isNumberRow(["1.", "2.", "3.", "4."])).toBe(false);
    expect(isNumberRow(["1", "2", "3", "4", "4.5"])).toBe(false);
    // Brackets count only around the whole text.
    expect(isNumberRow(["(1)", "(2)", "(3)", "4(5)"])).toBe(false);
    expect(isNumberRow(["(1)", "(2)", "(3)", "(4)0"])).toBe(false);
    expect(isNumberRow(["(1", "(2)", "(3)", "(4)"])).toBe(false);
    expect(isNumberRow(["1)", "(2)", "(3)", "(4)"])).toBe(false);
    expect(isNumberRow(["(a)", "(b)", "(c)", "(d)"])).toBe(false);
    expect(isNumberRow([null, "", null, null])).toBe(false);
  });
});
