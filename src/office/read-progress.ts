/** What the follow-up reads: every assignment sheet's values, in three syncs whatever the plan's size. */
import { CellValue, SheetCells, DateSystem } from "../core/cells";
import { GeneratedSheet, reconcileState } from "../core/edits";
import { queueDateSystemRead } from "./date-system";
import { runInExcel } from "./run-in-excel";
import { queueSeenReads, seenOf } from "./queue-reads";
import { numberCell } from "./to-cells";
import { loadSheetList } from "./sheet-list";

export interface ProgressSheets {
  /** The assignment sheets the state names; those the user deleted too, so that they are reported missing. */
  readonly generated: readonly GeneratedSheet[];
  /**
   * The values of those still in the workbook, by name. A date-formatted number arrives as a date (in the 1900
   * system); any other number as the workbook holds it, which the report reads as a deadline in `dateSystem`.
   */
  readonly sheets: ReadonlyMap<string, SheetCells>;
  readonly dateSystem: DateSystem;
}

/**
 * The sheet list and the date system; what tells our sheets from the user's; the assignment sheets' values (only
 * those), and their number formats in a workbook in the 1904 date system, where they tell the dates to turn.
 */
export async function readProgress(): Promise<ProgressSheets> {
  return runInExcel(async (context) => {
    const dateSystem = queueDateSystemRead(context.workbook);
    const worksheets = await loadSheetList(context);
    const dates = dateSystem();
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    await context.sync();
    const { state, deleted } = reconcileState(seenOf(seenReads), null);
    const assignments = state.generated.filter((g) => g.kind === "assignment" && g.unit !== null);
    const reads = assignments.map((g) => {
      const used = worksheets.getItem(g.name).getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      if (dates === "1904") used.load("numberFormat");
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
        values: used.values.map((row, r) => row.map((v, c) => cellValueOf(v, r, c, used, dates))),
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      });
    }
    const generated = [...assignments, ...deleted.filter((g) => g.kind === "assignment")];
    return { generated, sheets, dateSystem: dates };
  });
}

/**
 * A number in a date format is a date, counted in the 1900 system; any other stays as the workbook holds it. In the
 * 1900 system the formats are not loaded: a date's serial is the number itself, and the report reads it so.
 */
function cellValueOf(v: unknown, r: number, c: number, used: Excel.Range, dates: DateSystem): CellValue {
  if (typeof v === "number") return dates === "1904" ? numberCell(v, used.numberFormat[r][c], dates) : v;
  return typeof v === "string" || typeof v === "boolean" ? (v === "" ? null : v) : null;
}
