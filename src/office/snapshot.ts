import { CellArea, SheetCells } from "../core/cells";
import { reconcileState, SeenWorkbook, StateNotice, WorkbookState } from "../core/edits";
import { NumberSeparators, queueSeparatorsRead } from "./culture";
import { runInExcel } from "./run-in-excel";
import { queueSeenReads, queueSheetRead, seenOf, sheetCellsOf } from "./queue-reads";
import { Capabilities } from "./requirements";
import { areaOfAddress } from "./to-cells";

/** What the pane knows of the workbook after reading it. */
export interface Snapshot {
  /** The user's sheets (not ours), in tab order. */
  readonly sheetNames: readonly string[];
  readonly activeSheet: string;
  /** The sheet read, or every sheet of the user's when asked to find the table. */
  readonly sheets: readonly SheetCells[];
  /** The state as reconciled before the table is known (reconcileState with `seen` and the table gives the rest). */
  readonly state: WorkbookState;
  readonly seen: SeenWorkbook;
  readonly notice: StateNotice | null;
  /** The selected range, when asked for (to analyse just that). */
  readonly selection: { readonly sheet: string; readonly area: CellArea } | null;
  /** The separators Excel shows numbers with; null where the host cannot tell (before ExcelApi 1.11). */
  readonly separators: NumberSeparators | null;
}

export type SnapshotScope =
  { readonly kind: "sheet"; readonly sheet: string } | { readonly kind: "active" } | { readonly kind: "all" };

/** Two syncs: the sheet list and active sheet; then the cells, the state and the top of every sheet. */
export async function readSnapshot(scope: SnapshotScope, caps: Capabilities): Promise<Snapshot> {
  return runInExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    const selection = context.workbook.getSelectedRange();
    selection.load("address");
    const separators = queueSeparatorsRead(context, caps);
    await context.sync();
    const all = worksheets.items.map((w) => w.name);
    // The state sheet is very hidden: never among the visible sheets, unlike a user's sheet of its name.
    const visible = worksheets.items.filter((w) => w.visibility === "Visible").map((w) => w.name);
    const wanted = scope.kind === "all" ? visible : [scope.kind === "sheet" ? scope.sheet : active.name];
    const reads = wanted
      .filter((n) => all.includes(n))
      .map((n) => queueSheetRead(worksheets.getItem(n), n, caps, false));
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    await context.sync();
    const seen = seenOf(seenReads);
    const { state, sheetNames, notice } = reconcileState(seen, null);
    const sheets = reads.map(sheetCellsOf);
    const address = selection.address;
    return {
      sheetNames,
      activeSheet: active.name,
      sheets,
      state,
      seen,
      notice,
      selection: address.includes("!") ? { sheet: sheetOfAddress(address), area: areaOfAddress(address) } : null,
      separators: separators(),
    };
  });
}

function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Selects a cell of the table (a problem's place) and brings its sheet forward: one sync. */
export async function selectCell(sheet: string, row: number, column: number): Promise<void> {
  await runInExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRangeByIndexes(row - 1, column - 1, 1, 1).select();
    await context.sync();
  });
}

/** Opens a generated sheet: one sync. */
export async function openSheet(sheet: string): Promise<void> {
  await runInExcel(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}
