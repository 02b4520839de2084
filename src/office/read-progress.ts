/** What the follow-up reads: every assignment sheet's values, in three syncs whatever the plan's size. */
import { CellValue, SheetCells } from "../core/cells";
import { GeneratedSheet, reconcileState } from "../core/edits";
import { runInExcel } from "./run-in-excel";
import { queueSeenReads, seenOf } from "./queue-reads";
import { loadSheetList } from "./sheet-list";

export interface ProgressSheets {
  /** The assignment sheets the state names; those the user deleted too, so that they are reported missing. */
  readonly generated: readonly GeneratedSheet[];
  /** The values of those still in the workbook, by name. Deadlines arrive as serials: the report reads any number so. */
  readonly sheets: ReadonlyMap<string, SheetCells>;
}

/** The sheet list; what tells our sheets from the user's; the assignment sheets' values (only those). */
export async function readProgress(): Promise<ProgressSheets> {
  return runInExcel(async (context) => {
    const worksheets = await loadSheetList(context);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    await context.sync();
    const { state, deleted } = reconcileState(seenOf(seenReads), null);
    const assignments = state.generated.filter((g) => g.kind === "assignment" && g.unit !== null);
    const reads = assignments.map((g) => {
      const used = worksheets.getItem(g.name).getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      return { name: g.name, used };
    });
    await context.sync();
    const sheets = new Map<string, SheetCells>();
    for (const { name, used } of reads) {
      if (used.isNullObject) continue;
      sheets.set(name, {
        name,
        top: used.rowIndex + 1,
        left: used.columnIndex + 1,
        values: used.values.map((row) => row.map(cellValueOf)),
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      });
    }
    return { generated: [...assignments, ...deleted.filter((g) => g.kind === "assignment")], sheets };
  });
}

function cellValueOf(v: unknown): CellValue {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? (v === "" ? null : v) : null;
}
