/**
 * Collecting unit files into the workbook open in Excel: the cells the preview decided are written into their
 * assignment sheets, and kept in the state's backups so that Restore takes them back. Three syncs whatever the number
 * of files and cells: the sheets; the state and the cells to write as they are now; the writes and the state.
 */
import { reconcileState, WorkbookState } from "../core/edits";
import { CollectWrite, sameContent, stateAfterCollect } from "../core/unit-files";
import { HostError } from "./host-error";
import { queueSeenReads, seenOf, stateRowsOf } from "./queue-reads";
import { queueClearLinks, queueStateWrite, queueTableEdits } from "./queue-writes";
import { Capabilities } from "./requirements";
import { runInExcel } from "./run-in-excel";
import { loadSheetList, requireListedSheet } from "./sheet-list";
import { cellContent } from "./to-cells";

export interface CollectRequest {
  /** The table's sheet: the state follows it. */
  readonly sheet: string;
  readonly writes: readonly CollectWrite[];
}

export async function collectIntoWorkbook(req: CollectRequest, caps: Capabilities): Promise<WorkbookState> {
  return runInExcel(async (context) => {
    const worksheets = await loadSheetList(context);
    requireListedSheet(worksheets, req.sheet);
    const sheets = [...new Set(req.writes.map((w) => w.sheet))];
    for (const sheet of sheets) requireListedSheet(worksheets, sheet);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const cells = req.writes.map((write) => {
      const range = worksheets.getItem(write.sheet).getRangeByIndexes(write.row - 1, write.column - 1, 1, 1);
      range.load("values,formulas,valueTypes,numberFormat");
      // The backup keeps a cell's hyperlink too, so that Restore gives it back (ExcelApi 1.9).
      const links = caps.cellProperties ? range.getCellProperties({ hyperlink: true }) : null;
      return { write, range, links };
    });
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), req.sheet);
    const ours = new Set(state.generated.filter((g) => g.kind === "assignment").map((g) => g.name));
    const notOurs = sheets.filter((s) => !ours.has(s));
    if (notOurs.length) throw new HostError("stale", notOurs.join(", "));
    const now = new Map(
      cells.map(({ write, range, links }) => [
        `${write.sheet}!${write.row}:${write.column}`,
        cellContent(
          {
            values: range.values,
            formulas: range.formulas,
            valueTypes: range.valueTypes,
            numberFormat: range.numberFormat,
            links: links?.value,
          },
          0,
          0,
        ),
      ]),
    );
    const current = (sheet: string, row: number, column: number) => now.get(`${sheet}!${row}:${column}`)!;
    // Someone typed into a cell since the preview: what the user saw is no longer what would be written.
    const changed = req.writes.filter((w) => !sameContent(current(w.sheet, w.row, w.column), w.was));
    if (changed.length) throw new HostError("stale", [...new Set(changed.map((w) => w.sheet))].join(", "));

    for (const sheet of sheets) {
      const writes = req.writes.filter((w) => w.sheet === sheet);
      queueClearLinks(worksheets.getItem(sheet), writes);
      queueTableEdits(worksheets.getItem(sheet), writes);
    }
    const nextState = stateAfterCollect(state, req.writes, current);
    queueStateWrite(worksheets, stateSheet, stateRowsOf(seenReads, stateSheet), nextState);
    await context.sync();
    return nextState;
  });
}
