/**
 * The header and the rows right under it (src/core/header.ts): which columns the header names when two claim one
 * role, and the row of column numbers many tables put under it.
 */
import { CellValue, SheetCells } from "../../src/core/cells";
import { Grid } from "../../src/core/grid";
import { findHeader, isColumnNumberRow, repeatsHeader } from "../../src/core/header";

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

const columnsOf = (...rows: CellValue[][]) => findHeader(new Grid(sheet(rows)))?.columns ?? null;

describe("what makes a header", () => {
  it("a label (the number or the name), points (maximum or score), and three roles in all", () => {
    expect(columnsOf(["STT", "Điểm tối đa", "Điểm đạt được"])).toEqual({ code: 1, max: 2, score: 3 });
    expect(columnsOf(["Tiêu chí", "Điểm tối đa", "Điểm đạt được"])).toEqual({ name: 1, max: 2, score: 3 });
    expect(columnsOf(["STT", "Tiêu chí", "Điểm đạt được"])).toEqual({ code: 1, name: 2, score: 3 });
    expect(columnsOf(["STT", "Tiêu chí", "Điểm tối đa"])).toEqual({ code: 1, name: 2, max: 3 });
  });
  it("not points without a label, a label without points, nor two roles", () => {
    expect(columnsOf(["Điểm tối đa", "Điểm đạt được", "Mục tiêu", "Nhiệm vụ"])).toBeNull();
    expect(columnsOf(["STT", "Tiêu chí", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"])).toBeNull();
    expect(columnsOf(["STT", "Điểm tối đa"])).toBeNull();
    expect(columnsOf(["STT", "Điểm tối đa", "Ghi chú", "Ngày"])).toBeNull();
  });
  it("is sought in the sheet's first 301 rows only", () => {
    const header = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"];
    const below = (blank: number) => [...Array.from({ length: blank }, (): CellValue[] => []), header];
    expect(findHeader(new Grid(sheet(below(300))))?.headerRow).toBe(301);
    expect(findHeader(new Grid(sheet(below(301))))).toBeNull();
  });
  it("is the first block naming the most roles: not a title above it, nor the header repeated below", () => {
    const header = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"];
    const found = findHeader(new Grid(sheet([["Phụ lục"], header, ["1", "Tiêu chí một", 2, 2], header])));
    expect([found?.headerTop, found?.headerRow]).toEqual([2, 2]);
    // A title above the name: the block of both rows names no more roles than the header's row alone.
    const titled = findHeader(new Grid(sheet([[null, "KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC"], header])));
    expect(titled).toMatchObject({ headerTop: 2, headerRow: 2, columns: { code: 1, name: 2, max: 3, score: 4 } });
  });
  it("is the block naming more roles, whichever comes first", () => {
    const small = ["STT", "Tiêu chí", "Điểm tối đa"];
    const full = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được", "Mục tiêu"];
    const found = findHeader(new Grid(sheet([small, [], [], [], full])));
    expect([found?.headerRow, found?.columns]).toEqual([5, { code: 1, name: 2, max: 3, score: 4, target: 5 }]);
  });
  it("ends on a row naming two roles at least: a row naming one below it is no part of it", () => {
    const found = findHeader(
      new Grid(
        sheet([
          ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
          [null, null, null, null, "Mục tiêu"],
        ]),
      ),
    );
    expect(found).toMatchObject({ headerTop: 1, headerRow: 1, columns: { code: 1, name: 2, max: 3, score: 4 } });
    expect(found?.columns.target).toBeUndefined();
  });
  it("is three rows high at most: a role named three rows up is its, one named four rows up none of its", () => {
    const three = findHeader(
      new Grid(sheet([[null, null, null, null, "Mục tiêu"], [], ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"]])),
    );
    expect(three).toMatchObject({ headerTop: 1, headerRow: 3, columns: { max: 3, score: 4, target: 5 } });
    const found = findHeader(
      new Grid(
        sheet([[null, null, null, null, "Mục tiêu"], [], [], ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"]]),
      ),
    );
    expect(found).toMatchObject({ headerTop: 4, headerRow: 4, columns: { code: 1, name: 2, max: 3, score: 4 } });
    expect(found?.columns.target).toBeUndefined();
  });
  it("reads a column's cells over two rows as one text, words apart", () => {
    // "Điểm" above "chuẩn" is the maximum ("điểm chuẩn"), not a score.
    const found = findHeader(
      new Grid(
        sheet(
          [
            ["STT", "Tiêu chí", "Điểm", "Điểm đạt được"],
            [null, null, "chuẩn", null],
          ],
          {
            merges: [1, 2, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
          },
        ),
      ),
    );
    expect(found).toMatchObject({ headerTop: 1, headerRow: 2, columns: { code: 1, name: 2, max: 3, score: 4 } });
  });
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

describe("a header over two rows", () => {
  it("reads each column's cells top to bottom, a cell merged over both rows once, an empty one not at all", () => {
    // "STT" and "Tiêu chí" merged over rows 1 and 2; "Điểm" merged over C1:D1 above "Tối đa" and "Đạt được".
    const merged = sheet(
      [
        ["STT", "Tiêu chí", "Điểm", null, null],
        [null, null, "Tối đa", "Đạt được", "Ghi chú"],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 4 },
        ],
      },
    );
    expect(findHeader(new Grid(merged))).toEqual({
      headerTop: 1,
      headerRow: 2,
      columns: { code: 1, name: 2, max: 3, score: 4 },
      headerText: { code: "stt", name: "tieu chi", max: "diem toi da", score: "diem dat duoc" },
    });
    // Not merged: the code column's cell above is empty.
    const unmerged = sheet([
      [null, null, "Điểm tối đa", "Điểm đạt được"],
      ["STT", "Tiêu chí", null, null],
    ]);
    expect(findHeader(new Grid(unmerged))?.columns).toEqual({ code: 1, name: 2, max: 3, score: 4 });
  });
});

describe("the header repeated under a page break", () => {
  const header = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được", "Mục tiêu"];
  it("is a row naming three of the header's roles in their columns", () => {
    const grid = new Grid(
      sheet([
        header,
        ["STT", "Tiêu chí", "Điểm tối đa"],
        ["STT", null, null, "Điểm", "Mục tiêu"],
        ["STT", "Tiêu chí"],
        ["Tiêu chí", "STT", "Điểm tối đa"],
      ]),
    );
    const found = findHeader(grid)!;
    expect([2, 3, 4, 5].map((row) => repeatsHeader(grid, row, found))).toEqual([true, true, false, false]);
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
