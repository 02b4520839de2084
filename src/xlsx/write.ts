/** Carries out an edit plan on a workbook with ExcelJS: what `par-index apply` writes to OUT. */
import ExcelJS from "exceljs";
import { adoptRenamedTable, PreparedRun } from "../core/edits";
import { replaceSheets } from "./write-sheets";
import { readState, writeState } from "./write-state";
import { addHighlights, removeHighlightRules, writeTableEdits } from "./write-table";

export { readState } from "./write-state";
export { runInputOf } from "./write-input";
export { writeWorkbookFile } from "./write-file";

export function applyToWorkbook(workbook: ExcelJS.Workbook, run: PreparedRun): void {
  const { edits, replaces, nextState } = run;
  const table = workbook.getWorksheet(edits.sheet);
  if (!table) throw new Error(`sheet not found: ${edits.sheet}`);
  writeTableEdits(table, edits.tableEdits);

  if (edits.highlights) {
    // The state still describes the last run: its rules go before this run's come.
    const names = workbook.worksheets.map((ws) => ws.name);
    const previous = adoptRenamedTable(readState(workbook), names, edits.sheet).highlights;
    const previousSheet = previous && workbook.getWorksheet(previous.sheet);
    if (previous && previousSheet) removeHighlightRules(previousSheet, previous.rules);
    addHighlights(table, edits.highlights);
  }

  replaceSheets(workbook, replaces, edits.sheets);
  writeState(workbook, nextState);
  // Formulas are written without results: Excel computes them when it opens the file.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}
