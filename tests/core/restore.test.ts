/**
 * Restore with the sheet changed since the run (src/core/edits/run.ts): what is put back, what is left because a
 * merge hides it or the user's content is there now, and what stays in the backup; and a run over a state rebuilt
 * from a damaged one, whose unit sheets name their units in capitals.
 */
import {
  BackupCell,
  Content,
  EMPTY_STATE,
  formula,
  num,
  prepareClearHighlights,
  prepareRestore,
  prepareRun,
  text,
  WorkbookState,
} from "../../src/core/edits";
import { seedRunInput } from "./helpers";
import { tableOf, U } from "./one-criterion";

const SHEET = "Phụ lục";
const legend = { top: 1, left: 10, bottom: 4, right: 10 };
// C2's SUM is still there; C3 the user typed over; E2 is now under D2:E2's merge; D4 (a state saved before
// `written` was kept) under C4:D4's; J1, a legend cell, the user typed over; J3, another, is under I3:J3's merge.
const cells: BackupCell[] = [
  { row: 2, column: 3, content: num(7), written: "=SUM(C3:C4)" },
  { row: 3, column: 3, content: num(2), written: 2.5 },
  { row: 2, column: 5, content: text("x"), written: "=SUM(E3:E4)" },
  { row: 4, column: 4, content: num(1) },
  { row: 1, column: 10, content: { kind: "empty" }, written: "Chú thích" },
  { row: 3, column: 10, content: { kind: "empty" }, written: "Chưa đạt" },
];
const state: WorkbookState = {
  ...EMPTY_STATE,
  backups: [{ sheet: SHEET, cells }],
  highlights: [{ sheet: SHEET, rules: [], fills: [], legend }],
};
const d2e2 = { top: 2, left: 4, bottom: 2, right: 5 };
const c4d4 = { top: 4, left: 3, bottom: 4, right: 4 };
const i3j3 = { top: 3, left: 9, bottom: 3, right: 10 };
const now: Record<string, Content> = {
  "2:3": formula("=SUM(C3:C4)"),
  "3:3": text("của tôi"),
  "1:10": text("ghi chú"),
};

describe("Restore on a sheet changed since the run", () => {
  // Made in each test: the mutation run credits a test only with the code it runs itself.
  const restore = () =>
    prepareRestore(state, SHEET, {
      merges: [d2e2, c4d4, i3j3],
      contentAt: (row, column) => now[`${row}:${column}`] ?? { kind: "empty" },
    });
  it("puts back only the cells that still hold what the run wrote and that no merge hides", () => {
    const undo = restore();
    expect(undo.tableEdits).toEqual([{ row: 2, column: 3, content: num(7) }]);
    expect(undo.skipped).toEqual([
      { kind: "changed", row: 3, column: 3 },
      { kind: "merged", row: 2, column: 5, area: d2e2 },
      { kind: "merged", row: 4, column: 4, area: c4d4 },
      { kind: "changed", row: 1, column: 10 },
      { kind: "merged", row: 3, column: 10, area: i3j3 },
    ]);
  });
  it("keeps the others in the backup, a merged-over cell as holding nothing now, and takes the highlights", () => {
    const undo = restore();
    expect(undo.nextState.backups).toEqual([
      {
        sheet: SHEET,
        cells: [cells[1], { ...cells[2], written: "" }, cells[3], cells[4], { ...cells[5], written: "" }],
      },
    ]);
    expect(undo.highlights).toEqual(state.highlights[0]);
    expect(undo.nextState.highlights).toEqual([]);
    // The legend's cell the user typed over keeps its look; the one under a merge does not.
    expect(undo.legendCells).toEqual([
      { row: 2, column: 10 },
      { row: 3, column: 10 },
      { row: 4, column: 10 },
    ]);
  });
});

describe("Clear highlights", () => {
  // The legend J2:J5; J2 holds its title as written; J1 and J6, above and below it in its column, K3 right of it,
  // and C2 hold subtotals.
  const above = { row: 1, column: 10, content: num(1), written: "=SUM(J9)" };
  const sub = { row: 6, column: 10, content: num(3), written: "=SUM(J7:J8)" };
  const right = { row: 3, column: 11, content: num(2), written: "=SUM(K4)" };
  const c2 = { row: 2, column: 3, content: num(7), written: "=SUM(C3:C4)" };
  const title = { row: 2, column: 10, content: { kind: "empty" as const }, written: "Chú thích" };
  const withLegend: WorkbookState = {
    ...EMPTY_STATE,
    backups: [{ sheet: SHEET, cells: [above, c2, title, sub, right] }],
    highlights: [{ sheet: SHEET, rules: [], fills: [], legend: { top: 2, left: 10, bottom: 5, right: 10 } }],
  };
  const written: Record<string, Content> = {
    "1:10": formula("=SUM(J9)"),
    "2:10": text("Chú thích"),
    "6:10": formula("=SUM(J7:J8)"),
    "3:11": formula("=SUM(K4)"),
  };
  const sheetNow = {
    merges: [],
    contentAt: (r: number, c: number) => written[`${r}:${c}`] ?? { kind: "empty" as const },
  };
  it("puts back the legend's cells only, and keeps the subtotals' backup", () => {
    const clear = prepareClearHighlights(withLegend, SHEET, sheetNow);
    expect(clear.tableEdits).toEqual([{ row: 2, column: 10, content: { kind: "empty" } }]);
    expect(clear.nextState.backups).toEqual([{ sheet: SHEET, cells: [above, c2, sub, right] }]);
    expect(clear.nextState.highlights).toEqual([]);
  });
  it("does nothing on a sheet without highlights, and Restore there has no legend", () => {
    const none = { ...withLegend, highlights: [] };
    expect(prepareClearHighlights(none, SHEET, sheetNow)).toEqual({
      tableEdits: [],
      skipped: [],
      highlights: null,
      legendCells: [],
      nextState: none,
    });
    expect(prepareRestore(none, SHEET, sheetNow).legendCells).toEqual([]);
  });
});

describe("a run over an earlier run's state", () => {
  const table = tableOf();
  const operations = new Set(["assignments"] as const);
  const first = prepareRun(seedRunInput(table, { operations }));
  const own = first.edits.sheets[0];
  // Row 6, column K of the unit's sheet: the status it typed.
  const typed = own.cells.map((r, i) => (i === 5 ? r.map((c, k) => (k === 10 ? text("Hoàn thành") : c)) : r));
  const again = (state: WorkbookState, over: Parameters<typeof seedRunInput>[1] = {}) =>
    prepareRun(
      seedRunInput(table, {
        operations,
        state,
        sheetNames: [SHEET, own.name, "Tổng hợp"],
        generatedCells: new Map([[own.name, typed]]),
        ...over,
      }),
    );

  it("replaces the unit's sheet a damaged state rebuilt by its title in place, keeping what the unit typed", () => {
    // The title writes the unit in capitals: that is all a rebuilt state knows of it.
    const summary = { name: "Tổng hợp", kind: "summary" as const, unit: null };
    const rebuilt = {
      ...EMPTY_STATE,
      generated: [{ ...first.nextState.generated[0], unit: U.toUpperCase() }, summary],
    };
    const run = again(rebuilt);
    expect(run.replaces).toEqual([own.name]);
    expect(run.edits.sheets.map((s) => [s.name, s.unit, s.cells[5][10]])).toEqual([[own.name, U, text("Hoàn thành")]]);
    expect(run.nextState.generated).toEqual([summary, { name: own.name, kind: "assignment", unit: U }]);
    // The same without a summary: every sheet the state names is then a unit's.
    const alone = again({ ...rebuilt, generated: [rebuilt.generated[0]] });
    expect(alone.edits.sheets.map((s) => [s.name, s.unit, s.cells[5][10]])).toEqual([
      [own.name, U, text("Hoàn thành")],
    ]);
    expect(alone.nextState.generated).toEqual([{ name: own.name, kind: "assignment", unit: U }]);
  });
  it("keeps the sheets it does not make again, and drops the backup of those it replaces", () => {
    const summary = { name: "Tổng hợp", kind: "summary" as const, unit: null };
    const collected = { sheet: own.name, cells: [{ row: 6, column: 11, content: text(""), written: "Xong" }] };
    const run = again({ ...first.nextState, generated: [...first.nextState.generated, summary], backups: [collected] });
    expect(run.nextState.generated).toEqual([summary, ...first.nextState.generated]);
    expect(run.nextState.backups).toEqual([]);
  });
  it("makes anew, with nothing to keep, a unit's sheet the state names but the user deleted", () => {
    // The adapter reads no cells for a sheet that is gone.
    const run = again(first.nextState, { sheetNames: [SHEET], generatedCells: new Map() });
    expect(run.edits.sheets.map((s) => [s.name, s.cells])).toEqual([[own.name, own.cells]]);
  });
  it("reads the formulas in the table to leave a subtotal that would loop", () => {
    // C3 (the criterion's maximum) holds =C2: the domain's C2 = SUM(C3) would read itself.
    const current = (row: number, column: number): Content =>
      row === 3 && column === 3 ? formula("=C2") : { kind: "empty" };
    const run = prepareRun(seedRunInput(table, { operations: new Set(["subtotals"]), current }));
    expect(run.edits.notices).toEqual([
      { kind: "circular", sheet: null, row: 2, column: 3, through: { row: 3, column: 3, formula: "=C2" } },
    ]);
  });
});
