import { CellArea, SheetCells, DateSystem } from "../core/cells";
import { reconcileState, SeenWorkbook, StateNotice, WorkbookState } from "../core/edits";
import { NumberSeparators, queueSeparatorsRead } from "./culture";
import { queueDateSystemRead } from "./date-system";
import { runInExcel } from "./run-in-excel";
import {
  queueSeenReads,
  loadSheetLayouts,
  queueSheetRead,
  seenOf,
  SHEET_PROPERTIES,
  loadSheetCells,
  SheetLayout,
  SheetRead,
  areaToRead,
  topToRead,
} from "./queue-reads";
import { sheetsNeededWhole } from "../core/sheets-needed";
import { CellArea0 } from "./read-cells";
import { Capabilities } from "./requirements";
import { excelCode } from "./host-error";
import { queueSelectionRead, Selection, selectionOf, unreadableSelection } from "./selection";

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
  /** The selected areas, when asked for (scope "selection", to analyse just that). */
  readonly selection: Selection | null;
  /** The separators Excel shows numbers with; null where the host cannot tell (before ExcelApi 1.11). */
  readonly separators: NumberSeparators | null;
}

/** "selection": the active sheet and the user's selection on it. Only this scope reads the selection. */
export type SnapshotScope =
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "active" }
  | { readonly kind: "selection" }
  | { readonly kind: "all" };

/**
 * Three syncs: the sheet list and active sheet; the sheets' layouts and the top of every sheet (the state among
 * them), plus one for each 4.75 MB of requests when looking in very many sheets; the cells, plus one more for each
 * 4.75 MB past the first (Excel on the web's response limit). Looking for the table in every sheet leaves our
 * generated sheets out: they are large and never the user's table. Looking for it ("all", "active") reads a large
 * sheet at its top, and takes one sync more only when that top may hold the plan (readSheets).
 */
export async function readSnapshot(scope: SnapshotScope, caps: Capabilities): Promise<Snapshot> {
  return runInExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    const selected = scope.kind === "selection" ? queueSelectionRead(context, caps) : null;
    const separators = queueSeparatorsRead(context, caps);
    const dates = queueDateSystemRead(context.workbook);
    await context.sync().catch((error: unknown) => {
      throw excelCode(error) === "InvalidSelection" ? unreadableSelection(caps) : error;
    });
    const all = worksheets.items.map((w) => w.name);
    // The state sheet is very hidden: never among the visible sheets, unlike a user's sheet of its name.
    const visible = worksheets.items.filter((w) => w.visibility === "Visible").map((w) => w.name);
    const wanted = scope.kind === "all" ? visible : [scope.kind === "sheet" ? scope.sheet : active.name];
    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const layouts = await loadSheetLayouts(
      context,
      wanted.filter((n) => all.includes(n)),
      caps,
    );
    const seen = seenOf(seenReads);
    const { state, sheetNames, notice } = reconcileState(seen, null);
    const ours = new Set(scope.kind === "all" ? state.generated.map((g) => g.name) : []);
    const searching = scope.kind === "all" || scope.kind === "active";
    const { read, sheets } = await readSheets(
      context,
      layouts.filter((l) => !ours.has(l.name)),
      searching ? state : null,
      dates(),
      caps,
    );
    const activeRead = read.find((r) => r.layout.name === active.name);
    return {
      sheetNames,
      activeSheet: active.name,
      sheets,
      state,
      seen,
      notice,
      // The selection as far as the cells read go: a far cell's whole column selected is not read either.
      selection: selected && activeRead ? selectionOf(selected, areaOf(activeRead.area)) : null,
      separators: separators(),
    };
  });
}

/**
 * Reads the sheets' parts. While the table is searched for (`state` given), a large sheet is read at its top first
 * (topToRead), and whole in one more sync (plus one for each 4.75 MB) only where sheetsNeededWhole says the plan may
 * need it: a large unrelated sheet costs no sync and a few hundred of its rows.
 */
async function readSheets(
  context: Excel.RequestContext,
  layouts: readonly SheetLayout[],
  state: WorkbookState | null,
  dates: DateSystem,
  caps: Capabilities,
): Promise<{ read: SheetRead[]; sheets: SheetCells[] }> {
  const worksheets = context.workbook.worksheets;
  const whole = layouts.map((l) => areaToRead(l));
  const read = layouts.map((l, i) => queueSheetRead(worksheets, l, state ? topToRead(whole[i]) : whole[i]));
  const sheets = (await loadSheetCells(context, read, SHEET_PROPERTIES, caps.payloadLimitBytes, dates)).map(
    (c) => c.sheet,
  );
  const topped = sheets.filter((_, i) => read[i].area !== whole[i]);
  const needed = new Set(state && topped.length ? sheetsNeededWhole(topped, state) : []);
  if (needed.size === 0) return { read, sheets };
  const again = layouts.flatMap((l, i) => (needed.has(l.name) ? [i] : []));
  const reread = again.map((i) => queueSheetRead(worksheets, layouts[i], whole[i]));
  const cells = await loadSheetCells(context, reread, SHEET_PROPERTIES, caps.payloadLimitBytes, dates);
  again.forEach((i, k) => {
    read[i] = reread[k];
    sheets[i] = cells[k].sheet;
  });
  return { read, sheets };
}

/** The part of a sheet read, as a 1-based area. */
function areaOf({ rowIndex, columnIndex, rowCount, columnCount }: CellArea0): CellArea {
  return { top: rowIndex + 1, left: columnIndex + 1, bottom: rowIndex + rowCount, right: columnIndex + columnCount };
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
