import { STATE_SHEET, WorkbookState } from "../core/edits";
import { runInExcel } from "./run-in-excel";
import { queueStateRead, stateOf, stateRowsOf } from "./queue-reads";
import { queueStateWrite } from "./queue-writes";

/** Saves the user's choices (columns, unit merges and renames) into the workbook's state: three syncs. */
export async function saveChoices(change: (state: WorkbookState) => WorkbookState): Promise<WorkbookState> {
  return runInExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const names = worksheets.items.map((w) => w.name);
    const stateRange = queueStateRead(worksheets, names);
    await context.sync();
    const next = change(stateOf(stateRange));
    const rows = stateRowsOf(stateRange);
    queueStateWrite(worksheets, names.includes(STATE_SHEET), rows, next);
    await context.sync();
    return next;
  });
}
