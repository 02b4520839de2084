/**
 * What each operation of a run edits (src/core/edits/plan.ts), on the smallest plan with one score written as text
 * ("2,5" in D3): which operations convert it, write subtotals, highlight, make sheets, replace earlier ones; and the
 * notices of a legend with no room and of a task text longer than a cell.
 */
import { CellValue } from "../../src/core/cells";
import { EMPTY_STATE, num, Operation, prepareRun, WorkbookState } from "../../src/core/edits";
import { seedRunInput } from "./helpers";
import { tableOf, U } from "./one-criterion";

const XFD = 16_384;
const ROWS: CellValue[][] = [
  ["1", "Cải cách thể chế", 3, 2.5, 3],
  ["1.1", "Ban hành văn bản", 3, "2,5", 3, "- Rà soát", U],
  [null, "Tổng", 3, 2.5, 3],
];
const runOf = (operations: Operation[], over: Parameters<typeof seedRunInput>[1] = {}, rows = ROWS) =>
  prepareRun(seedRunInput(tableOf(rows), { operations: new Set(operations), ...over }));
const converted = { row: 3, column: 4, content: num(2.5) };

describe("each operation edits only what it is for", () => {
  it("the unit sheets and the summary alone change no table cell", () => {
    const run = runOf(["assignments", "summary"]);
    expect([run.edits.tableEdits, run.edits.highlights]).toEqual([[], null]);
    expect(run.edits.sheets.map((s) => s.kind)).toEqual(["summary", "assignment"]);
  });
  it("the subtotals convert the text score and write the sums, and make no sheet", () => {
    const run = runOf(["subtotals"]);
    expect(run.edits.tableEdits[0]).toEqual(converted);
    expect(run.edits.tableEdits.filter((e) => e.content.kind === "formula")).toHaveLength(6);
    expect([run.edits.highlights, run.edits.sheets]).toEqual([null, []]);
  });
  it("the highlights alone convert the text score too, and write the legend, no sums", () => {
    const run = runOf(["highlights"]);
    expect(run.edits.tableEdits[0]).toEqual(converted);
    expect(run.edits.tableEdits.filter((e) => e.content.kind === "formula")).toEqual([]);
    expect(run.edits.highlights?.legend).toEqual({ top: 1, left: 10, bottom: 4, right: 10 });
    expect(run.edits.notices).toEqual([]);
  });
  it("the highlights make nothing on a table without scores", () => {
    const header = ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì"];
    const rows = [
      ["1", "Cải cách thể chế", 3, "- Rà soát", U],
      [null, "Tổng", 3],
    ];
    const run = prepareRun(seedRunInput(tableOf(rows, header), { operations: new Set(["highlights"]) }));
    expect([run.edits.highlights, run.edits.tableEdits, run.edits.notices]).toEqual([null, [], []]);
  });
  it("the summary alone makes no unit sheet, the unit sheets alone no summary", () => {
    expect(runOf(["summary"]).edits.sheets.map((s) => s.kind)).toEqual(["summary"]);
    expect(runOf(["assignments"]).edits.sheets.map((s) => s.kind)).toEqual(["assignment"]);
  });
  it("a rerun keeps the legend where the last run put it", () => {
    const legend = { top: 1, left: 12, bottom: 4, right: 12 };
    const state: WorkbookState = { ...EMPTY_STATE, highlights: [{ sheet: "Phụ lục", rules: [], fills: [], legend }] };
    expect(runOf(["highlights"], { state }).edits.highlights?.legend).toEqual(legend);
  });
  it("replaces only the earlier sheets of the kinds it makes", () => {
    const earlier: WorkbookState = {
      ...EMPTY_STATE,
      generated: [
        { name: "Tổng hợp", kind: "summary", unit: null },
        { name: "P. Nội vụ", kind: "assignment", unit: U },
      ],
    };
    const run = runOf(["summary"], { state: earlier, sheetNames: ["Phụ lục", "Tổng hợp", "P. Nội vụ"] });
    expect(run.replaces).toEqual(["Tổng hợp"]);
  });
});

describe("the unit sheets' names", () => {
  it("take again the name of an earlier unit sheet whose unit the plan no longer has", () => {
    const gone: WorkbookState = {
      ...EMPTY_STATE,
      generated: [{ name: "P. Nội vụ", kind: "assignment", unit: "Phòng Nội vụ cũ" }],
    };
    const run = runOf(["assignments"], { state: gone, sheetNames: ["Phụ lục", "P. Nội vụ"] });
    expect(run.replaces).toEqual(["P. Nội vụ"]);
    expect(run.edits.sheets.map((s) => [s.name, s.unit])).toEqual([["P. Nội vụ", U]]);
  });
});

describe("what a run tells", () => {
  it("that the legend has no room, at the table's first column, and makes no highlights", () => {
    // Every column right of the table holds something in row 2, and the table starts in A.
    const full = ROWS.map((r, i) => (i === 0 ? [...r, ...Array.from({ length: XFD - r.length }, () => "x")] : r));
    const run = runOf(["highlights"], {}, full);
    expect(run.edits.highlights).toBeNull();
    expect(run.edits.notices).toEqual([{ kind: "no-legend-room", sheet: null, row: 1, column: 1, bottom: 4 }]);
  });
  it("that a task text longer than a cell was cut, naming the criterion", () => {
    const long = "rà soát ".repeat(5_000).trim();
    const rows = [ROWS[0], [...ROWS[1].slice(0, 5), long, U], ROWS[2]];
    const notices = runOf(["assignments"], {}, rows).edits.notices;
    expect(notices).toEqual([
      { kind: "text-cut", sheet: "P. Nội vụ", row: 6, column: 8, length: long.length, code: "1.1" },
    ]);
  });
});
