/**
 * Collecting unit files into the workbook open in Excel: the cells the preview decided are written into their
 * assignment sheets, and kept in the state's backups so that Restore takes them back. Three syncs whatever the number
 * of files and cells: the sheets; the state and the cells to write as they are now; the writes and the state; plus
 * one for each 4.75 MB the writes have to be split into (Excel on the web's 5 MB limit, request-size.ts).
 */
import { Content, reconcileState, WorkbookState } from "../core/edits";
import { CollectWrite, sameContent, stateAfterCollect } from "../core/unit-files";
import { queueDateSystemRead } from "./date-system";
import { DateSystem } from "../core/cells";
import { HostError, hostErrorOf } from "./host-error";
import { queueSeenReads, seenOf, stateRowsOf } from "./queue-reads";
import { RequestBatches } from "./request-batches";
import { COMMAND_BYTES, stateWriteBytes, tableEditBytes } from "./request-size";
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
  const written = await runInExcel(async (context) => {
    const dateSystem = queueDateSystemRead(context.workbook);
    const worksheets = await loadSheetList(context);
    const dates = dateSystem();
    requireListedSheet(worksheets, req.sheet);
    const sheets = [...new Set(req.writes.map((w) => w.sheet))];
    for (const sheet of sheets) requireListedSheet(worksheets, sheet);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const read = queueCellReads(worksheets, req.writes, dates, caps);
    await context.sync();

    const { state, stateSheet } = reconcileState(seenOf(seenReads), req.sheet);
    const ours = new Set(state.generated.filter((g) => g.kind === "assignment").map((g) => g.name));
    const notOurs = sheets.filter((s) => !ours.has(s));
    if (notOurs.length) throw new HostError("stale", notOurs.join(", "));
    const current = read();
    // Someone typed into a cell since the preview: what the user saw is no longer what would be written.
    const changed = req.writes.filter((w) => !sameContent(current(w.sheet, w.row, w.column), w.was));
    if (changed.length) throw new HostError("stale", [...new Set(changed.map((w) => w.sheet))].join(", "));

    const nextState = stateAfterCollect(state, req.writes, current);
    try {
      const batches = new RequestBatches(context, caps.payloadLimitBytes);
      await queueCells(worksheets, batches, req.writes, dates);
      const stateRows = stateRowsOf(seenReads, stateSheet);
      await batches.room(stateWriteBytes(nextState, stateRows));
      // The state goes last: once it is written, every cell is.
      queueStateWrite(worksheets, stateSheet, stateRows, nextState);
      await context.sync();
      return { ok: true as const, state: nextState };
    } catch (error) {
      return { ok: false as const, error, before: current, dates };
    }
  });
  if (written.ok) return written.state;
  // A batch failed after earlier ones wrote their cells, and no backup records them: they are put back.
  await putBack(req.writes, written.before, written.dates, caps).catch((e) => {
    throw new HostError("rollback-failed", String(e));
  });
  throw hostErrorOf(written.error);
}

type ContentAt = (sheet: string, row: number, column: number) => Content;

/** Queues the reads of the cells to write; what each holds, once synced. */
function queueCellReads(
  worksheets: Excel.WorksheetCollection,
  cells: readonly { sheet: string; row: number; column: number }[],
  dates: DateSystem,
  caps: Capabilities,
): () => ContentAt {
  const reads = cells.map((cell) => {
    const range = worksheets.getItem(cell.sheet).getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1);
    range.load("values,formulas,valueTypes,numberFormat");
    // The backup keeps a cell's hyperlink too, so that Restore gives it back (ExcelApi 1.9).
    const links = caps.cellProperties ? range.getCellProperties({ hyperlink: true }) : null;
    return { cell, range, links };
  });
  return () => {
    const now = new Map(
      reads.map(({ cell, range, links }) => [
        `${cell.sheet}!${cell.row}:${cell.column}`,
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
          dates,
        ),
      ]),
    );
    return (sheet, row, column) => now.get(`${sheet}!${row}:${column}`)!;
  };
}

/** Each cell's content, its hyperlink taken off first, in as many requests as the budget needs. */
async function queueCells(
  worksheets: Excel.WorksheetCollection,
  batches: RequestBatches,
  cells: readonly { sheet: string; row: number; column: number; content: Content }[],
  dates: DateSystem,
): Promise<void> {
  for (const cell of cells) {
    await batches.room(tableEditBytes(cell.content) + COMMAND_BYTES);
    queueClearLinks(worksheets.getItem(cell.sheet), [cell]);
    queueTableEdits(worksheets.getItem(cell.sheet), [cell], dates);
  }
}

/**
 * Puts back what a failed collect wrote: one sync to see which cells changed, then only those are written (a sheet
 * that refused the write must not be written to again).
 */
async function putBack(
  writes: readonly CollectWrite[],
  before: ContentAt,
  dates: DateSystem,
  caps: Capabilities,
): Promise<void> {
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const read = queueCellReads(worksheets, writes, dates, caps);
    await context.sync();
    const now = read();
    const changed = writes
      .filter((w) => !sameContent(now(w.sheet, w.row, w.column), before(w.sheet, w.row, w.column)))
      .map((w) => ({ ...w, content: before(w.sheet, w.row, w.column) }));
    const batches = new RequestBatches(context, caps.payloadLimitBytes);
    await queueCells(worksheets, batches, changed, dates);
    await context.sync();
  });
}
