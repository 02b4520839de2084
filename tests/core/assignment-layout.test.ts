/**
 * A unit's assignment sheet for the smallest plan (one criterion the unit leads, none it supports): which rows hold
 * what, what is styled, what a unit may type (the drop-down, the date) and what marks its progress. Row numbers are
 * counted by hand: title, subtitle, a blank row, the lead section (its title, its header, its criteria), a blank
 * row, the support section (title, header, "(none)").
 */
import { EMPTY, formula, prepareRun, SheetDraft, text } from "../../src/core/edits";
import { seedRunInput } from "./helpers";
import { CRITERION_COLUMNS, draftsOf, tableOf, U } from "./one-criterion";

const assignmentOf = (): SheetDraft => draftsOf(["assignments"]).find((s) => s.unit === U)!;
const row = (r: number, left: number, right: number) => ({ top: r, bottom: r, left, right });

describe("the assignment sheet of a unit leading one criterion", () => {
  it("writes its title, its sections and the criterion's row", () => {
    const s = assignmentOf();
    expect(s.cells).toEqual([
      [text("NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC: PHÒNG NỘI VỤ")],
      [text('Theo bảng "Phụ lục", mục tiêu năm 2025')],
      [],
      [text("I. CÁC TIÊU CHÍ CHỦ TRÌ")],
      [
        ...CRITERION_COLUMNS,
        "Nhiệm vụ, giải pháp",
        "Đơn vị phối hợp",
        "Thời hạn",
        "Trạng thái",
        "Kết quả thực hiện",
        "Tài liệu kiểm chứng",
      ].map(text),
      // Row 6: the criterion of the table's row 3, its points linked there (C, D, E), no supporting unit, nothing
      // typed yet.
      [
        { kind: "number", value: 1 },
        text("1.1"),
        text("Ban hành văn bản"),
        formula("='Phụ lục'!C3"),
        formula("='Phụ lục'!D3"),
        formula('=IF(AND(ISNUMBER(D6),ISNUMBER(E6)),MAX(0,D6-E6),"")'),
        formula("='Phụ lục'!E3"),
        text("- Rà soát"),
        EMPTY,
        EMPTY,
        EMPTY,
        EMPTY,
        EMPTY,
      ],
      [],
      [text("II. CÁC TIÊU CHÍ PHỐI HỢP")],
      expect.arrayContaining([text("Đơn vị chủ trì")]),
      [EMPTY, EMPTY, text("(không có)")],
    ]);
  });
  it("styles its rows, keeps the lead header on screen and merges the title lines", () => {
    const s = assignmentOf();
    expect(s.styles).toEqual([
      { area: row(1, 1, 13), style: "title" },
      { area: row(2, 1, 13), style: "subtitle" },
      { area: row(4, 1, 13), style: "section" },
      { area: row(5, 1, 13), style: "header" },
      { area: row(6, 1, 3), style: "cell" },
      { area: row(6, 4, 7), style: "number" },
      { area: row(6, 8, 9), style: "cell" },
      { area: row(6, 10, 13), style: "input" },
      { area: row(6, 10, 10), style: "date" },
      { area: row(8, 1, 13), style: "section" },
      { area: row(9, 1, 13), style: "header" },
      { area: row(10, 1, 3), style: "cell" },
      { area: row(10, 4, 7), style: "number" },
      { area: row(10, 8, 9), style: "cell" },
      { area: row(10, 10, 13), style: "input" },
    ]);
    expect(s.titleRows).toEqual({ first: 5, last: 5 });
    expect(s.merges).toEqual([row(1, 1, 13), row(2, 1, 13)]);
    expect([s.chart, s.linkedCells]).toEqual([null, null]);
    expect(s.columnWidths).toHaveLength(13);
  });
  it("lets the unit type a date and pick a status, and marks what is overdue or done without evidence", () => {
    const s = assignmentOf();
    expect(s.validations).toEqual([
      {
        kind: "date",
        area: row(6, 10, 10),
        title: "Thời hạn",
        message: "Nhập thời hạn là một ngày, ví dụ 30/06/2025.",
      },
      {
        kind: "list",
        area: row(6, 11, 11),
        items: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"],
        title: "Trạng thái",
        message: "Chọn trạng thái trong danh sách: Chưa thực hiện, Đang thực hiện, Hoàn thành.",
      },
    ]);
    // Deadline J, status K, evidence M; "done" in either language.
    const isDone = 'OR($K6="Hoàn thành",$K6="Done")';
    expect(s.rules).toEqual([
      { mark: "overdue", area: row(6, 11, 11), formula: `=AND(ISNUMBER($J6),$J6<TODAY(),NOT(${isDone}))` },
      { mark: "missing-evidence", area: row(6, 13, 13), formula: `=AND(${isDone},LEN(TRIM($M6))=0)` },
    ]);
  });
});

describe("the assignment sheet of a table naming no year and no target", () => {
  it("says the year is not known, and leaves the target empty", () => {
    const header = [
      "STT",
      "Lĩnh vực, tiêu chí",
      "Điểm tối đa",
      "Điểm đạt được",
      "Nhiệm vụ, giải pháp",
      "Cơ quan chủ trì",
    ];
    const rows = [
      ["1", "Cải cách thể chế", 3, 2],
      ["1.1", "Ban hành văn bản", 3, 2, "- Rà soát", U],
      [null, "Tổng", 3, 2],
    ];
    const s = draftsOf(["assignments"], rows, header).find((d) => d.unit === U)!;
    expect(s.cells[1]).toEqual([text('Theo bảng "Phụ lục", mục tiêu năm …')]);
    expect(s.cells[4].slice(3, 7)).toEqual(["Điểm tối đa", "Điểm năm …", "Điểm bị mất", "Mục tiêu năm …"].map(text));
    expect(s.cells[5].slice(3, 7)).toEqual([
      formula("='Phụ lục'!C3"),
      formula("='Phụ lục'!D3"),
      formula('=IF(AND(ISNUMBER(D6),ISNUMBER(E6)),MAX(0,D6-E6),"")'),
      EMPTY,
    ]);
  });
});

describe("the sections of a criterion led by two units and supported by a third", () => {
  const J = "Phòng Tư pháp";
  const rows = [
    ["1", "Cải cách thể chế", 3, 2, 3],
    ["1.1", "Ban hành văn bản", 3, 2, 3, "- Rà soát", `${U}; Phòng Y tế`, J],
    [null, "Tổng", 3, 2, 3],
  ];
  const sheets = draftsOf(["assignments"], rows);
  it("keeps, on the next run, what the supporting unit typed into its support section", () => {
    const table = tableOf(rows);
    const operations = new Set(["assignments"] as const);
    const first = prepareRun(seedRunInput(table, { operations }));
    const own = first.edits.sheets.find((d) => d.unit === J)!;
    // Row 10, column K: the status of the criterion it supports.
    const typed = own.cells.map((r, i) => (i === 9 ? r.map((c, k) => (k === 10 ? text("Hoàn thành") : c)) : r));
    const again = prepareRun(
      seedRunInput(table, {
        operations,
        state: first.nextState,
        sheetNames: ["Phụ lục", ...first.edits.sheets.map((d) => d.name)],
        generatedCells: new Map([[own.name, typed]]),
      }),
    );
    expect(again.edits.sheets.find((d) => d.unit === J)!.cells[9][10]).toEqual(text("Hoàn thành"));
  });
  it("names the supporting unit beside a lead unit's criterion, the lead units beside a supporting one's", () => {
    // The lead unit's criterion on row 6; the supporting unit's in its support section, row 10 (its lead section
    // says none on row 6).
    expect(sheets.find((d) => d.unit === U)!.cells[5][8]).toEqual(text(J));
    const support = sheets.find((d) => d.unit === J)!;
    expect(support.cells[5]).toEqual([EMPTY, EMPTY, text("(không có)")]);
    expect([support.cells[9][1], support.cells[9][8]]).toEqual([text("1.1"), text(`${U}\nPhòng Y tế`)]);
  });
});
