import { analyzeWorkbook, AnalyzeResult } from "./analyze";
import { WorkbookCells } from "./cells";
import { userSheets, WorkbookState } from "./edits";

/**
 * Analyses with what the workbook remembers: the user's choice of header and columns, unit
 * merges and renames, and which sheets are ours (they look like plan tables, so they are
 * never candidates, and assignment sheets must not take the names of the user's sheets).
 */
export function analyzeWithState(
  sheets: WorkbookCells,
  sheetNames: readonly string[],
  state: WorkbookState,
  sheet?: string,
): AnalyzeResult {
  // `sheetNames` as reconcileState gives them: the state sheet is not among them, a user's namesake of it is.
  const own = userSheets(sheetNames, state);
  const layout = state.layout && (sheet === undefined || sheet === state.layout.sheet) ? state.layout : null;
  return analyzeWorkbook(
    sheets.filter((s) => own.includes(s.name)),
    {
      sheet: layout?.sheet ?? sheet,
      layout: layout ? { headerRow: layout.headerRow, columns: layout.columns } : undefined,
      units: state.units,
      reservedSheetNames: own,
    },
  );
}
