import { analyzeWorkbook, AnalyzeResult } from "./analyze";
import { WorkbookCells } from "./cells";
import { userSheets, WorkbookState } from "./edits";

/** Analyses with what the workbook remembers: the user's column choice, unit merges, and which sheets are ours. */
export function analyzeWithState(
  sheets: WorkbookCells,
  sheetNames: readonly string[],
  state: WorkbookState,
  sheet?: string,
): AnalyzeResult {
  const layout = state.layout && state.layout.sheet === sheet ? state.layout : undefined;
  return analyzeWorkbook(sheets, {
    sheet,
    layout,
    units: state.units,
    reservedSheetNames: userSheets(sheetNames, state),
  });
}
