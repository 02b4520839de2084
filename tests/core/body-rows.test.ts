/**
 * The rows under the header (src/core/body.ts) of tables unlike the seed's: without task and unit columns, without
 * a number column (the numbers open the names), and a row whose number cell holds no number.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { CellValue } from "../../src/core/cells";
import { Plan } from "../../src/core/model";
import { sheetOf } from "./helpers";

const planOf = (header: CellValue[], rows: CellValue[][]) => {
  const plan = analyzeSheet({ ...sheetOf([]), values: [header, ...rows] });
  if (!plan) throw new Error("no table");
  return plan;
};
const rowsOf = (plan: Plan) =>
  plan.criteria.map((c) => ({ row: c.row, code: c.code, name: c.name, tasks: c.tasks, more: c.continuationRows }));

describe("the rows of a table", () => {
  it("without task and unit columns: blank rows skipped, no tasks and no units read", () => {
    const plan = planOf(
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
      [["1", "Cải cách thể chế", 2, 2], [], ["1.1", "Ban hành văn bản", 2, 2], [null, "Tổng", 2, 2]],
    );
    expect(rowsOf(plan)).toEqual([
      { row: 2, code: "1", name: "Cải cách thể chế", tasks: "", more: [] },
      { row: 4, code: "1.1", name: "Ban hành văn bản", tasks: "", more: [] },
    ]);
    expect(plan.criteria.map((c) => [c.lead, c.support])).toEqual([
      [[], []],
      [[], []],
    ]);
    expect([plan.total.row, plan.layout.lastRow]).toEqual([5, 5]);
  });

  it("without a number column: the numbers opening the names, and a line of tasks continuing the row above", () => {
    const plan = planOf(
      ["Tiêu chí", "Điểm tối đa", "Điểm đạt được", "Nhiệm vụ"],
      [
        ["1. Cải cách thể chế", 3, 3],
        ["1.1 Ban hành văn bản", 2, 2, "- Rà soát"],
        [null, null, null, "- Công bố"],
        ["1.2) Kiểm tra văn bản", 1, 1],
        ["Tổng", 3, 3],
      ],
    );
    expect(rowsOf(plan)).toEqual([
      { row: 2, code: "1", name: "Cải cách thể chế", tasks: "", more: [] },
      { row: 3, code: "1.1", name: "Ban hành văn bản", tasks: "- Rà soát\n- Công bố", more: [4] },
      { row: 5, code: "1.2", name: "Kiểm tra văn bản", tasks: "", more: [] },
    ]);
    expect(plan.total.row).toBe(6);
  });

  it("ends where a row's number cell holds something that is no number, whatever opens its name", () => {
    const plan = planOf(
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
      [
        ["1", "Cải cách thể chế", 2, 2],
        ["Phần B", "2. Phụ lục khác"],
        ["2", "Tiêu chí của bảng khác", 5, 5],
      ],
    );
    expect(rowsOf(plan)).toEqual([{ row: 2, code: "1", name: "Cải cách thể chế", tasks: "", more: [] }]);
    expect(plan.layout.lastRow).toBe(2);
  });

  it("reads a name with its spaces collapsed, a line break and a no-break space among them", () => {
    const plan = planOf(
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
      [
        ["1", "Cải cách  thể chế", 2, 2],
        ["2", "Ban hành\nvăn\u00a0bản", 1, 1],
      ],
    );
    expect(plan.criteria.map((c) => c.name)).toEqual(["Cải cách thể chế", "Ban hành văn bản"]);
  });

  it("skips a row of empty texts (Excel's empty cells) as blank; a row holding only a number continues the one above", () => {
    const plan = planOf(
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được", "Mục tiêu"],
      [
        ["1", "Cải cách thể chế", 2, 2, 2],
        ["", "", "", "", ""],
        ["2", "Ban hành văn bản", 1, 1, 1],
        [null, null, null, 0.5],
      ],
    );
    expect(rowsOf(plan)).toEqual([
      { row: 2, code: "1", name: "Cải cách thể chế", tasks: "", more: [] },
      { row: 4, code: "2", name: "Ban hành văn bản", tasks: "", more: [5] },
    ]);
    expect(plan.layout.lastRow).toBe(5);
  });

  it("with a number column left empty: the number opening the name", () => {
    const plan = planOf(
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
      [
        [null, "1. Cải cách thể chế", 2, 2],
        ["", "1.1 Ban hành văn bản", 2, 2],
      ],
    );
    expect(rowsOf(plan)).toEqual([
      { row: 2, code: "1", name: "Cải cách thể chế", tasks: "", more: [] },
      { row: 3, code: "1.1", name: "Ban hành văn bản", tasks: "", more: [] },
    ]);
  });

  it("starts under the header, a title above it read as nothing", () => {
    const plan = analyzeSheet({
      ...sheetOf([]),
      values: [
        ["KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC"],
        ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
        ["1", "Crit", 2, 2],
      ],
    })!;
    expect([plan.layout.firstRow, rowsOf(plan)]).toEqual([
      3,
      [{ row: 3, code: "1", name: "Crit", tasks: "", more: [] }],
    ]);
  });

  it("stops at the notes under the table, in the name column too", () => {
    const plan = planOf(
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"],
      [
        ["1", "Crit", 2, 2],
        [null, "Ghi chú: số liệu tạm tính"],
        ["2", "Tiêu chí của bảng khác", 1, 1],
      ],
    );
    expect([plan.layout.lastRow, rowsOf(plan)]).toEqual([
      2,
      [{ row: 2, code: "1", name: "Crit", tasks: "", more: [] }],
    ]);
  });

  it("skips the row of column numbers in the columns' order, a visible column named like a hidden one included", () => {
    // B "Điểm tối đa" is hidden: the maximum is E, so the header's columns are A, C, D, E, and row 2 numbers them.
    const plan = analyzeSheet({
      ...sheetOf([]),
      values: [
        ["STT", "Điểm tối đa", "Tiêu chí", "Điểm đạt được", "Điểm tối đa"],
        ["1", null, "2", "3", "4"],
        ["1", null, "Crit", 2, 2],
      ],
      hiddenColumns: [2],
    })!;
    expect(plan.layout.columns).toEqual({ code: 1, name: 3, score: 4, max: 5 });
    expect(rowsOf(plan)).toEqual([{ row: 3, code: "1", name: "Crit", tasks: "", more: [] }]);
  });
});
