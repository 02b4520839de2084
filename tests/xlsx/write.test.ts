/**
 * The ExcelJS side of a run refuses a workbook that no longer has the plan's sheet (say, renamed between reading and
 * writing) in so many words, before it writes anything, rather than failing somewhere inside with a TypeError or
 * writing the generated sheets beside a table it could not find.
 */
import ExcelJS from "exceljs";
import { EMPTY_STATE, OPERATIONS, prepareRun, STATE_SHEET } from "../../src/core/edits";
import { applyToWorkbook, runInputOf } from "../../src/xlsx/write";
import { seedRunInput } from "../core/helpers";
import { tableOf } from "../core/one-criterion";

/** A workbook holding only the user's notes. */
function notesOnly(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Ghi chú").getCell("A1").value = "Hạn nộp: 15/01";
  return workbook;
}

describe("a workbook without the plan's sheet", () => {
  const seed = tableOf();
  const sources = (sheets: readonly (typeof seed)["sheet"][]) => ({
    plan: seed.plan,
    sheets,
    sheetNames: sheets.map((s) => s.name),
    state: EMPTY_STATE,
    operations: new Set(OPERATIONS),
    language: "vi" as const,
  });

  it("is refused when the run's input is read, whether the cells read or the workbook lack the sheet", () => {
    // The cells were read from "Phụ lục", which the workbook no longer has.
    expect(() => runInputOf(notesOnly(), sources([seed.sheet]))).toThrow("sheet not found: Phụ lục");
    const withTable = notesOnly();
    withTable.addWorksheet("Phụ lục");
    expect(() => runInputOf(withTable, sources([]))).toThrow("sheet not found: Phụ lục");
  });

  it("is refused when a run is written, before any sheet is added", () => {
    const run = prepareRun(seedRunInput(seed));
    // One criterion led by one unit: the run drafts its assignment sheet and the summary.
    expect(run.edits.sheets.map((s) => s.kind).sort()).toEqual(["assignment", "summary"]);
    const workbook = notesOnly();
    expect(() => applyToWorkbook(workbook, run, EMPTY_STATE, { name: STATE_SHEET, exists: false })).toThrow(
      "sheet not found: Phụ lục",
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Ghi chú"]);
  });
});
