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

interface Block {
  readonly area: number;
  readonly rowOffset: number;
  readonly rows: number;
  readonly bytes: number;
}

/** Each area in blocks of whole rows, none estimated above the budget (a block is at least one row). */
function blocksOf(areas: readonly CellArea0[], properties: readonly CellProperty[], budget: number): Block[] {
  return areas.flatMap((a, area) => {
    const rowBytes = estimateResponseBytes(a.columnCount, properties);
    const rowsPerBlock = Math.max(1, Math.floor(budget / Math.max(1, rowBytes)));
    const blocks: Block[] = [];
    for (let rowOffset = 0; rowOffset < a.rowCount; rowOffset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, a.rowCount - rowOffset);
      blocks.push({ area, rowOffset, rows, bytes: rows * rowBytes });
    }
    return blocks;
  });
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
  for (const block of blocksOf(areas, properties, budget)) {
    if (pending > 0 && pending + block.bytes > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only past the response limit
      await context.sync();
      pending = 0;
    }
    const a = areas[block.area];
    const range = context.workbook.worksheets
      .getItem(a.sheet)
      .getRangeByIndexes(a.rowIndex + block.rowOffset, a.columnIndex, block.rows, a.columnCount);
    // eslint-disable-next-line office-addins/no-empty-load -- the properties are named, by the caller
    range.load(properties.join(","));
    loaded[block.area].push({ rowOffset: block.rowOffset, range });
    pending += block.bytes;
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
