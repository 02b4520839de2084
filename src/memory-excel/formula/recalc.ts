/** Computes cell values on read, following references across sheets; one instance per read. */
import { MAX_COLUMNS, type Rect } from "../address";
import { FormulaError, type CellValue } from "../model/cell";
import type { SheetModel } from "../model/sheet";
import { evaluate, type FormulaHost } from "./evaluate";
import { parseFormula, type Node } from "./parse";
import { shiftReferences } from "./shift";
import { FormulaSyntaxError } from "./formula-tokens";

const REF = new FormulaError("#REF!");
const NAME = new FormulaError("#NAME?");
const PARSE_CACHE_LIMIT = 20000;
const parsed = new Map<string, Node | null>();

/** The syntax tree of a formula, or null when it cannot be parsed (it then shows #NAME?). */
function parseCached(formula: string): Node | null {
  let node = parsed.get(formula);
  if (node === undefined) {
    try {
      node = parseFormula(formula);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      node = null;
    }
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    parsed.set(formula, node);
  }
  return node;
}

export interface SheetLookup {
  findSheet(name: string): SheetModel | undefined;
}

export class Recalc {
  private readonly memo = new Map<SheetModel, Map<number, CellValue>>();
  private readonly inProgress = new Set<string>();
  /** Cells whose evaluation came back round to themselves. */
  private readonly circular = new Set<string>();

  constructor(private readonly sheets: SheetLookup) {}

  /** A cell's value: its constant, or its formula's result. A circular reference reads as 0, as Excel shows it. */
  valueAt(sheet: SheetModel, row: number, column: number): CellValue {
    const cell = sheet.cellAt(row, column);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    let memo = this.memo.get(sheet);
    if (!memo) this.memo.set(sheet, (memo = new Map()));
    const key = row * MAX_COLUMNS + column;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const id = `${sheet.id}:${key}`;
    if (this.inProgress.has(id)) {
      this.circular.add(id);
      return 0;
    }
    this.inProgress.add(id);
    const node = parseCached(cell.formula);
    const computed = node ? evaluate(node, this.hostFor(sheet)) : NAME;
    const value = this.circular.has(id) ? 0 : computed;
    this.inProgress.delete(id);
    memo.set(key, value);
    return value;
  }

  /**
   * A formula written for one cell, evaluated for the cell `rows` down and `columns` right of it (a conditional
   * format's rule for each cell of its range); #NAME? when it cannot be parsed.
   */
  valueOfShifted(sheet: SheetModel, formula: string, rows: number, columns: number): CellValue {
    const node = parseCached(formula);
    return node ? evaluate(shiftReferences(node, rows, columns), this.hostFor(sheet)) : NAME;
  }

  private hostFor(home: SheetModel): FormulaHost {
    const target = (name: string | undefined) => (name === undefined ? home : this.sheets.findSheet(name));
    return {
      valueAt: (name, row, column) => {
        const sheet = target(name);
        return sheet ? this.valueAt(sheet, row, column) : REF;
      },
      valuesIn: (name, rect: Rect) => {
        const sheet = target(name);
        if (!sheet) return REF;
        const out: CellValue[] = [];
        sheet.forEachCellIn(rect, (_cell, r, c) => out.push(this.valueAt(sheet, r, c)));
        return out;
      },
    };
  }
}
