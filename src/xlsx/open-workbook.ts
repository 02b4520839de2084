/**
 * Opens a plan workbook for the command line reading no more than the plan needs: a sheet of more than
 * LARGE_SHEET_CELLS cells is read only at its top unless it may hold the plan's table or the state names it (the
 * core decides: sheetsNeededWhole); `apply` puts a set-aside sheet's rows back as they were (put-back.ts).
 */
import ExcelJS from "exceljs";
import { LARGE_SHEET_CELLS, sheetsNeededWhole } from "../core/sheets-needed";
import { cellsIn, MAX_CELLS, MAX_PACKAGE_CELLS, mayHoldMore, WORKSHEET, worksheetBytes } from "./cell-count";
import { excelJsWorkbook, readPackage, type XlsxSource } from "./load";
import { sheetParts } from "./package-xml";
import { worksheetToCells } from "./read";
import { XlsxTooLargeError } from "./read-error";
import { hasNotes, topRowsOf } from "./set-aside";
import { readState } from "./write-state";
import { readZipEntries, writeStoredZip, ZipEntry } from "./zip-package";

export interface OpenOptions {
  /** Sheets read whole whatever their size: the table's sheet as the user names it. */
  readonly wholeSheets?: readonly string[];
  /** Sheets of more cells than this may be set aside; LARGE_SHEET_CELLS unless a test lowers it. */
  readonly setAsideAbove?: number;
  /** The most cells the package may hold in all; MAX_PACKAGE_CELLS unless a test lowers it. */
  readonly packageCells?: number;
}

export interface OpenedWorkbook {
  /** Every sheet, those set aside holding only their first rows. */
  readonly workbook: ExcelJS.Workbook;
  /** The package's bytes as read: what ExcelJS did not keep, and the set-aside sheets' rows, are found there. */
  readonly bytes: Buffer;
  /** The sheets read only at their top, by name. */
  readonly setAside: readonly string[];
}

/** A large sheet that can be set aside: its cells, and its XML with only its top rows. */
interface LargeSheet {
  readonly name: string;
  readonly part: string;
  readonly cells: number;
  readonly top: Buffer;
}

export async function openWorkbook(file: XlsxSource, options: OpenOptions = {}): Promise<OpenedWorkbook> {
  const bytes = await readPackage(file);
  const above = options.setAsideAbove ?? LARGE_SHEET_CELLS;
  const sized = sizedPackage(bytes, Math.min(above, MAX_CELLS));
  if (sized === null) return { workbook: await excelJsWorkbook(bytes), bytes, setAside: [] };
  const { entries, cells } = sized;
  const total = [...cells.values()].reduce((a, b) => a + b, 0);
  const packageCells = options.packageCells ?? MAX_PACKAGE_CELLS;
  if (total > packageCells) throw new XlsxTooLargeError(total, packageCells);

  const large = largeSheets(entries, cells, above, new Set(options.wholeSheets));
  const readCells = (aside: readonly LargeSheet[]) => total - aside.reduce((n, sheet) => n + sheet.cells, 0);
  const load = async (aside: readonly LargeSheet[]) => {
    if (readCells(aside) > MAX_CELLS) throw new XlsxTooLargeError(readCells(aside), MAX_CELLS);
    if (aside.length === 0) return excelJsWorkbook(bytes);
    const tops = new Map(aside.map((sheet) => [sheet.part, sheet.top]));
    return excelJsWorkbook(writeStoredZip(entries.map((e) => ({ name: e.name, data: tops.get(e.name) ?? e.data }))));
  };

  const first = await load(large);
  const tops = large.map((sheet) => worksheetToCells(first.getWorksheet(sheet.name)!));
  const needed = new Set(sheetsNeededWhole(tops, readState(first)));
  if (needed.size === 0) return { workbook: first, bytes, setAside: large.map((sheet) => sheet.name) };
  const aside = large.filter((sheet) => !needed.has(sheet.name));
  return { workbook: await load(aside), bytes, setAside: aside.map((sheet) => sheet.name) };
}

/**
 * The package's entries and each worksheet part's cells, or null when its worksheets are too short to hold more
 * than `cells` cells (nothing is inflated then) or it cannot be looked into (ExcelJS then says why).
 */
function sizedPackage(bytes: Buffer, cells: number): { entries: ZipEntry[]; cells: Map<string, number> } | null {
  try {
    if (!mayHoldMore(worksheetBytes(bytes), cells)) return null;
    const entries = readZipEntries(bytes);
    const counts = new Map(entries.filter((e) => WORKSHEET.test(e.name)).map((e) => [e.name, cellsIn(e.data)]));
    return { entries, cells: counts };
  } catch {
    return null;
  }
}

/** The sheets of more than `above` cells that can be set aside. */
function largeSheets(
  entries: readonly ZipEntry[],
  cells: ReadonlyMap<string, number>,
  above: number,
  whole: ReadonlySet<string>,
): LargeSheet[] {
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const text = (name: string) => byName.get(name)?.toString("utf8");
  const large: LargeSheet[] = [];
  // A part missing reads as empty: ExcelJS then says what is wrong with the package.
  for (const [name, part] of sheetParts((name) => text(name) ?? "")) {
    const count = cells.get(part) ?? 0;
    if (count <= above || whole.has(name) || hasNotes(part, text)) continue;
    const top = topRowsOf(byName.get(part)!);
    if (top) large.push({ name, part, cells: count, top });
  }
  return large;
}
