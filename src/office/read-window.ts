/**
 * Which part of a sheet the adapter reads: the rows and columns that can hold the table, not a far cell's (a note in
 * XFD3, a value at B130001), which would stretch the used range to millions of cells that Excel on the web sends in
 * 5 MB responses at best. A sparse probe finds it: the used range of each band of rows and of columns (below), 12
 * small loads in a sync the operation already makes.
 */
import { SHEET_COLUMNS, SHEET_ROWS } from "../core/formula-refs";

/** A band of rows or columns (1-based, inclusive) and the span its used cells take in it, null when it has none. */
export interface ProbedBand {
  readonly first: number;
  readonly last: number;
  readonly used: { readonly first: number; readonly last: number } | null;
}

/**
 * The bands: the first `near` rows (or columns), where a table usually lies whole, then bands four times as wide as
 * all before them up to `limit`. Rows: 1–256, 257–1,024, … 262,145–1,048,576 (7 bands); columns: A–BL, BM–IV, …
 * (5 bands). Every band after the first is at least 192 wide: an empty one parts two blocks of content, and leaves
 * empty columns enough after the part read for the legend placed two columns right of it.
 */
function bands(near: number, limit: number): { readonly first: number; readonly last: number }[] {
  const list = [{ first: 1, last: near }];
  for (let last = near * 4; last <= limit; last *= 4) list.push({ first: last / 4 + 1, last });
  return list;
}

export const ROW_BANDS = bands(256, SHEET_ROWS);
export const COLUMN_BANDS = bands(64, SHEET_COLUMNS);

/**
 * Where a block of content apart from the first must start to be read (a title block, then the table below a few
 * hundred empty rows); one starting further (a far note) is not.
 */
export const NEAR_ROWS = 4_096;
export const NEAR_COLUMNS = 256;

/**
 * The rows (or columns) to read: from the first block of content (bands with content, up to an empty band) to the
 * last block that starts within `near`, each whole. What starts past an empty band and beyond `near` (a far note, a
 * stray value in the last row) is not read. Null when no band holds anything.
 */
export function spanToRead(
  bands: readonly ProbedBand[],
  near: number,
): { readonly first: number; readonly last: number } | null {
  const blocks: { first: number; last: number }[] = [];
  let open: { first: number; last: number } | null = null;
  for (const { used } of bands) {
    if (!used) open = null;
    else if (open) open.last = used.last;
    else blocks.push((open = { ...used }));
  }
  const read = blocks.filter((b, i) => i === 0 || b.first <= near);
  return read.length ? { first: read[0].first, last: read[read.length - 1].last } : null;
}
