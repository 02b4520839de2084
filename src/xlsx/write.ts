/** Carries out an edit plan on a workbook with ExcelJS: what `par-index apply` writes to OUT. */
import ExcelJS from "exceljs";
import { highlightsOn, PreparedRun, Reconciled, WorkbookState } from "../core/edits";
import { replaceSheets } from "./write-sheets";
import { writeState } from "./write-state";
import { addHighlights, removeHighlightRules, writeTableEdits } from "./write-table";

export { readState, seenWorkbookOf } from "./write-state";
export { runInputOf } from "./write-input";
export { workbookPackage, writeFileAtomically, writeWorkbookFile } from "./write-file";

/**
 * `previous` is the state the run was prepared from: it names the highlights the last run left; `stateSheet` is
 * where reconcileState found it, or the name it takes.
 */
export function applyToWorkbook(
  workbook: ExcelJS.Workbook,
  run: PreparedRun,
  previous: WorkbookState,
  stateSheet: Reconciled["stateSheet"],
): void {
  const { edits, replaces, nextState } = run;
  const table = workbook.getWorksheet(edits.sheet);
  if (!table) throw new Error(`sheet not found: ${edits.sheet}`);
  writeTableEdits(table, edits.tableEdits);

  if (edits.highlights) {
    // The last run's rules on this sheet go before this run's come; those on other sheets stay theirs.
    const last = highlightsOn(previous, edits.sheet);
    if (last) removeHighlightRules(table, last.rules);
    addHighlights(table, edits.highlights);
  }

  replaceSheets(workbook, replaces, edits.sheets);
  writeState(workbook, nextState, stateSheet);
  // Formulas are written without results: Excel computes them when it opens the file.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}
