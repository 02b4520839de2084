/**
 * Split and collect within the core, on a two-unit plan: the files sent, a unit typing into its own, and what
 * collecting them into the open workbook takes, writes, keeps for Restore and reports. No adapter: the grids are the
 * drafts' cells, as an adapter would read them back.
 */
import { Content, EMPTY, EMPTY_STATE, prepareRun, SheetDraft, text } from "../../src/core/edits";
import {
  collectedSheets,
  collectReportLines,
  masterPlanOf,
  previewCollect,
  ReturnedFile,
  shownProgress,
  skipReasonText,
  stateAfterCollect,
  unitFileName,
  unitFilesOf,
} from "../../src/core/unit-files";
import { unitFilesMessagesFor } from "../../src/i18n/unit-files";
import { seedRunInput } from "../core/helpers";
import { J, tableOf, TWO_UNITS, U } from "../core/one-criterion";

/** Made from a workbook in the 1900 date system. */
const SENT = { language: "vi", planName: "KH", dateSystem: "1900" } as const;
const { plan, sheet: table } = tableOf(TWO_UNITS);
const run = prepareRun(seedRunInput({ plan, sheet: table }, { operations: new Set(["assignments"]) }));
const state = run.nextState;
const contents = new Map(run.edits.sheets.map((d: SheetDraft) => [d.name, d.cells]));
const files = unitFilesOf({ plan, state, contents: (s) => contents.get(s) ?? null, ...SENT });
const report = unitFilesMessagesFor("vi").report;

/** The unit's file as it comes back: `typed` put into its lead criterion's row (row 6) by column. */
function returned(name: string, unit: string, typed: Record<number, Content>): ReturnedFile {
  const { draft, mark } = files.find((f) => f.mark.unit === unit)!;
  const grid = draft.cells.map((line, r) => (r === 5 ? line.map((c, i) => typed[i + 1] ?? c) : line));
  const title = draft.cells[0][0].kind === "text" ? draft.cells[0][0].text : null;
  return { file: name, kind: "read", workbook: { sheets: [{ name: draft.name, grid, title }], mark, state: null } };
}
// Excel gives the open workbook's name with or without its extension.
const master = { plan, state, contents, fileName: "KH", dateSystem: "1900" as const };

describe("the unit files sent", () => {
  it("are one per unit, named by its sheet, carrying the plan's identity", () => {
    expect(files.map((f) => [f.draft.name, f.mark.unit, f.mark.sheet, f.mark.planId])).toEqual([
      ["P. Nội vụ", U, "P. Nội vụ", state.planId],
      ["P. Tư pháp", J, "P. Tư pháp", state.planId],
    ]);
    expect(files.map((f) => unitFileName(f.draft.name))).toEqual(["P. Nội vụ.xlsx", "P. Tư pháp.xlsx"]);
    // Before the first run, the names the plan gives the units' sheets.
    const before = unitFilesOf({ plan, state: EMPTY_STATE, contents: () => null, ...SENT });
    expect(before.map((f) => [f.draft.name, f.mark.planId])).toEqual([
      ["P. Nội vụ", null],
      ["P. Tư pháp", null],
    ]);
    expect(unitFileName('Tổ 1/2: "A"?. ')).toBe("Tổ 1_2_ _A__.xlsx");
  });
});

describe("collecting into the open workbook", () => {
  const done = text("Hoàn thành");
  it("writes what a unit typed into its sheet, keeps the cells' originals for Restore, and skips what it cannot take", () => {
    const { collected, writes } = previewCollect(master, [
      returned("nv.xlsx", U, { 11: done }),
      { file: "cu.xls", kind: "unreadable", reason: "legacy-xls" },
      {
        file: "kh.xlsx",
        kind: "read",
        workbook: { sheets: [], mark: null, state: { planId: state.planId, generated: [] } },
      },
    ]);
    expect(collected.taken.map((t) => [t.file, t.unit, t.masterSheet])).toEqual([["nv.xlsx", U, "P. Nội vụ"]]);
    expect(writes).toEqual([{ sheet: "P. Nội vụ", row: 6, column: 11, field: "status", content: done, was: EMPTY }]);
    expect(collectReportLines(collected, "vi")).toEqual([
      report.skipped("cu.xls", report.reasons.legacyXls),
      report.skipped("kh.xlsx", report.reasons.isMaster),
    ]);
    const after = stateAfterCollect(state, writes, () => EMPTY);
    expect(after.backups.find((b) => b.sheet === "P. Nội vụ")?.cells).toEqual([
      { row: 6, column: 11, content: EMPTY, written: "Hoàn thành" },
    ]);
    expect([collectedSheets(state), collectedSheets(after)]).toEqual([[], ["P. Nội vụ"]]);
  });
  it("takes a unit's later file over its earlier one, in the order of the files", () => {
    const { collected, writes } = previewCollect(master, [
      returned("nv-1.xlsx", U, { 11: text("Đang thực hiện") }),
      returned("tp.xlsx", J, { 11: done }),
      returned("nv-2.xlsx", U, { 11: done }),
    ]);
    expect(collected.taken.map((t) => t.file)).toEqual(["tp.xlsx", "nv-2.xlsx"]);
    expect(collected.skipped).toEqual([
      { file: "nv-1.xlsx", reason: { kind: "superseded", unit: U, by: "nv-2.xlsx" } },
    ]);
    expect(writes.map((w) => [w.sheet, w.content])).toEqual([
      ["P. Tư pháp", done],
      ["P. Nội vụ", done],
    ]);
  });
  it("keeps each sheet's written cells in that sheet's backup only", () => {
    const { writes } = previewCollect(master, [
      returned("nv.xlsx", U, { 11: done }),
      returned("tp.xlsx", J, { 12: text("Kế hoạch số 15/KH-TP") }),
    ]);
    const after = stateAfterCollect(state, writes, () => EMPTY);
    // Status (K) on one, result (L) on the other.
    expect(after.backups.map((b) => [b.sheet, b.cells.map((c) => [c.row, c.column])])).toEqual([
      ["P. Nội vụ", [[6, 11]]],
      ["P. Tư pháp", [[6, 12]]],
    ]);
  });
  it("tells a code of the unit's file that its master sheet no longer lists, and whether the plan still has it", () => {
    /** U's file with its criterion's code, in B6, changed to `code`. */
    const recoded = (code: string): ReturnedFile => {
      const file = returned("nv.xlsx", U, {});
      if (file.kind !== "read") throw new Error("unread");
      const [sheet] = file.workbook.sheets;
      const grid = sheet.grid.map((line, r) => (r === 5 ? line.map((c, i) => (i === 1 ? text(code) : c)) : line));
      return { ...file, workbook: { ...file.workbook, sheets: [{ ...sheet, grid }] } };
    };
    const strays = (code: string) => previewCollect(master, [recoded(code)]).collected.taken[0].merge.strayCodes;
    // 1.2 is Phòng Tư pháp's: in the plan, not on Phòng Nội vụ's sheet.
    expect(strays("1.2")).toEqual([{ code: "1.2", inPlan: true }]);
    expect(strays("9.9")).toEqual([{ code: "9.9", inPlan: false }]);
  });
  it("knows only the assignment sheets the workbook still has", () => {
    const names = ["Phụ lục", "P. Tư pháp"];
    expect(masterPlanOf(plan, state, names)).toEqual({
      planId: state.planId,
      tableSheet: "Phụ lục",
      units: new Set([U, J]),
      unitSheets: new Map([[J, "P. Tư pháp"]]),
    });
    // The summary is no unit's sheet.
    const withSummary = prepareRun(
      seedRunInput({ plan, sheet: table }, { operations: new Set(["assignments", "summary"]) }),
    );
    const summary = withSummary.edits.sheets.find((d) => d.kind === "summary")!.name;
    expect(masterPlanOf(plan, withSummary.nextState, [...names, "P. Nội vụ", summary]).unitSheets).toEqual(
      new Map([
        [U, "P. Nội vụ"],
        [J, "P. Tư pháp"],
      ]),
    );
  });
});

describe("the open workbook's own file among those picked", () => {
  /** A file with `planId`'s state and no mark, as a copy of a plan, or the plan itself, reads. */
  const copy = (file: string, planId: string | null): ReturnedFile => ({
    file,
    kind: "read",
    workbook: { sheets: [], mark: null, state: { planId, generated: [] } },
  });
  const reasonsOf = (open: typeof master, files: ReturnedFile[]) =>
    previewCollect(open, files).collected.skipped.map((s) => [
      s.file,
      s.reason.kind === "unreadable" ? s.reason.reason : s.reason.kind,
    ]);
  it("is the file of the same plan under the workbook's name, in any letter case, with or without its extension", () => {
    expect(
      reasonsOf(master, [
        copy("kh.XLSX", state.planId),
        copy("KH cũ.xlsx", state.planId),
        copy("KH.xlsx", "0123456789abcdef"),
      ]),
    ).toEqual([
      ["kh.XLSX", "is-master"],
      // Another name: a copy of the plan, with no unit sheet to take.
      ["KH cũ.xlsx", "unrecognised"],
      ["KH.xlsx", "other-plan"],
    ]);
    // Excel's name of a workbook saved in the older format, KH.xls, is the same name.
    expect(reasonsOf({ ...master, fileName: "KH.xls" }, [copy("KH.xlsx", state.planId)])).toEqual([
      ["KH.xlsx", "is-master"],
    ]);
  });
  it("is not a file whose name differs by more than its letter case and extension", () => {
    const named = (fileName: string, file: string) => reasonsOf({ ...master, fileName }, [copy(file, state.planId)]);
    // ".xlsx" inside a name is part of it.
    expect(named("KH.xlsx bản 2", "KH bản 2.xlsx")).toEqual([["KH bản 2.xlsx", "unrecognised"]]);
    // ß is no double s, though their capitals are alike.
    expect(named("Straße", "STRASSE.xlsx")).toEqual([["STRASSE.xlsx", "unrecognised"]]);
  });
  it("is not a file of no plan identity when the workbook has none either: nothing says it is the same plan", () => {
    const before = { ...master, state: { ...state, planId: null } };
    expect(reasonsOf(before, [copy("KH.xlsx", null)])).toEqual([["KH.xlsx", "unrecognised"]]);
  });
});

describe("collect's report in words", () => {
  it.each([
    [{ kind: "other-plan" }, report.reasons.otherPlan],
    [{ kind: "unit-not-in-plan", unit: J }, report.reasons.unitNotInPlan(J)],
    [{ kind: "no-unit-sheet", unit: J }, report.reasons.noUnitSheet(J)],
    [{ kind: "sheet-missing", unit: J, sheet: "TP" }, report.reasons.sheetMissing(J, "TP")],
    [{ kind: "unrecognised" }, report.reasons.unrecognised],
    [{ kind: "superseded", unit: J, by: "b.xlsx" }, report.reasons.superseded(J, "b.xlsx")],
    [{ kind: "unreadable", reason: "not-found" }, report.reasons.notFound],
    [{ kind: "unreadable", reason: "csv" }, report.reasons.csv],
    [{ kind: "unreadable", reason: "not-xlsx" }, report.reasons.notXlsx],
    [{ kind: "unreadable", reason: "encrypted" }, report.reasons.encrypted],
    [{ kind: "unreadable", reason: "damaged" }, report.reasons.damaged],
    [{ kind: "unreadable", reason: "too-large" }, report.reasons.tooLarge],
  ] as const)("gives %j its reason", (reason, words) => {
    expect(skipReasonText(reason, "vi")).toBe(words);
  });
  it("shows a deadline's serial as its date, other numbers and contents as they are", () => {
    // 45838 is 30 June 2025 (45658 is 1 January 2025, 180 days before).
    expect(shownProgress({ kind: "number", value: 45838 }, "deadline", report, "1900")).toBe("30/06/2025");
    expect(shownProgress({ kind: "number", value: 0.5 }, "deadline", report, "1900")).toBe("0.5");
    // Serial 1 is 1 January 1900; 60 is Excel's 29 February 1900, no day of the calendar; 1e12 is past 9999.
    expect([1, 60, 1e12].map((value) => shownProgress({ kind: "number", value }, "deadline", report, "1900"))).toEqual([
      "01/01/1900",
      "60",
      "1000000000000",
    ]);
    expect(shownProgress({ kind: "number", value: 45838 }, "result", report, "1900")).toBe("45838");
    expect(shownProgress(EMPTY, "status", report, "1900")).toBe("(trống)");
    expect(shownProgress(text("Xong"), "status", report, "1900")).toBe("Xong");
    expect(shownProgress({ kind: "formula", formula: "=TODAY()" }, "deadline", report, "1900")).toBe("=TODAY()");
    expect(shownProgress({ kind: "boolean", value: true }, "result", report, "1900")).toBe("TRUE");
  });
  it("shows a deadline held as a plain number as the day it is in the workbook's date system", () => {
    // 44011 is 30 June 2024 in a 1904 workbook; a date-formatted number arrives in the 1900 system (45473) already.
    expect(shownProgress({ kind: "number", value: 44011 }, "deadline", report, "1904")).toBe("30/06/2024");
    const dated = { kind: "number", value: 45473, format: "dd/mm/yyyy" } as const;
    expect(shownProgress(dated, "deadline", report, "1904")).toBe("30/06/2024");
    expect(shownProgress(dated, "deadline", report, "1900")).toBe("30/06/2024");
    expect(shownProgress({ kind: "number", value: 44011, format: "0" }, "deadline", report, "1904")).toBe("30/06/2024");
  });
});
