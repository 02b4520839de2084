import { CellArea, CellValue, columnLetters, SheetCells, DateSystem } from "../core/cells";
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
import { HEADER_SEARCH_ROWS } from "../core/header";
import { LARGE_SHEET_CELLS } from "../core/sheets-needed";
import { Capabilities } from "./requirements";
import { SHEET_COLUMNS, SHEET_ROWS } from "../core/formula-refs";
import { CellArea0, CellProperty, loadCells, LoadedCells } from "./read-cells";
import { COMMAND_BYTES, utf8Bytes } from "./request-size";
import { COLUMN_BANDS, NEAR_COLUMNS, NEAR_ROWS, ProbedBand, ROW_BANDS, spanToRead } from "./read-window";
import { areaOfAddress } from "./area-address";
import { cellContent, LoadedContents, toSheetCells } from "./to-cells";

/** What is known of a sheet before its cells are read: where its content lies (read-window.ts), its merged areas. */
export interface SheetLayout {
  readonly name: string;
  readonly merges: Excel.RangeAreas | null;
  /** The used range of each band of rows (ROW_BANDS), and of columns (COLUMN_BANDS). */
  readonly rowProbes: readonly Excel.Range[];
  readonly columnProbes: readonly Excel.Range[];
}

/** Queues the loads of a sheet's layout: the sparse probe of where its content lies, and its merged areas. */
export function queueSheetLayout(sheet: Excel.Worksheet, name: string, caps: Capabilities): SheetLayout {
  const probe = (band: Excel.Range, properties: string) => {
    const used = band.getUsedRangeOrNullObject(true);
    // eslint-disable-next-line office-addins/no-empty-load -- the properties are named, by the caller
    used.load(properties);
    return used;
  };
  const count = (band: { first: number; last: number }) => band.last - band.first + 1;
  return {
    name,
    merges: queueMergesRead(sheet, caps),
    rowProbes: ROW_BANDS.map((b) =>
      probe(sheet.getRangeByIndexes(b.first - 1, 0, count(b), SHEET_COLUMNS), "rowIndex,rowCount"),
    ),
    columnProbes: COLUMN_BANDS.map((b) =>
      probe(sheet.getRangeByIndexes(0, b.first - 1, SHEET_ROWS, count(b)), "columnIndex,columnCount"),
    ),
  };
}

/** The request that queueSheetLayout sends: two commands per band probed, and the merged areas' read. */
const LAYOUT_REQUEST_BYTES = (2 * (ROW_BANDS.length + COLUMN_BANDS.length) + 3) * COMMAND_BYTES;

/**
 * Loads the layouts of these sheets with what the caller has queued: one sync, or one more for each budget's worth
 * of requests past the first (Excel on the web refuses a request over 5 MB; about 700 sheets fit in one).
 */
export async function loadSheetLayouts(
  context: Excel.RequestContext,
  names: readonly string[],
  caps: Capabilities,
): Promise<SheetLayout[]> {
  const layouts: SheetLayout[] = [];
  let pending = 0;
  for (const name of names) {
    if (pending > 0 && pending + LAYOUT_REQUEST_BYTES > caps.payloadLimitBytes) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only past the request limit
      await context.sync();
      pending = 0;
    }
    layouts.push(queueSheetLayout(context.workbook.worksheets.getItem(name), name, caps));
    pending += LAYOUT_REQUEST_BYTES;
  }
  await context.sync();
  return layouts;
}

/** What the engine reads of a sheet's cells: values, formats (dates), types (errors); formulas for the backup. */
export const SHEET_PROPERTIES: readonly CellProperty[] = ["values", "numberFormat", "valueTypes"];
export const TABLE_PROPERTIES: readonly CellProperty[] = [...SHEET_PROPERTIES, "formulas"];

/**
 * The part of a sheet whose cells are read: the rows and columns that can hold the table (read-window.ts). A blank
 * sheet's is A1, as its used range is.
 */
export function areaToRead(layout: SheetLayout): CellArea0 {
  const probed = (
    bands: readonly { first: number; last: number }[],
    probes: readonly Excel.Range[],
    span: (used: Excel.Range) => { first: number; last: number },
  ): ProbedBand[] => bands.map((b, i) => ({ ...b, used: probes[i].isNullObject ? null : span(probes[i]) }));
  const rows = spanToRead(
    probed(ROW_BANDS, layout.rowProbes, (u) => ({ first: u.rowIndex + 1, last: u.rowIndex + u.rowCount })),
    NEAR_ROWS,
  );
  const columns = spanToRead(
    probed(COLUMN_BANDS, layout.columnProbes, (u) => ({
      first: u.columnIndex + 1,
      last: u.columnIndex + u.columnCount,
    })),
    NEAR_COLUMNS,
  );
  if (!rows || !columns) return { sheet: layout.name, rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 };
  return {
    sheet: layout.name,
    rowIndex: rows.first - 1,
    columnIndex: columns.first - 1,
    rowCount: rows.last - rows.first + 1,
    columnCount: columns.last - columns.first + 1,
  };
}

/**
 * What the table's search reads first of a sheet's part: a large one's (LARGE_SHEET_CELLS) rows down to
 * HEADER_SEARCH_ROWS below its first, as far as findHeader looks (the part starts at the first row holding a value),
 * so that an unrelated block of data costs a few hundred rows; sheetsNeededWhole tells which must then be read whole.
 */
export function topToRead(area: CellArea0): CellArea0 {
  const large = area.rowCount * area.columnCount > LARGE_SHEET_CELLS;
  return large ? { ...area, rowCount: Math.min(area.rowCount, HEADER_SEARCH_ROWS + 1) } : area;
}

/** A sheet's part to read, with its hidden rows and columns queued: the cells follow (loadCells). */
export interface SheetRead {
  readonly layout: SheetLayout;
  readonly area: CellArea0;
  /** The visible cells of the area's first column and first row: what is missing there is hidden. */
  readonly visibleRows: Excel.RangeView;
  readonly visibleColumns: Excel.RangeView;
}

/**
 * The response to queueSheetRead's loads: an address per row and per column of the area, each with the sheet's
 * name ("'Kế hoạch năm 2024'!XFD1048576", in quotes, with a comma and brackets), counted high. A long Vietnamese name
 * takes three times the 16 bytes once counted for every address.
 */
function sheetReadBytes(read: SheetRead): number {
  const address = utf8Bytes(`'${read.layout.name.replace(/'/g, "''")}'!XFD1048576`) + 6;
  return address * (read.area.rowCount + read.area.columnCount);
}

/** Queues the loads that tell hidden rows and columns in the part of the sheet read; no sync of its own. */
export function queueSheetRead(
  worksheets: Excel.WorksheetCollection,
  layout: SheetLayout,
  area: CellArea0 = areaToRead(layout),
): SheetRead {
  const sheet = worksheets.getItem(layout.name);
  const visibleRows = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, 1).getVisibleView();
  visibleRows.load("cellAddresses");
  const visibleColumns = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, 1, area.columnCount).getVisibleView();
  visibleColumns.load("cellAddresses");
  return { layout, area, visibleRows, visibleColumns };
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

/**
 * Loads the cells of the parts of sheets queued by queueSheetRead: one sync, or more past the response budget
 * (loadCells). Each as the engine reads it, and as loaded (for the backup).
 */
export async function loadSheetCells(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  properties: readonly CellProperty[],
  budget: number,
  dates: DateSystem,
): Promise<{ readonly sheet: SheetCells; readonly loaded: LoadedCells }[]> {
  const queued = reads.reduce((sum, r) => sum + sheetReadBytes(r), 0);
  const loaded = await loadCells(
    context,
    reads.map((r) => r.area),
    properties,
    budget,
    queued,
  );
  return reads.map((r, i) => ({ sheet: sheetCellsOf(r, loaded[i], dates), loaded: loaded[i] }));
}

function sheetCellsOf(read: SheetRead, cells: LoadedCells, dates: DateSystem): SheetCells {
  const merges = mergesOf(read.layout.merges);
  const { rowIndex, columnIndex, values } = cells;
  const shownRows = shownLines(read.visibleRows, "top");
  const shownColumns = shownLines(read.visibleColumns, "left");
  const rows = Array.from({ length: values.length }, (_, i) => rowIndex + 1 + i);
  const columns = Array.from({ length: values[0]?.length ?? 0 }, (_, i) => columnIndex + 1 + i);
  return toSheetCells(
    read.layout.name,
    cells,
    {
      merges,
      hiddenRows: shownRows ? rows.filter((r) => !shownRows.has(r)) : [],
      hiddenColumns: shownColumns ? columns.filter((c) => !shownColumns.has(c)) : [],
    },
    dates,
  );
}

/**
 * The rows (`top`) or columns (`left`) that the visible view of the area's first column (or row) shows. A view
 * tells them only through the cells it shows: where that column (or row) is hidden itself it shows none, and tells
 * nothing (null: none is taken as hidden, rather than all).
 */
function shownLines(view: Excel.RangeView, side: "top" | "left"): ReadonlySet<number> | null {
  const shown = view.cellAddresses.flat();
  return shown.length > 0 ? new Set(shown.map((a) => areaOfAddress(a)[side])) : null;
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
export function generatedContents(read: GeneratedRead, dates: DateSystem): Content[][] {
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
        row[range.columnIndex + c] = cellContent(loaded, r, c, dates);
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
