import { CellArea } from "../cells";
import { CellRef, EditNotice, TableEdit } from "./types";

const TALL = 1_000;

/**
 * The merged areas of a sheet, asked cell by cell: which merge hides a cell. Excel shows (and keeps) only a merged
 * area's top-left cell; whatever is written into another of its cells is not seen, or breaks the merge.
 */
export class MergedAreas {
  /** The areas crossing each row; merges are few, rows many. */
  private readonly byRow = new Map<number, CellArea[]>();
  /** Areas over more rows than are worth listing row by row (a merged column, say): looked through each time. */
  private readonly tall: CellArea[] = [];

  constructor(areas: readonly CellArea[]) {
    for (const area of areas) {
      if (area.bottom - area.top >= TALL) {
        this.tall.push(area);
        continue;
      }
      for (let r = area.top; r <= area.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(area);
        else this.byRow.set(r, [area]);
      }
    }
  }

  private crossing(row: number): CellArea[] {
    const listed = this.byRow.get(row) ?? [];
    return this.tall.length ? [...listed, ...this.tall.filter((a) => row >= a.top && row <= a.bottom)] : listed;
  }

  /** The merged area that covers the cell without starting there: null when the cell can be written. */
  hiding(row: number, column: number): CellArea | null {
    for (const a of this.crossing(row)) {
      if (column >= a.left && column <= a.right && (row !== a.top || column !== a.left)) return a;
    }
    return null;
  }

  /** The merged area starting at the cell, if any. */
  startingAt(row: number, column: number): CellArea | null {
    return this.crossing(row).find((a) => a.top === row && a.left === column) ?? null;
  }
}

/** The edits that can be written as planned, and a notice for each cell a merge hides. */
export function clearOfMerges(
  edits: readonly TableEdit[],
  merges: MergedAreas,
): { kept: TableEdit[]; notices: EditNotice[] } {
  const kept: TableEdit[] = [];
  const notices: EditNotice[] = [];
  for (const e of edits) {
    const area = merges.hiding(e.row, e.column);
    if (area) notices.push({ kind: "merged", sheet: null, row: e.row, column: e.column, area });
    else kept.push(e);
  }
  return { kept, notices };
}

/** A cell's own merged area spreading over cells its formula reads: Excel keeps those empty, so the sum is wrong. */
export function mergeOverReads(merges: MergedAreas, at: CellRef, reads: readonly CellRef[]): CellArea | null {
  const own = merges.startingAt(at.row, at.column);
  if (!own) return null;
  const inside = (c: CellRef) =>
    c.row >= own.top && c.row <= own.bottom && c.column >= own.left && c.column <= own.right;
  return reads.some(inside) ? own : null;
}
