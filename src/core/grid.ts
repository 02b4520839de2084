import { CellArea, CellValue, SheetCells, isDateCell, isErrorCell } from "./cells";

/** Reads a SheetCells by sheet coordinates, knowing its merged areas. */
export class Grid {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  private readonly hiddenColumnSet: ReadonlySet<number>;
  private readonly hiddenRowSet: ReadonlySet<number>;
  /** "row:col" of every non-anchor cell of a merged area -> its area. */
  private readonly mergedInto = new Map<string, CellArea>();

  constructor(private readonly sheet: SheetCells) {
    this.name = sheet.name;
    this.firstRow = sheet.top;
    this.lastRow = sheet.top + sheet.values.length - 1;
    this.firstColumn = sheet.left;
    let width = 0;
    for (const row of sheet.values) width = Math.max(width, row.length);
    this.lastColumn = sheet.left + width - 1;
    this.hiddenColumnSet = new Set(sheet.hiddenColumns);
    this.hiddenRowSet = new Set(sheet.hiddenRows);
    // Only the cells that were read: a merge may reach far beyond them.
    for (const area of sheet.merges) {
      for (let r = Math.max(area.top, this.firstRow); r <= Math.min(area.bottom, this.lastRow); r++) {
        for (let c = Math.max(area.left, this.firstColumn); c <= Math.min(area.right, this.lastColumn); c++) {
          if (r !== area.top || c !== area.left) this.mergedInto.set(`${r}:${c}`, area);
        }
      }
    }
  }

  /** The value stored in the cell itself (null inside a merged area but for its anchor). */
  value(row: number, column: number): CellValue {
    const r = this.sheet.values[row - this.sheet.top];
    if (!r) return null;
    const v = r[column - this.sheet.left];
    return v === undefined ? null : v;
  }

  /** The value shown in the cell: a merged area shows its anchor's value everywhere. */
  shown(row: number, column: number): CellValue {
    const area = this.mergedInto.size ? this.mergedInto.get(`${row}:${column}`) : undefined;
    return area ? this.value(area.top, area.left) : this.value(row, column);
  }

  /** Shown value as trimmed text; "" for empty, dates and errors. */
  text(row: number, column: number): string {
    return cellText(this.shown(row, column));
  }

  isHiddenColumn(column: number): boolean {
    return this.hiddenColumnSet.has(column);
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRowSet.has(row);
  }
}

export function cellText(v: CellValue): string {
  if (v === null || isDateCell(v) || isErrorCell(v)) return "";
  return String(v).trim();
}
