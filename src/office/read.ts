import { CellArea, SheetCells } from "../core/cells";
import { decodeState, STATE_SHEET, WorkbookState } from "../core/edits";
import { Capabilities } from "./requirements";
import { areaOfAddress, toSheetCells } from "./to-cells";

/** Queued loads of one sheet's used range; read after the next sync. */
export interface SheetRead {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
}

/** Queues the loads the engine needs of a sheet: values, formats (dates), types (errors), formulas (backup). */
export function queueSheetRead(sheet: Excel.Worksheet, name: string, caps: Capabilities): SheetRead {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,values,numberFormat,valueTypes,formulas");
  let merges: Excel.RangeAreas | null = null;
  if (caps.mergedAreas) {
    merges = used.getMergedAreasOrNullObject();
    merges.load("areas/items/address");
  }
  return { name, used, merges };
}

export function sheetCellsOf(read: SheetRead): SheetCells {
  if (read.used.isNullObject) return toSheetCells(read.name, null, []);
  const merges: CellArea[] =
    read.merges && !read.merges.isNullObject ? read.merges.areas.items.map((a) => areaOfAddress(a.address)) : [];
  return toSheetCells(read.name, read.used, merges);
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
