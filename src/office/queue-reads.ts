import { CellArea, SheetCells } from "../core/cells";
import { decodeState, STATE_SHEET, TitledSheet, WorkbookState } from "../core/edits";
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
  let merges: Excel.RangeAreas | null = null;
  if (caps.mergedAreas) {
    // The whole sheet's: Excel lists only the merges whose top-left cell lies in the range asked about
    // (OfficeDev/office-js#3611), and a merge starting above or left of the used range hides cells inside it.
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load("areas/items/address");
  }
  const visibleRows = used.getColumn(0).getVisibleView();
  visibleRows.load("cellAddresses");
  const visibleColumns = used.getRow(0).getVisibleView();
  visibleColumns.load("cellAddresses");
  return { name, used, merges, visibleRows, visibleColumns };
}

export function sheetCellsOf(read: SheetRead): SheetCells {
  const merges: CellArea[] =
    read.merges && !read.merges.isNullObject ? read.merges.areas.items.map((a) => areaOfAddress(a.address)) : [];
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

/** Queues the read of the state sheet (column A holds the JSON in chunks). */
export function queueStateRead(worksheets: Excel.WorksheetCollection, names: readonly string[]): Excel.Range | null {
  if (!names.includes(STATE_SHEET)) return null;
  const used = worksheets.getItem(STATE_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  return used;
}

export function stateOf(range: Excel.Range | null): WorkbookState {
  if (!range || range.isNullObject) return decodeState([]);
  return decodeState(range.values.map((row) => row[0]));
}

/** How many rows the state sheet holds now, so a shorter state can blank the rest. */
export function stateRowsOf(range: Excel.Range | null): number {
  return range && !range.isNullObject ? range.values.length : 0;
}

/** Queues the load of A1's value on each of these sheets: a generated sheet the user renamed is known by its title. */
export function queueTitleReads(
  worksheets: Excel.WorksheetCollection,
  names: readonly string[],
): Map<string, { readonly values: unknown[][] }> {
  const reads = new Map<string, Excel.Range>();
  for (const name of names) {
    const a1 = worksheets.getItem(name).getRange("A1");
    a1.load("values");
    reads.set(name, a1);
  }
  return reads;
}

/** Every sheet with its title: the first value of what was loaded of it from A1, null where nothing was. */
export function titledSheets(
  names: readonly string[],
  fromA1: ReadonlyMap<string, { readonly values: unknown[][] }>,
): TitledSheet[] {
  return names.map((name) => {
    const value = fromA1.get(name)?.values[0]?.[0];
    return { name, title: typeof value === "string" ? value : null };
  });
}
