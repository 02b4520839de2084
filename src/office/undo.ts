import { CellArea } from "../core/cells";
import {
  prepareClearHighlights,
  prepareRestore,
  PreparedUndo,
  reconcileState,
  SkippedUnderMerge,
  WorkbookState,
} from "../core/edits";
import { runInExcel } from "./run-in-excel";
import { mergesOf, queueMergesRead, queueSeenReads, seenOf, stateRowsOf } from "./queue-reads";
import { Capabilities } from "./requirements";
import {
  queueRemoveLooks,
  queueRemoveOurRules,
  queueRulesRead,
  queueStateWrite,
  queueTableEdits,
} from "./queue-writes";
import { loadSheetList, requireListedSheet } from "./sheet-list";

/** What Restore or Clear highlights did: the state saved, and the cells a merge kept it from putting back. */
export interface UndoOutcome {
  readonly state: WorkbookState;
  readonly skipped: readonly SkippedUnderMerge[];
}

/** Restore (Khôi phục): the table's changed cells back as they were, and our highlights there gone. */
export function restoreTable(sheet: string, caps: Capabilities): Promise<UndoOutcome> {
  return undo(sheet, (state, merges) => prepareRestore(state, sheet, merges), caps);
}

/** Clear highlights on the sheet: our conditional formats, fills and legend there, nothing else. */
export function clearHighlights(sheet: string, caps: Capabilities): Promise<UndoOutcome> {
  return undo(sheet, (state, merges) => prepareClearHighlights(state, sheet, merges), caps);
}

/** Three syncs: the sheets; the state, the sheets' tops and the sheet's rules; the writes. */
async function undo(
  sheet: string,
  prepare: (state: WorkbookState, merges: readonly CellArea[]) => PreparedUndo,
  caps: Capabilities,
): Promise<UndoOutcome> {
  return runInExcel(async (context) => {
    const worksheets = await loadSheetList(context);
    requireListedSheet(worksheets, sheet);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const table = worksheets.getItem(sheet);
    const rules = caps.conditionalFormats ? queueRulesRead(table) : null;
    // No cell a merge now hides is written back (it stays in the backup).
    const merges = queueMergesRead(table, caps);
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), sheet);
    const { tableEdits, skipped, highlights, nextState } = prepare(state, mergesOf(merges));
    queueTableEdits(table, tableEdits);
    if (highlights) {
      if (rules) queueRemoveOurRules(rules, highlights.rules);
      queueRemoveLooks(table, highlights.legend, highlights.fills);
    }
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), nextState);
    await context.sync();
    return { state: nextState, skipped };
  });
}
