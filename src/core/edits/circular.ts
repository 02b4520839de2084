import { CellArea } from "../cells";
import { areasReadBy } from "../formula-refs";
import { CellRef } from "./types";

/** A cell's formula, or null when it holds none (or lies outside what was read). */
export type FormulaAt = (row: number, column: number) => string | null;

const key = (row: number, column: number) => row * 20_000 + column;
const holds = (a: CellArea, c: CellRef) =>
  c.row >= a.top && c.row <= a.bottom && c.column >= a.left && c.column <= a.right;

/**
 * The formulas of a sheet's cells as they will be once the run writes its own, to find circular references before
 * writing. Each cell's formula and each formula's references are read once, however many subtotals ask.
 */
export class SheetFormulas {
  private readonly formulas = new Map<number, string | null>();
  private readonly reads = new Map<string, CellArea[]>();
  /** Cells the run writes whose formula reads, however far, no formula of the user's: no loop can pass there. */
  private readonly closed = new Set<number>();

  /** `within`: the cells that hold anything; a formula outside them reads nothing. */
  constructor(
    private readonly formulaAt: FormulaAt,
    private readonly within: CellArea,
    private readonly sheet: string,
  ) {}

  /** From now on the cell holds `formula` (one the run writes, checked by loopBack just before). */
  write(at: CellRef, formula: string, check: LoopCheck): void {
    const k = key(at.row, at.column);
    this.formulas.set(k, formula);
    if (check.closed) this.closed.add(k);
  }

  private formulaOf(row: number, column: number): string | null {
    const k = key(row, column);
    let f = this.formulas.get(k);
    if (f === undefined) this.formulas.set(k, (f = this.formulaAt(row, column)));
    return f;
  }

  private readsOf(formula: string): CellArea[] {
    let areas = this.reads.get(formula);
    if (!areas) this.reads.set(formula, (areas = areasReadBy(formula, this.sheet)));
    return areas;
  }

  /**
   * Whether writing `formula` into `target` would make a circular reference: the cell (reached from the cells the
   * formula reads, formula by formula) whose own formula reads `target` back, or null.
   */
  loopBack(target: CellRef, formula: string): LoopCheck {
    const { within } = this;
    const seen = new Set<number>([key(target.row, target.column)]);
    const pending: CellArea[] = [...this.readsOf(formula)];
    let closed = true;
    while (pending.length > 0) {
      const area = pending.pop()!;
      for (let row = Math.max(area.top, within.top); row <= Math.min(area.bottom, within.bottom); row++) {
        for (let column = Math.max(area.left, within.left); column <= Math.min(area.right, within.right); column++) {
          const k = key(row, column);
          if (seen.has(k) || this.closed.has(k)) continue;
          seen.add(k);
          const read = this.formulaOf(row, column);
          if (read === null) continue;
          closed = false;
          const areas = this.readsOf(read);
          if (areas.some((a) => holds(a, target))) return { through: { row, column, formula: read }, closed };
          pending.push(...areas);
        }
      }
    }
    return { through: null, closed };
  }
}

export interface LoopCheck {
  /** The cell whose formula reads the target back, or null: no loop. */
  readonly through: (CellRef & { readonly formula: string }) | null;
  /** Only constants, and formulas of the run's that read no other, were reached. */
  readonly closed: boolean;
}
