import {
  adoptRenamedTable,
  prepareClearHighlights,
  prepareRestore,
  PreparedUndo,
  STATE_SHEET,
  WorkbookState,
} from "../core/edits";
import { HostError } from "./host-error";
import { runInExcel } from "./run-in-excel";
import { queueStateRead, stateOf, stateRowsOf } from "./queue-reads";
import { Capabilities } from "./requirements";
import {
  queueRemoveLooks,
  queueRemoveOurRules,
  queueRulesRead,
  queueStateWrite,
  queueTableEdits,
} from "./queue-writes";

/** Restore (Khôi phục): the table's changed cells back as they were, and our highlights there gone. */
export function restoreTable(sheet: string, caps: Capabilities): Promise<WorkbookState> {
  return undo(sheet, (state) => prepareRestore(state, sheet), caps);
}

/** Clear highlights on the sheet: our conditional formats, fills and legend there, nothing else. */
export function clearHighlights(sheet: string, caps: Capabilities): Promise<WorkbookState> {
  return undo(sheet, (state) => prepareClearHighlights(state, sheet), caps);
}

/** Three syncs: the sheets; the state and the sheet's rules; the writes. */
async function undo(
  sheet: string,
  prepare: (state: WorkbookState) => PreparedUndo,
  caps: Capabilities,
): Promise<WorkbookState> {
  return runInExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const names = worksheets.items.map((w) => w.name);
    if (!names.includes(sheet)) throw new HostError("sheet-missing", sheet);
    const stateRange = queueStateRead(worksheets, names);
    const table = worksheets.getItem(sheet);
    const rules = caps.conditionalFormats ? queueRulesRead(table) : null;
    await context.sync();

    const state = adoptRenamedTable(stateOf(stateRange), names, sheet);
    const { tableEdits, highlights, nextState } = prepare(state);
    queueTableEdits(table, tableEdits);
    if (highlights) {
      if (rules) queueRemoveOurRules(rules, highlights.rules);
      queueRemoveLooks(table, highlights.legend, highlights.fills);
    }
    const stateRows = stateRowsOf(stateRange);
    queueStateWrite(worksheets, names.includes(STATE_SHEET), stateRows, nextState);
    await context.sync();
    return nextState;
  });
}
