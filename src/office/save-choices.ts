import { reconcileState, WorkbookState } from "../core/edits";
import { runInExcel } from "./run-in-excel";
import { queueSeenReads, seenOf, stateRowsOf } from "./queue-reads";
import { queueStateWrite } from "./queue-writes";

/** Saves the user's choices (columns, unit merges and renames) into the workbook's state: three syncs. */
export async function saveChoices(change: (state: WorkbookState) => WorkbookState): Promise<WorkbookState> {
  return runInExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    await context.sync();
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    await context.sync();
    const { state, stateSheet } = reconcileState(seenOf(seenReads), null);
    const next = change(state);
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), next);
    await context.sync();
    return next;
  });
}
