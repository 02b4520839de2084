import { CellArea, CellValue, columnLetters, SheetCells } from "../core/cells";
import {
  CODE_COLUMN,
  Content,
  EMPTY,
  IDENTITY_COLUMNS,
  INPUT_COLUMNS,
  IDENTITY_ROWS,
  Reconciled,
  SeenWorkbook,
  SheetVisibility,
  stateCandidates,
} from "../core/edits";
import { Capabilities } from "./requirements";
import { CellArea0, CellProperty, LoadedCells } from "./read-cells";
import { areaOfAddress } from "./area-address";
import { cellContent, LoadedContents, toSheetCells } from "./to-cells";

/** The layout of one sheet's used range, loaded before its cells (which may take several syncs to read). */
export interface SheetLayout {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
  /** The visible cells of the used range's first column and first row: what is missing there is hidden. */
  readonly visibleRows: Excel.RangeView;
  readonly visibleColumns: Excel.RangeView;
}

/** Queues the loads of a sheet's layout: where its used range is, merged areas, hidden rows and columns. */
export function queueSheetLayout(sheet: Excel.Worksheet, name: string, caps: Capabilities): SheetLayout {
  // A blank sheet's used range is A1: never a null object, so the calls below need no guard.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const merges = queueMergesRead(sheet, caps);
  const visibleRows = used.getColumn(0).getVisibleView();
  visibleRows.load("cellAddresses");
  const visibleColumns = used.getRow(0).getVisibleView();
  visibleColumns.load("cellAddresses");
  return { name, used, merges, visibleRows, visibleColumns };
}

/** What the engine reads of a sheet's cells: values, formats (dates), types (errors); formulas for the backup. */
export const SHEET_PROPERTIES: readonly CellProperty[] = ["values", "numberFormat", "valueTypes"];
export const TABLE_PROPERTIES: readonly CellProperty[] = [...SHEET_PROPERTIES, "formulas"];

/** The used range of a loaded layout, as an area to load the cells of. */
export function usedArea(layout: SheetLayout): CellArea0 {
  const { rowIndex, columnIndex, rowCount, columnCount } = layout.used;
  return { sheet: layout.name, rowIndex, columnIndex, rowCount, columnCount };
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

export function sheetCellsOf(layout: SheetLayout, cells: LoadedCells): SheetCells {
  const merges = mergesOf(layout.merges);
  const { rowIndex, columnIndex, values } = cells;
  const shownRows = new Set(layout.visibleRows.cellAddresses.map((line) => areaOfAddress(line[0]).top));
  const shownColumns = new Set((layout.visibleColumns.cellAddresses[0] ?? []).map((a) => areaOfAddress(a).left));
  const rows = Array.from({ length: values.length }, (_, i) => rowIndex + 1 + i);
  const columns = Array.from({ length: values[0]?.length ?? 0 }, (_, i) => columnIndex + 1 + i);
  return toSheetCells(layout.name, cells, {
    merges,
    hiddenRows: rows.filter((r) => !shownRows.has(r)),
    hiddenColumns: columns.filter((c) => !shownColumns.has(c)),
  });
}

/**
 * The columns of an earlier assignment sheet a run reads: A and B (numbering and codes, the section titles) and
 * the inputs units typed; the criteria's texts between are ours and need not travel (a rerun on 3,000 criteria
 * loaded 7.6 MB of them, past Excel on the web's 5 MB response limit).
 */
const GENERATED_COLUMNS = [
  `A:${columnLetters(CODE_COLUMN)}`,
  `${columnLetters(Math.min(...INPUT_COLUMNS))}:${columnLetters(Math.max(...INPUT_COLUMNS))}`,
];

/** Queued loads of an earlier generated sheet's columns that a run needs, and its hyperlinks where readable. */
export interface GeneratedRead {
  readonly columns: readonly Excel.Range[];
  /** The used range, where the hyperlinks were read from (a blank sheet's is A1, never a null object). */
  readonly used: Excel.Range;
  readonly links: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

export function queueGeneratedRead(sheet: Excel.Worksheet, caps: Capabilities): GeneratedRead {
  const columns = GENERATED_COLUMNS.map((address) => {
    const used = sheet.getRange(address).getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,values,formulas,valueTypes,numberFormat");
    return used;
  });
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex");
  // The evidence a unit linked to stays linked (getCellProperties, ExcelApi 1.9).
  const links = caps.cellProperties ? used.getCellProperties({ hyperlink: true }) : null;
  return { columns, used, links };
}

/** The columns read back in their places from A1, with their hyperlinks; the columns not read are empty. */
export function generatedContents(read: GeneratedRead): Content[][] {
  const grid: Content[][] = [];
  for (const range of read.columns) {
    if (range.isNullObject) continue;
    const [top, left] = [range.rowIndex - read.used.rowIndex, range.columnIndex - read.used.columnIndex];
    const links = read.links?.value.slice(top).map((row) => row.slice(left));
    const { values, formulas, valueTypes, numberFormat } = range;
    const loaded: LoadedContents = { values, formulas, valueTypes, numberFormat, links };
    range.formulas.forEach((line, r) =>
      line.forEach((_, c) => {
        const row = (grid[range.rowIndex + r] ??= []);
        row[range.columnIndex + c] = cellContent(loaded, r, c);
      }),
    );
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (c) => c ?? EMPTY));
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
