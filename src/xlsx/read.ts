/** .xlsx -> WorkbookCells: what the engine reads, taken from ExcelJS. */
import ExcelJS from "exceljs";
import type { CellArea, CellValue, SheetCells, WorkbookCells } from "../core/cells";
import { toCellValue } from "./cell-value";
import { loadWorkbook, type XlsxSource } from "./load";

export { XlsxReadError, XlsxTooLargeError, type XlsxReadReason } from "./read-error";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas, found from the cells that ExcelJS marks as merged into a master. */
class MergeCollector {
  private readonly areas = new Map<ExcelJS.Cell, Bounds>();

  add(cell: ExcelJS.Cell, row: number, column: number): void {
    const master = cell.master;
    const area = this.areas.get(master);
    if (!area) {
      const top = Number(master.row);
      const left = Number(master.col);
      this.areas.set(master, { top, left, bottom: Math.max(top, row), right: Math.max(left, column) });
      return;
    }
    area.bottom = Math.max(area.bottom, row);
    area.right = Math.max(area.right, column);
  }

  list(): CellArea[] {
    return [...this.areas.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }
}

function hiddenRowsIn(ws: ExcelJS.Worksheet, bounds: Bounds): number[] {
  const hidden: number[] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) if (ws.findRow(r)?.hidden) hidden.push(r);
  return hidden;
}

function hiddenColumnsIn(ws: ExcelJS.Worksheet, bounds: Bounds): number[] {
  // ws.columns is null on a sheet without column definitions, whatever its typings say.
  const columns = (ws.columns as Partial<ExcelJS.Column>[] | null) ?? [];
  const hidden: number[] = [];
  for (let c = bounds.left; c <= Math.min(bounds.right, columns.length); c++) {
    if (columns[c - 1]?.hidden) hidden.push(c);
  }
  return hidden;
}

/**
 * One sheet's cells over its used area (the smallest rectangle holding every value).
 * Only a merged area's top-left cell keeps its value. Hidden rows and columns are
 * reported within the used area only: hiding everything below a table is common.
 */
export function worksheetToCells(ws: ExcelJS.Worksheet): SheetCells {
  const rows = new Map<number, Map<number, CellValue>>();
  const merges = new MergeCollector();
  let bounds = null as Bounds | null; // widened: set inside the callbacks below

  ws.eachRow({ includeEmpty: false }, (row, r) => {
    let values: Map<number, CellValue> | undefined;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        merges.add(cell, r, c);
        return;
      }
      const value = toCellValue(cell.value);
      if (value === null) return;
      if (!values) rows.set(r, (values = new Map()));
      values.set(c, value);
      if (!bounds) bounds = { top: r, left: c, bottom: r, right: c };
      bounds.left = Math.min(bounds.left, c);
      bounds.right = Math.max(bounds.right, c);
      bounds.bottom = r;
    });
  });

  const mergeAreas = merges.list();
  if (!bounds)
    return { name: ws.name, top: 1, left: 1, values: [], merges: mergeAreas, hiddenRows: [], hiddenColumns: [] };
  const used: Bounds = bounds;

  const values: CellValue[][] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    const cells = rows.get(r);
    const line: CellValue[] = [];
    if (cells) for (const [c, value] of cells) line[c - used.left] = value;
    // Fill the holes the sparse assignment left, so every entry is a CellValue.
    for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
    values.push(line);
  }

  return {
    name: ws.name,
    top: used.top,
    left: used.left,
    values,
    merges: mergeAreas,
    hiddenRows: hiddenRowsIn(ws, used),
    hiddenColumns: hiddenColumnsIn(ws, used),
  };
}

/** Every worksheet of an .xlsx, in tab order. Throws XlsxReadError when the file cannot be read. */
export async function readWorkbookCells(file: XlsxSource): Promise<WorkbookCells> {
  const workbook = await loadWorkbook(file);
  return workbook.worksheets.map(worksheetToCells);
}
