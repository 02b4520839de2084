import { CellArea } from "../cells";
import { areasReadBy } from "../formula-refs";
import { CellRef } from "./types";

/** A cell's formula, or null when it holds none (or lies outside what was read). */
export type FormulaAt = (row: number, column: number) => string | null;

const key = (row: number, column: number) => row * 20_000 + column;
const holds = (a: CellArea, c: CellRef) =>
  c.row >= a.top && c.row <= a.bottom && c.column >= a.left && c.column <= a.right;

/**
 * Whether writing `formula` into `target` would make a circular reference: the cell (reached from the cells the
 * formula reads, formula by formula, within `within`) whose own formula reads `target` back, or null. Cells outside
 * `within` hold nothing, so they read nothing.
 */
export function loopBack(
  target: CellRef,
  formula: string,
  formulaAt: FormulaAt,
  within: CellArea,
  sheet: string,
): (CellRef & { readonly formula: string }) | null {
  const seen = new Set<number>([key(target.row, target.column)]);
  const pending: CellArea[] = [...areasReadBy(formula, sheet)];
  while (pending.length > 0) {
    const area = pending.pop()!;
    for (let row = Math.max(area.top, within.top); row <= Math.min(area.bottom, within.bottom); row++) {
      for (let column = Math.max(area.left, within.left); column <= Math.min(area.right, within.right); column++) {
        const k = key(row, column);
        if (seen.has(k)) continue;
        seen.add(k);
        const read = formulaAt(row, column);
        if (read === null) continue;
        const areas = areasReadBy(read, sheet);
        if (areas.some((a) => holds(a, target))) return { row, column, formula: read };
        pending.push(...areas);
      }
    }
  }
  return null;
}
