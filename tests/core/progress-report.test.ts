/**
 * The progress report's frame (src/core/progress/status.ts) on a two-unit plan: which generated sheets it reads, its
 * order with and without the plan table's rows, a sheet read from elsewhere than A1, and a day that is none.
 * Nội vụ leads 1.1 (table row 3), Tư pháp 1.2 (row 4); each unit's criterion is on row 6 of its sheet.
 */
import { CellValue, DateSystem, SheetCells } from "../../src/core/cells";
import { Content, GeneratedSheet } from "../../src/core/edits";
import { serialOfIso } from "../../src/core/progress/dates";
import { hasAssignmentSheets, progressReport } from "../../src/core/progress/status";
import { draftsOf, U } from "./one-criterion";

const J = "Phòng Tư pháp";
const drafts = draftsOf(
  ["assignments"],
  [
    ["1", "Cải cách thể chế", 5, 3, 5],
    ["1.1", "Ban hành văn bản", 3, 2, 3, "t", U],
    ["1.2", "Kiểm tra văn bản", 2, 1, 2, "t", J],
    [null, "Tổng", 5, 3, 5],
  ],
);
const value = (c: Content): CellValue => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null);
/** The unit's sheet as an adapter reads it, `status` typed into row 6, column K. */
function sheetOf(unit: string, status: string | null): SheetCells {
  const draft = drafts.find((d) => d.unit === unit)!;
  const values = draft.cells.map((r, i) => r.map((c, k) => (i === 5 && k === 10 ? status : value(c))));
  return { name: draft.name, top: 1, left: 1, values, merges: [], hiddenRows: [], hiddenColumns: [] };
}
const home: GeneratedSheet = { name: "P. Nội vụ", kind: "assignment", unit: U };
const justice: GeneratedSheet = { name: "P. Tư pháp", kind: "assignment", unit: J };
const summary: GeneratedSheet = { name: "Tổng hợp", kind: "summary", unit: null };
const sheets = new Map([
  ["P. Nội vụ", sheetOf(U, "Hoàn thành")],
  ["P. Tư pháp", sheetOf(J, "Đang thực hiện")],
]);

describe("the progress report's frame", () => {
  it("has assignment sheets to report on only when the state names one with its unit", () => {
    expect([hasAssignmentSheets([]), hasAssignmentSheets([summary]), hasAssignmentSheets([summary, justice])]).toEqual([
      false,
      false,
      true,
    ]);
    expect(hasAssignmentSheets([{ name: "X", kind: "assignment", unit: null }])).toBe(false);
  });
  it("reads the assignment sheets in the state's order, passing over the summary", () => {
    const report = progressReport({
      asOf: "2025-06-30",
      dateSystem: "1900",
      generated: [summary, justice, home],
      sheets,
    });
    expect(report.units.map((u) => [u.name, u.lead.done, u.lead.inProgress])).toEqual([
      [J, 0, 1],
      [U, 1, 0],
    ]);
    expect(report.criteria.map((c) => [c.code, c.row, c.cell])).toEqual([
      ["1.2", null, "K6"],
      ["1.1", null, "K6"],
    ]);
    expect(report.issues).toEqual([]);
  });
  it("lists the criteria in the plan table's order when its rows are known", () => {
    const planRows = new Map([
      ["1.1", 3],
      ["1.2", 4],
    ]);
    for (const generated of [
      [justice, home],
      [home, justice],
    ])
      expect(
        progressReport({ asOf: "2025-06-30", dateSystem: "1900", generated, sheets, planRows }).criteria.map((c) => [
          c.code,
          c.row,
        ]),
      ).toEqual([
        ["1.1", 3],
        ["1.2", 4],
      ]);
  });
  it("reads a sheet whose cells start elsewhere than A1, and names its own cells", () => {
    // Read from the second row (an adapter gives the cells from the first one that holds anything): the status is
    // then in K7.
    const moved = { ...sheetOf(U, "Hoàn thành"), top: 2 };
    const report = progressReport({
      asOf: "2025-06-30",
      dateSystem: "1900",
      generated: [home],
      sheets: new Map([["P. Nội vụ", moved]]),
    });
    expect(report.criteria.map((c) => [c.code, c.status, c.cell, c.evidenceCell])).toEqual([
      ["1.1", "done", "K7", "M7"],
    ]);
  });
  it("counts a criterion with nothing in its status as not started", () => {
    const empty = new Map([["P. Tư pháp", sheetOf(J, null)]]);
    const report = progressReport({ asOf: "2025-06-30", dateSystem: "1900", generated: [justice], sheets: empty });
    expect(report.criteria.map((c) => c.status)).toEqual(["not-started"]);
    expect(report.total).toMatchObject({ total: 1, notStarted: 1, done: 0, inProgress: 0 });
  });
  it("takes a date or an error in the evidence cell as evidence, as the summary's count does", () => {
    // The summary counts documented criteria with COUNTIFS(…, "<>"), which counts every cell not empty: a date or an
    // error value too. A unit that types the day of its report as evidence has documented it.
    const reportWith = (evidence: CellValue) => {
      const sheet = sheetOf(U, "Hoàn thành");
      const values = sheet.values.map((r, i) => (i === 5 ? Object.assign([...r], { 12: evidence }) : r));
      const read = new Map([["P. Nội vụ", { ...sheet, values }]]);
      return progressReport({ asOf: "2025-06-30", dateSystem: "1900", generated: [home], sheets: read });
    };
    const dated = reportWith({ kind: "date", serial: serialOfIso("2024-06-15")! });
    const error = reportWith({ kind: "error", code: "#N/A" });
    expect([dated, error].map((r) => [r.criteria[0].evidence, r.total.doneWithoutEvidence])).toEqual([
      ["15/06/2024", 0],
      ["#N/A", 0],
    ]);
  });
  it("takes a deadline that names no real day as none, never overdue: Excel's 29/02/1900, a number past 9999", () => {
    // The deadline is column J of row 6; "Đang thực hiện" leaves it not done. Serial 1 is 1 January 1900, overdue.
    const reportWith = (deadline: CellValue) => {
      const sheet = sheetOf(J, "Đang thực hiện");
      const values = sheet.values.map((r, i) => (i === 5 ? Object.assign([...r], { 9: deadline }) : r));
      const read = new Map([["P. Tư pháp", { ...sheet, values }]]);
      return progressReport({ asOf: "2025-06-30", dateSystem: "1900", generated: [justice], sheets: read }).criteria[0];
    };
    const read = [{ kind: "date", serial: 1 } as const, { kind: "date", serial: 60 } as const, 60, 1e12].map(
      reportWith,
    );
    expect(read.map((c) => [c.deadline, c.overdue])).toEqual([
      ["1900-01-01", true],
      [null, false],
      [null, false],
      [null, false],
    ]);
  });
  it("counts a deadline typed as a plain number in the workbook's date system, a date as the adapter gave it", () => {
    // In a 1904 workbook 44011 is 30/06/2024, as `J6<TODAY()` and a date format read it; 45473 is that day in 1900's.
    // 60, no day in the 1900 system (its phantom 29/02/1900), is 1 March 1904 there: day 0 is 1 January 1904.
    const reportIn = (dateSystem: DateSystem, deadline: CellValue) => {
      const sheet = sheetOf(J, "Đang thực hiện");
      const values = sheet.values.map((r, i) => (i === 5 ? Object.assign([...r], { 9: deadline }) : r));
      const read = new Map([["P. Tư pháp", { ...sheet, values }]]);
      return progressReport({ asOf: "2024-07-01", dateSystem, generated: [justice], sheets: read }).criteria[0];
    };
    const read = [
      reportIn("1904", 44_011),
      reportIn("1904", { kind: "date", serial: 45_473 }),
      reportIn("1900", 45_473),
      reportIn("1904", 60),
    ];
    expect(read.map((c) => [c.deadline, c.overdue])).toEqual([
      ["2024-06-30", true],
      ["2024-06-30", true],
      ["2024-06-30", true],
      ["1904-03-01", true],
    ]);
  });
  it("counts a status cell holding a date or an error as not started, with no text to report", () => {
    for (const status of [
      { kind: "date", serial: 45_000 },
      { kind: "error", code: "#N/A" },
    ] as const) {
      const sheet = sheetOf(U, null);
      const values = sheet.values.map((r, i) => (i === 5 ? Object.assign([...r], { 10: status }) : r));
      const read = new Map([["P. Nội vụ", { ...sheet, values }]]);
      const report = progressReport({ asOf: "2025-06-30", dateSystem: "1900", generated: [home], sheets: read });
      expect([report.criteria.map((c) => c.status), report.issues]).toEqual([["not-started"], []]);
    }
  });
  it("passes over rows with a number in column A but no code beside it: nothing, TRUE or an error", () => {
    const sheet = sheetOf(U, "Hoàn thành");
    // Below the criterion's row, in the lead section.
    const stray: CellValue[][] = [[7], [8, true], [9, { kind: "error", code: "#REF!" }]];
    const values = [...sheet.values.slice(0, 6), ...stray, ...sheet.values.slice(6)];
    const read = new Map([["P. Nội vụ", { ...sheet, values }]]);
    const report = progressReport({ asOf: "2025-06-30", dateSystem: "1900", generated: [home], sheets: read });
    expect(report.criteria.map((c) => c.code)).toEqual(["1.1"]);
  });
  it("refuses a day that is none", () => {
    expect(() => progressReport({ asOf: "2025-02-30", dateSystem: "1900", generated: [home], sheets })).toThrow(
      RangeError,
    );
  });
});
