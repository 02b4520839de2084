import {
  backupOf,
  Content,
  EMPTY,
  prepareClearHighlights,
  prepareRestore,
  PreparedUndo,
  reconcileState,
  SheetNow,
  SkippedCell,
  WorkbookState,
} from "../core/edits";
import { collectedSheets } from "../core/unit-files";
import { runInExcel } from "./run-in-excel";
import { CellArea0, loadCells } from "./read-cells";
import { queueDateSystemRead } from "./date-system";
import { DateSystem } from "../core/cells";
import { cellContent } from "./to-cells";
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

/** What Restore or Clear highlights did: the state saved, and the cells it left as they are (and why). */
export interface UndoOutcome {
  readonly state: WorkbookState;
  readonly skipped: readonly SkippedCell[];
}

/** Restore (Khôi phục): the table's changed cells back as they were, and our highlights there gone. */
export function restoreTable(sheet: string, caps: Capabilities): Promise<UndoOutcome> {
  return undo(sheet, (state, now) => prepareRestore(state, sheet, now), caps);
}

/** Clear highlights on the sheet: our conditional formats, fills and legend there, nothing else. */
export function clearHighlights(sheet: string, caps: Capabilities): Promise<UndoOutcome> {
  return undo(sheet, (state, now) => prepareClearHighlights(state, sheet, now), caps);
}

/**
 * Restore of what was collected from unit files: every assignment sheet's collected cells back as they were. Four
 * syncs: the sheets; the state and every sheet's merges (which sheets hold collected cells is in the state); the
 * collected cells as they are now (more only past Excel on the web's response limit); the writes.
 */
export function restoreCollected(sheet: string, caps: Capabilities): Promise<UndoOutcome> {
  return runInExcel(async (context) => {
    const dateSystem = queueDateSystemRead(context.workbook);
    const worksheets = await loadSheetList(context);
    const dates = dateSystem();
    requireListedSheet(worksheets, sheet);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const merges = new Map(worksheets.items.map((w) => [w.name, queueMergesRead(w, caps)]));
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), sheet);
    const names = collectedSheets(state);
    const contents = await loadBackedUp(context, state, names, dates, caps);
    let nextState = state;
    const skipped: SkippedCell[] = [];
    for (const [i, name] of names.entries()) {
      const now = { merges: mergesOf(merges.get(name) ?? null), contentAt: contents[i] };
      const undone = prepareRestore(nextState, name, now);
      queueClearLinks(worksheets.getItem(name), undone.tableEdits);
      queueTableEdits(worksheets.getItem(name), undone.tableEdits, dates);
      skipped.push(...undone.skipped);
      nextState = undone.nextState;
    }
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), nextState);
    await context.sync();
    return { state: nextState, skipped };
  });
}

/**
 * Four syncs: the sheets; the state, the sheets' tops, the sheet's rules and merges; the backed-up cells as they are
 * now (which cells is in the state; more only past Excel on the web's response limit); the writes. The date system
 * is read with the sheets.
 */
async function undo(
  sheet: string,
  prepare: (state: WorkbookState, now: SheetNow) => PreparedUndo,
  caps: Capabilities,
): Promise<UndoOutcome> {
  return runInExcel(async (context) => {
    const dateSystem = queueDateSystemRead(context.workbook);
    const worksheets = await loadSheetList(context);
    const dates = dateSystem();
    requireListedSheet(worksheets, sheet);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const table = worksheets.getItem(sheet);
    const rules = queueRulesRead(table);
    // No cell a merge now hides is written back (it stays in the backup).
    const merges = queueMergesRead(table, caps);
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), sheet);
    const [contentAt] = await loadBackedUp(context, state, [sheet], dates, caps);
    const { tableEdits, skipped, highlights, legendCells, nextState } = prepare(state, {
      merges: mergesOf(merges),
      contentAt,
    });
    queueTableEdits(table, tableEdits, dates);
    if (highlights) {
      queueRemoveOurRules(rules, highlights.rules);
      queueRemoveLooks(table, legendCells, highlights.fills);
    }
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), nextState);
    await context.sync();
    return { state: nextState, skipped };
  });
}

/**
 * What each sheet's backed-up cells hold now, read column by column over the rows they span (the score columns and
 * the legend's; not the columns between): Restore writes only into a cell that still holds what the run wrote (rows
 * inserted or deleted since move the user's cells into those places). Their number formats tell a date, whose serial
 * the engine compares in the 1900 system. One sync, or one more for each response budget past the first (loadCells).
 */
async function loadBackedUp(
  context: Excel.RequestContext,
  state: WorkbookState,
  sheets: readonly string[],
  dates: DateSystem,
  caps: Capabilities,
): Promise<SheetNow["contentAt"][]> {
  const columns = sheets.map((sheet) => {
    const spans = new Map<number, { top: number; bottom: number }>();
    for (const { row, column } of backupOf(state, sheet)) {
      const span = spans.get(column);
      spans.set(
        column,
        span ? { top: Math.min(span.top, row), bottom: Math.max(span.bottom, row) } : { top: row, bottom: row },
      );
    }
    return [...spans].map(([column, { top, bottom }]): CellArea0 => ({
      sheet,
      rowIndex: top - 1,
      columnIndex: column - 1,
      rowCount: bottom - top + 1,
      columnCount: 1,
    }));
  });
  const properties = ["values", "formulas", "valueTypes", "numberFormat"] as const;
  const loaded = await loadCells(context, columns.flat(), properties, caps.payloadLimitBytes);
  let next = 0;
  return columns.map((areas): SheetNow["contentAt"] => {
    const byColumn = new Map(areas.map((a) => [a.columnIndex + 1, loaded[next++]]));
    return (row, column): Content => {
      const cells = byColumn.get(column);
      return cells ? cellContent(cells, row - 1 - cells.rowIndex, 0, dates) : EMPTY;
    };
  });
}
