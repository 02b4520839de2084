import { CellArea } from "../core/cells";
import {
  prepareClearHighlights,
  prepareRestore,
  PreparedUndo,
  reconcileState,
  SkippedUnderMerge,
  WorkbookState,
} from "../core/edits";
import { collectedSheets } from "../core/unit-files";
import { runInExcel } from "./run-in-excel";
import { mergesOf, queueMergesRead, queueSeenReads, seenOf, stateRowsOf } from "./queue-reads";
import { Capabilities } from "./requirements";
import {
  queueClearLinks,
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

/**
 * Restore of what was collected from unit files: every assignment sheet's collected cells back as they were. Three
 * syncs: the sheets; the state and every sheet's merges (which sheets hold collected cells is in the state); the writes.
 */
export function restoreCollected(sheet: string, caps: Capabilities): Promise<UndoOutcome> {
  return runInExcel(async (context) => {
    const worksheets = await loadSheetList(context);
    requireListedSheet(worksheets, sheet);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const merges = new Map(worksheets.items.map((w) => [w.name, queueMergesRead(w, caps)]));
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), sheet);
    let nextState = state;
    const skipped: SkippedUnderMerge[] = [];
    for (const name of collectedSheets(state)) {
      const undone = prepareRestore(nextState, name, mergesOf(merges.get(name) ?? null));
      queueClearLinks(worksheets.getItem(name), undone.tableEdits);
      queueTableEdits(worksheets.getItem(name), undone.tableEdits);
      skipped.push(...undone.skipped);
      nextState = undone.nextState;
    }
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), nextState);
    await context.sync();
    return { state: nextState, skipped };
  });
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
    const rules = queueRulesRead(table);
    // No cell a merge now hides is written back (it stays in the backup).
    const merges = queueMergesRead(table, caps);
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), sheet);
    const { tableEdits, skipped, highlights, nextState } = prepare(state, mergesOf(merges));
    queueTableEdits(table, tableEdits);
    if (highlights) {
      queueRemoveOurRules(rules, highlights.rules);
      queueRemoveLooks(table, highlights.legend, highlights.fills);
    }
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), nextState);
    await context.sync();
    return { state: nextState, skipped };
  });
}
