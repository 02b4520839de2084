/** The cell properties the adapter reads. */
export type CellProperty = "values" | "formulas" | "numberFormat" | "valueTypes";

/** A block of cells on a sheet, 0-based as Office.js counts. */
export interface CellArea0 {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** An area's cells as loaded: a matrix per property asked for (others empty). */
export interface LoadedCells {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: string[][];
}

/**
 * Bytes of a response per cell and property, counted high for a plan's cells (Vietnamese text of some 40
 * characters, numbers, "General", "String"): Excel says a response's size only by refusing it.
 */
const CELL_BYTES: Readonly<Record<CellProperty, number>> = {
  values: 48,
  formulas: 48,
  numberFormat: 16,
  valueTypes: 12,
};

export function estimateResponseBytes(cells: number, properties: readonly CellProperty[]): number {
  return cells * properties.reduce((sum, p) => sum + CELL_BYTES[p], 0);
}

/**
 * Loads the cells of the areas with what the caller has already queued (estimated at `queuedBytes`): one sync
 * while the response stays within Excel on the web's limit, else one more for each budget's worth of cells
 * (Excel on the web refuses a response over 5 MB, and a range read is split by rows as Microsoft advises:
 * "Read or write to a large range using the Excel JavaScript API"). Syncs at least once.
 */
export async function loadCells(
  context: Excel.RequestContext,
  areas: readonly CellArea0[],
  properties: readonly CellProperty[],
  budget: number,
  queuedBytes = 0,
): Promise<LoadedCells[]> {
  const loaded = areas.map(() => [] as { readonly rowOffset: number; readonly range: Excel.Range }[]);
  let pending = queuedBytes;
  for (const [index, a] of areas.entries()) {
    const rowBytes = Math.max(1, estimateResponseBytes(a.columnCount, properties));
    for (let rowOffset = 0; rowOffset < a.rowCount;) {
      // A block fills what room the response has left, so what is already queued shares its sync with the cells.
      const fitting = Math.floor((budget - pending) / rowBytes);
      if (fitting < 1 && pending > 0) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only past the response limit
        await context.sync();
        pending = 0;
        continue;
      }
      const rows = Math.min(Math.max(1, fitting), a.rowCount - rowOffset);
      const range = context.workbook.worksheets
        .getItem(a.sheet)
        .getRangeByIndexes(a.rowIndex + rowOffset, a.columnIndex, rows, a.columnCount);
      // eslint-disable-next-line office-addins/no-empty-load -- the properties are named, by the caller
      range.load(properties.join(","));
      loaded[index].push({ rowOffset, range });
      pending += rows * rowBytes;
      rowOffset += rows;
    }
  }
  await context.sync();
  return areas.map((a, i) => {
    const parts = loaded[i];
    const joined = <T>(p: CellProperty) =>
      properties.includes(p) ? parts.flatMap(({ range }) => range[p] as T[][]) : [];
    return {
      rowIndex: a.rowIndex,
      columnIndex: a.columnIndex,
      values: joined("values"),
      formulas: joined("formulas"),
      numberFormat: joined("numberFormat"),
      valueTypes: joined<string>("valueTypes"),
    };
  });
}
