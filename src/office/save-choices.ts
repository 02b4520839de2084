import { reconcileState, WorkbookState } from "../core/edits";
import { runInExcel } from "./run-in-excel";
import { queueSeenReads, seenOf, stateRowsOf } from "./queue-reads";
import { queueStateWrite } from "./queue-writes";
import { loadSheetList } from "./sheet-list";

/** Saves the user's choices (columns, unit merges and renames) into the workbook's state: three syncs. */
export async function saveChoices(change: (state: WorkbookState) => WorkbookState): Promise<WorkbookState> {
  return runInExcel(async (context) => {
    const worksheets = await loadSheetList(context);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    await context.sync();
    const { state, stateSheet } = reconcileState(seenOf(seenReads), null);
    const next = change(state);
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), next);
    await context.sync();
    return next;
  });
}
