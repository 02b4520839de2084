/**
 * What the pane reads to make the files sent to units, and opening each as a new workbook. The read costs three
 * syncs whatever the plan's size: list the sheets; the state and the table; every assignment sheet at once.
 */
import { DateSystem } from "../core/cells";
import { Content, reconcileState, WorkbookState } from "../core/edits";
import { analyzeWithState } from "../core/analyze-with-state";
import { Plan } from "../core/model";
import { queueDateSystemRead } from "./date-system";
import { HostError } from "./host-error";
import {
  queueSeenReads,
  queueSheetLayout,
  queueSheetRead,
  seenOf,
  SHEET_PROPERTIES,
  loadSheetCells,
} from "./queue-reads";
import { Capabilities } from "./requirements";
import { runInExcel } from "./run-in-excel";
import { contentsOfRange } from "./to-cells";
import { loadSheetList, requireListedSheet } from "./sheet-list";

export interface UnitFilesRead {
  readonly plan: Plan;
  readonly state: WorkbookState;
  /** The generated assignment sheets' contents from A1, by sheet name. */
  readonly contents: ReadonlyMap<string, Content[][]>;
  /** Workbook.name (ExcelApi 1.7): a returned file of the same name and plan is the master itself. */
  readonly fileName: string;
  /** The files sent to units are made in it. */
  readonly dateSystem: DateSystem;
}

export async function readUnitFilesSource(sheet: string, caps: Capabilities): Promise<UnitFilesRead> {
  return runInExcel(async (context) => {
    const dateSystem = queueDateSystemRead(context.workbook);
    const worksheets = await loadSheetList(context);
    const dates = dateSystem();
    requireListedSheet(worksheets, sheet);
    const names = worksheets.items.map((w) => w.name);
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const layout = queueSheetLayout(worksheets.getItem(sheet), sheet, caps);
    context.workbook.load("name");
    await context.sync();

    const { state, sheetNames } = reconcileState(seenOf(seenReads), sheet);
    const reads = new Map<string, Excel.Range>();
    for (const g of state.generated) {
      if (g.kind !== "assignment" || !names.includes(g.name)) continue;
      const used = worksheets.getItem(g.name).getUsedRangeOrNullObject(true);
      used.load("values,formulas,valueTypes,numberFormat");
      reads.set(g.name, used);
    }
    // The table's cells with the assignment sheets, in more syncs only past Excel on the web's response limit.
    const tableRead = queueSheetRead(worksheets, layout);
    const [table] = await loadSheetCells(context, [tableRead], SHEET_PROPERTIES, caps.payloadLimitBytes, dates);
    const analysis = analyzeWithState([table.sheet], sheetNames, state, sheet);
    if (!analysis.ok) throw new HostError("no-table", sheet);
    const contents = new Map<string, Content[][]>();
    for (const [name, used] of reads) if (!used.isNullObject) contents.set(name, contentsOfRange(used, dates));
    return { plan: analysis.plan, state, contents, fileName: context.workbook.name, dateSystem: dates };
  });
}

/** Opens an .xlsx (base64) as a new workbook in Excel, which the user saves and sends (ExcelApi 1.8). */
export async function openAsWorkbook(base64: string): Promise<void> {
  try {
    await Excel.createWorkbook(base64);
  } catch (error) {
    throw new HostError("excel", String((error as { code?: string }).code ?? error));
  }
}
