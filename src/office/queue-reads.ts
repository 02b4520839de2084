import { CellArea, CellValue, SheetCells } from "../core/cells";
import {
  IDENTITY_COLUMNS,
  IDENTITY_ROWS,
  Reconciled,
  SeenWorkbook,
  SheetVisibility,
  stateCandidates,
} from "../core/edits";
import { Capabilities } from "./requirements";
import { areaOfAddress, toSheetCells } from "./to-cells";

/** Queued loads of one sheet's used range; read after the next sync. */
export interface SheetRead {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
  /** The visible cells of the used range's first column and first row: what is missing there is hidden. */
  readonly visibleRows: Excel.RangeView;
  readonly visibleColumns: Excel.RangeView;
}

/**
 * Queues the loads the engine needs of a sheet: values, formats (dates), types (errors), merged areas, hidden
 * rows and columns; and formulas, for the backup, when the table is about to change.
 */
export function queueSheetRead(
  sheet: Excel.Worksheet,
  name: string,
  caps: Capabilities,
  withFormulas: boolean,
): SheetRead {
  // A blank sheet's used range is A1: never a null object, so the calls below need no guard.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
  if (withFormulas) used.load("formulas");
  const merges = queueMergesRead(sheet, caps);
  const visibleRows = used.getColumn(0).getVisibleView();
  visibleRows.load("cellAddresses");
  const visibleColumns = used.getRow(0).getVisibleView();
  visibleColumns.load("cellAddresses");
  return { name, used, merges, visibleRows, visibleColumns };
}

/**
 * Queues the read of a sheet's merged areas, the whole sheet's: Excel lists only the merges whose top-left cell lies
 * in the range asked about (OfficeDev/office-js#3611), and a merge starting above or left of the used range hides
 * cells inside it. Null where the host cannot read merges (ExcelApi 1.13).
 */
export function queueMergesRead(sheet: Excel.Worksheet, caps: Capabilities): Excel.RangeAreas | null {
  if (!caps.mergedAreas) return null;
  const merges = sheet.getRange().getMergedAreasOrNullObject();
  merges.load("areas/items/address");
  return merges;
}

/** The merged areas read by queueMergesRead. */
export function mergesOf(read: Excel.RangeAreas | null): CellArea[] {
  return read && !read.isNullObject ? read.areas.items.map((a) => areaOfAddress(a.address)) : [];
}

export function sheetCellsOf(read: SheetRead): SheetCells {
  const merges = mergesOf(read.merges);
  const { rowIndex, columnIndex, values } = read.used;
  const shownRows = new Set(read.visibleRows.cellAddresses.map((line) => areaOfAddress(line[0]).top));
  const shownColumns = new Set((read.visibleColumns.cellAddresses[0] ?? []).map((a) => areaOfAddress(a).left));
  const rows = Array.from({ length: values.length }, (_, i) => rowIndex + 1 + i);
  const columns = Array.from({ length: values[0]?.length ?? 0 }, (_, i) => columnIndex + 1 + i);
  return toSheetCells(read.name, read.used, {
    merges,
    hiddenRows: rows.filter((r) => !shownRows.has(r)),
    hiddenColumns: columns.filter((c) => !shownColumns.has(c)),
  });
}

/** A sheet as the first sync of an operation lists it. */
export interface ListedSheet {
  readonly name: string;
  readonly visibility: string;
}

/** Queued loads of what reconcileState needs; read after the next sync. */
export interface SeenReads {
  readonly listed: readonly ListedSheet[];
  /** Column A of the sheets that may hold the state; the top cells of every other sheet. */
  readonly state: ReadonlyMap<string, Excel.Range>;
  readonly tops: ReadonlyMap<string, Excel.Range>;
}

/** Queues the reads of what tells our sheets from the user's: no sync of its own. */
export function queueSeenReads(worksheets: Excel.WorksheetCollection, listed: readonly ListedSheet[]): SeenReads {
  const candidates = new Set(stateCandidates(listed));
  const state = new Map<string, Excel.Range>();
  const tops = new Map<string, Excel.Range>();
  for (const { name } of listed) {
    const sheet = worksheets.getItem(name);
    const range = candidates.has(name)
      ? sheet.getUsedRangeOrNullObject(true)
      : sheet.getRangeByIndexes(0, 0, IDENTITY_ROWS, IDENTITY_COLUMNS);
    range.load("values");
    (candidates.has(name) ? state : tops).set(name, range);
  }
  return { listed, state, tops };
}

export function seenOf(reads: SeenReads): SeenWorkbook {
  const asCell = (v: unknown): CellValue =>
    typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
  return {
    sheets: reads.listed.map(({ name, visibility }) => ({
      name,
      visibility: visibility as SheetVisibility,
      top: reads.tops.get(name)?.values.map((row) => row.map(asCell)) ?? [],
    })),
    stateCells: new Map(
      [...reads.state].map(([name, range]) => [name, range.isNullObject ? [] : range.values.map((row) => row[0])]),
    ),
  };
}

/** How many rows the state sheet holds now, so a shorter state can blank the rest. */
export function stateRowsOf(reads: SeenReads, stateSheet: Reconciled["stateSheet"]): number {
  const range = stateSheet.exists ? reads.state.get(stateSheet.name) : undefined;
  return range && !range.isNullObject ? range.values.length : 0;
}
