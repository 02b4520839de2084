/**
 * The summary sheet's layout for the smallest plan (one domain, one criterion, one unit): which rows hold what, what
 * is styled, merged and charted. Every row number below is counted by hand from the sections' order: title,
 * subtitle, a blank row, then I domains (section, header, one row per domain, total), II units, III criteria that
 * lost points, and IV progress when the run makes the unit sheets, each after a blank row.
 */
import { EMPTY, formula, num, Operation, SheetDraft, text } from "../../src/core/edits";
import { CRITERION_COLUMNS, draftsOf, U } from "./one-criterion";

const summaryOf = (operations: Operation[], rows?: Parameters<typeof draftsOf>[1]): SheetDraft =>
  draftsOf(operations, rows).find((s) => s.kind === "summary")!;
const row = (r: number) => ({ top: r, bottom: r });
const pair = (r: number, left: number) => ({ top: r, bottom: r, left, right: left + 1 });

describe("the summary of a one-criterion plan", () => {
  it("lays out its sections, styles and merges row by row, with the progress section", () => {
    const s = summaryOf(["summary", "assignments"]);
    // Rows 3, 8, 12 and 16 are the blank rows between the parts.
    expect([3, 8, 12, 16].map((r) => s.cells[r - 1])).toEqual([[], [], [], []]);
    expect(s.cells).toHaveLength(20);
    expect(s.styles).toEqual([
      { area: { ...row(1), left: 1, right: 9 }, style: "title" },
      { area: { ...row(2), left: 1, right: 9 }, style: "subtitle" },
      // I. section 4, header 5, the domain 6, total 7.
      { area: { ...row(4), left: 1, right: 9 }, style: "section" },
      { area: { ...row(5), left: 1, right: 8 }, style: "header" },
      { area: { ...row(6), left: 1, right: 3 }, style: "cell" },
      { area: { top: 6, bottom: 7, left: 4, right: 7 }, style: "number" },
      { area: { top: 6, bottom: 7, left: 8, right: 8 }, style: "percent" },
      { area: { ...row(7), left: 1, right: 8 }, style: "total" },
      // II. section 9, header 10, the unit 11.
      { area: { ...row(9), left: 1, right: 9 }, style: "section" },
      { area: { ...row(10), left: 1, right: 6 }, style: "header" },
      { area: { ...row(11), left: 1, right: 3 }, style: "cell" },
      { area: { ...row(11), left: 4, right: 6 }, style: "number" },
      // III. section 13, header 14, the criterion that lost a point 15.
      { area: { ...row(13), left: 1, right: 9 }, style: "section" },
      { area: { ...row(14), left: 1, right: 9 }, style: "header" },
      { area: { ...row(15), left: 1, right: 3 }, style: "cell" },
      { area: { ...row(15), left: 4, right: 7 }, style: "number" },
      { area: { ...row(15), left: 9, right: 9 }, style: "cell" },
      // IV. section 17, header 18, the unit 19, total 20.
      { area: { ...row(17), left: 1, right: 9 }, style: "section" },
      { area: { ...row(18), left: 1, right: 9 }, style: "header" },
      { area: { top: 19, bottom: 20, left: 1, right: 3 }, style: "cell" },
      { area: { top: 19, bottom: 20, left: 4, right: 9 }, style: "cell" },
      { area: { ...row(20), left: 1, right: 9 }, style: "total" },
    ]);
    expect(s.merges).toEqual([
      { ...row(1), left: 1, right: 9 },
      { ...row(2), left: 1, right: 9 },
      // The code spans A:B in section I, a unit's name B:C in II and IV.
      ...[5, 6, 7].map((r) => pair(r, 1)),
      ...[10, 11].map((r) => pair(r, 2)),
      ...[18, 19, 20].map((r) => pair(r, 2)),
    ]);
    // The chart reads names, max and score (C..E) of the header and the domain, labelled by the code (A).
    expect(s.chart).toMatchObject({
      source: { top: 5, bottom: 6, left: 3, right: 5 },
      categories: { top: 6, bottom: 6, left: 1, right: 1 },
      anchor: { top: 4, bottom: 22, left: 11, right: 19 },
    });
    expect(s.linkedCells).toEqual({ top: 19, bottom: 19, left: 4, right: 9 });
    // Section IV's total sums its one unit's row.
    expect(s.cells[19].slice(3)).toEqual(["D", "E", "F", "G", "H", "I"].map((c) => formula(`=SUM(${c}19:${c}19)`)));
  });
  it("titles the sheet, and writes section I's domain and total rows over the table's cells", () => {
    const s = summaryOf(["summary", "assignments"]);
    expect(s.cells.slice(0, 2)).toEqual([
      [text("TỔNG HỢP CHỈ SỐ CCHC VÀ MỤC TIÊU NĂM 2025")],
      [text('Theo bảng "Phụ lục"')],
    ]);
    // Row 6, the domain: its code over A:B, its name, max, score and target linked to the table's row 2 (columns C,
    // D, E), the points lost and the share achieved from its own row's D and E.
    expect(s.cells[5]).toEqual([
      text("1"),
      EMPTY,
      text("Cải cách thể chế"),
      formula("='Phụ lục'!C2"),
      formula("='Phụ lục'!D2"),
      formula('=IF(AND(ISNUMBER(D6),ISNUMBER(E6)),MAX(0,D6-E6),"")'),
      formula("='Phụ lục'!E2"),
      formula('=IF(AND(ISNUMBER(D6),N(D6)>0),E6/D6,"")'),
    ]);
    // Row 7, the total: the sums of the domains' rows, and its own share.
    expect(s.cells[6]).toEqual([
      EMPTY,
      EMPTY,
      text("Tổng"),
      formula("=SUM(D6:D6)"),
      formula("=SUM(E6:E6)"),
      formula("=SUM(F6:F6)"),
      formula("=SUM(G6:G6)"),
      formula('=IF(AND(ISNUMBER(D7),N(D7)>0),E7/D7,"")'),
    ]);
    // No drop-down and no conditional format: the summary is read, not filled in.
    expect([s.validations, s.rules]).toEqual([[], []]);
  });
  it("ends with the criteria that lost points when the run makes no unit sheets", () => {
    const s = summaryOf(["summary"]);
    expect(s.cells).toHaveLength(15);
    expect(s.linkedCells).toBeNull();
    expect(s.styles.at(-1)).toEqual({ area: { ...row(15), left: 9, right: 9 }, style: "cell" });
  });
});

describe("the summary's units and the criteria that lost points", () => {
  const J = "Phòng Tư pháp";
  // 1.1 loses 1 point, 1.2 loses 2, 1.3 loses 1, 1.4 none. Nội vụ leads 1.1 and 1.2 (3 points at stake); Tư pháp
  // leads 1.2, 1.3 and 1.4 (3 points at stake).
  const s = summaryOf(
    ["summary"],
    [
      ["1", "Cải cách thể chế", 12, 8, 12],
      ["1.1", "A", 4, 3, 4, "t", U],
      ["1.2", "B", 3, 1, 3, "t", `${U}\n${J}`],
      ["1.3", "C", 3, 2, 3, "t", J],
      ["1.4", "D", 2, 2, 2, "t", J],
      [null, "Tổng", 12, 8, 12],
    ],
  );

  it("lists each unit with the criteria it leads and supports and the points lost in those it leads", () => {
    // Section II: its header on row 10, the units on rows 11 and 12.
    expect(s.cells.slice(9, 12)).toEqual([
      [
        "STT",
        "Cơ quan, đơn vị",
        "",
        "Số tiêu chí chủ trì",
        "Số tiêu chí phối hợp",
        "Điểm bị mất thuộc trách nhiệm chủ trì",
      ].map(text),
      [num(1), text(U), EMPTY, num(2), num(0), num(3)],
      [num(2), text(J), EMPTY, num(3), num(0), num(3)],
    ]);
  });
  it("ranks the criteria that lost points, most first, in table order when equal, and leaves out the others", () => {
    // Section III: its header on row 15, the ranked criteria from row 16.
    expect(s.cells[14]).toEqual([...CRITERION_COLUMNS, "", "Đơn vị chủ trì"].map(text));
    expect(s.cells.slice(15).map((r) => [r[0], r[1], r[7], r[8]])).toEqual([
      [num(1), text("1.2"), EMPTY, text(`${U}\n${J}`)],
      [num(2), text("1.1"), EMPTY, text(U)],
      [num(3), text("1.3"), EMPTY, text(J)],
    ]);
    // Each row's points lost from its own D and E.
    expect(s.cells[16][5]).toEqual(formula('=IF(AND(ISNUMBER(D17),ISNUMBER(E17)),MAX(0,D17-E17),"")'));
  });
});

describe("the summary's progress per lead unit", () => {
  const J = "Phòng Tư pháp";
  // Nội vụ leads the one criterion, on row 6 of its sheet "P. Nội vụ"; Tư pháp only supports it, and leads nothing.
  const s = summaryOf(
    ["summary", "assignments"],
    [
      ["1", "Cải cách thể chế", 3, 2, 3],
      ["1.1", "Ban hành văn bản", 3, 2, 3, "- Rà soát", U, J],
      [null, "Tổng", 3, 2, 3],
    ],
  );
  it("counts over the unit's status, deadline and evidence cells, and nothing for a unit that leads none", () => {
    const k = "'P. Nội vụ'!$K$6:$K$6";
    const [j, m] = ["'P. Nội vụ'!$J$6:$J$6", "'P. Nội vụ'!$M$6:$M$6"];
    // Section IV: its header on row 19, the units on rows 20 and 21, the total on row 22.
    expect(s.cells.slice(19)).toEqual([
      [
        num(1),
        text(U),
        EMPTY,
        formula(`=ROWS(${k})`),
        formula(`=COUNTIFS(${k},"Hoàn thành")+COUNTIFS(${k},"Done")`),
        formula(`=COUNTIFS(${k},"Đang thực hiện")+COUNTIFS(${k},"In progress")`),
        formula("=D20-E20-F20"),
        formula(`=COUNTIFS(${j},"<"&TODAY(),${k},"<>Hoàn thành",${k},"<>Done")`),
        formula(`=E20-(COUNTIFS(${k},"Hoàn thành",${m},"<>")+COUNTIFS(${k},"Done",${m},"<>"))`),
      ],
      [num(2), text(J), EMPTY, num(0), num(0), num(0), num(0), num(0), num(0)],
      [EMPTY, text("Tổng"), EMPTY, ...["D", "E", "F", "G", "H", "I"].map((c) => formula(`=SUM(${c}20:${c}21)`))],
    ]);
  });
});

describe("the summary of a plan without units", () => {
  it("closes section IV with zeros for its total, not a sum over its own cell", () => {
    const s = summaryOf(
      ["summary", "assignments"],
      [
        ["1", "Cải cách thể chế", 3, 2, 3],
        ["1.1", "Ban hành văn bản", 3, 2, 3, "- Rà soát"],
        [null, "Tổng", 3, 2, 3],
      ],
    );
    // II: section 9, header 10, no unit; III: section 12, header 13, the criterion 14; IV: section 16, header 17,
    // total 18.
    expect(s.cells).toHaveLength(18);
    // Zeros, not SUM(D18:D17): that range holds the total's own cell, which Excel reports as a circular reference.
    expect(s.cells[17]).toEqual([EMPTY, text("Tổng"), EMPTY, ...Array.from({ length: 6 }, () => num(0))]);
    expect(s.linkedCells).toEqual({ top: 18, bottom: 18, left: 4, right: 9 });
  });
});
