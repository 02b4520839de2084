/**
 * Evaluates the small part of Excel's formula language we write: + - * / ^ & %, comparisons,
 * SUM, MAX, MIN, ROUND, IF, IFERROR, AND, OR, ISNUMBER, N.
 */
import type { Rect } from "../address";
import { FormulaError, type CellValue } from "../model/cell";
import type { Node } from "./parse";

/** How the evaluator sees the workbook. */
export interface FormulaHost {
  /** A cell's computed value; #REF! when the sheet does not exist. Sheet undefined = the formula's own sheet. */
  valueAt(sheet: string | undefined, row: number, column: number): CellValue;
  /** The computed values of the non-empty cells in a rectangle (any order), or #REF!. */
  valuesIn(sheet: string | undefined, rect: Rect): CellValue[] | FormulaError;
}

interface RangeValue {
  readonly range: true;
  readonly sheet?: string;
  readonly rect: Rect;
}

type Value = CellValue | RangeValue;

const VALUE = new FormulaError("#VALUE!");
const DIV0 = new FormulaError("#DIV/0!");
const NAME = new FormulaError("#NAME?");

function isRange(v: Value): v is RangeValue {
  return typeof v === "object" && v !== null && "range" in v;
}

/** A range used where one value is expected: its single cell, else #VALUE! (no implicit intersection). */
function scalar(v: Value, host: FormulaHost): CellValue {
  if (!isRange(v)) return v;
  const { rect, sheet } = v;
  if (rect.top !== rect.bottom || rect.left !== rect.right) return VALUE;
  return host.valueAt(sheet, rect.top, rect.left);
}

function toNumber(v: CellValue): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

function toText(v: CellValue): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function toBoolean(v: CellValue): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const upper = v.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : VALUE;
}

/** Excel orders numbers < text < logicals; text compares without case. */
function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const x = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toUpperCase(), y.toUpperCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

const COMPARISONS: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  ">=": (c) => c >= 0,
};

const ARITHMETIC: Record<string, (a: number, b: number) => number | FormulaError> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => (b === 0 ? DIV0 : a / b),
  "^": (a, b) => a ** b,
};

/** Excel rounds halves away from zero; toPrecision(15) removes binary noise such as 2.675 -> 2.67499999. */
function roundHalfAway(x: number, digits: number): number {
  const f = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

class Evaluator {
  constructor(private readonly host: FormulaHost) {}

  value(node: Node): Value {
    switch (node.k) {
      case "num":
      case "str":
      case "bool":
        return node.v;
      case "err":
        return new FormulaError(node.v);
      case "name":
        return NAME;
      case "ref":
        return { range: true, sheet: node.sheet, rect: node.rect };
      case "neg": {
        const n = toNumber(this.scalar(node.a));
        return n instanceof FormulaError ? n : -n;
      }
      case "pct": {
        const n = toNumber(this.scalar(node.a));
        return n instanceof FormulaError ? n : n / 100;
      }
      case "bin":
        return this.binary(node.op, this.scalar(node.a), this.scalar(node.b));
      case "call":
        return this.call(node.name, node.args);
    }
  }

  scalar(node: Node | null): CellValue {
    return node === null ? null : scalar(this.value(node), this.host);
  }

  private binary(op: string, a: CellValue, b: CellValue): CellValue {
    if (a instanceof FormulaError) return a;
    if (b instanceof FormulaError) return b;
    if (op === "&") return `${toText(a)}${toText(b)}`;
    const cmp = COMPARISONS[op];
    if (cmp) return cmp(compare(a, b));
    const x = toNumber(a);
    const y = toNumber(b);
    if (x instanceof FormulaError) return x;
    if (y instanceof FormulaError) return y;
    const r = ARITHMETIC[op](x, y);
    return typeof r === "number" && !Number.isFinite(r) ? new FormulaError("#NUM!") : r;
  }

  private call(name: string, args: readonly (Node | null)[]): CellValue {
    switch (name) {
      case "SUM":
        return this.sum(args);
      case "ROUND": {
        if (args.length !== 2) return VALUE;
        const x = toNumber(this.scalar(args[0]));
        const d = toNumber(this.scalar(args[1]));
        if (x instanceof FormulaError) return x;
        return d instanceof FormulaError ? d : roundHalfAway(x, d);
      }
      case "IF": {
        if (args.length < 2 || args.length > 3) return VALUE;
        const test = toBoolean(this.scalar(args[0]));
        if (test instanceof FormulaError) return test;
        if (test) return args[1] === null ? 0 : this.scalar(args[1]);
        return args.length < 3 ? false : args[2] === null ? 0 : this.scalar(args[2]);
      }
      case "IFERROR": {
        if (args.length !== 2) return VALUE;
        const v = this.scalar(args[0]);
        return v instanceof FormulaError ? (this.scalar(args[1]) ?? 0) : v;
      }
      case "ISNUMBER":
        return args.length === 1 ? typeof this.scalar(args[0]) === "number" : VALUE;
      case "N": {
        if (args.length !== 1) return VALUE;
        const v = this.scalar(args[0]);
        return v instanceof FormulaError ? v : typeof v === "number" ? v : v === true ? 1 : 0;
      }
      case "AND":
      case "OR":
        return this.logical(name, args);
      case "MAX":
      case "MIN":
        return this.extreme(name, args);
      default:
        return NAME;
    }
  }

  /**
   * The values of a function's arguments as Excel hands them to AND, OR, MAX and MIN: inside a
   * range only numbers (and, for AND/OR, logicals) count; given directly, a value is converted.
   */
  private each(
    args: readonly (Node | null)[],
    visit: (v: CellValue, inRange: boolean) => FormulaError | undefined,
  ): FormulaError | null {
    for (const arg of args) {
      if (arg === null) continue;
      const v = this.value(arg);
      if (!isRange(v)) {
        const e = visit(v, false);
        if (e) return e;
        continue;
      }
      const cells = this.host.valuesIn(v.sheet, v.rect);
      if (cells instanceof FormulaError) return cells;
      for (const c of cells) {
        const e = visit(c, true);
        if (e) return e;
      }
    }
    return null;
  }

  private logical(name: "AND" | "OR", args: readonly (Node | null)[]): CellValue {
    let seen = 0;
    let trues = 0;
    const error = this.each(args, (v, inRange) => {
      if (v instanceof FormulaError) return v;
      if (inRange && typeof v !== "number" && typeof v !== "boolean") return undefined;
      const b = toBoolean(v);
      if (b instanceof FormulaError) return b;
      seen++;
      if (b) trues++;
      return undefined;
    });
    if (error) return error;
    if (seen === 0) return VALUE;
    return name === "AND" ? trues === seen : trues > 0;
  }

  private extreme(name: "MAX" | "MIN", args: readonly (Node | null)[]): CellValue {
    const numbers: number[] = [];
    const error = this.each(args, (v, inRange) => {
      if (v instanceof FormulaError) return v;
      if (inRange && typeof v !== "number") return undefined;
      const n = toNumber(v);
      if (n instanceof FormulaError) return n;
      numbers.push(n);
      return undefined;
    });
    if (error) return error;
    if (numbers.length === 0) return 0;
    return name === "MAX" ? Math.max(...numbers) : Math.min(...numbers);
  }

  /** SUM ignores text and logicals inside ranges but converts them when given directly. */
  private sum(args: readonly (Node | null)[]): CellValue {
    let total = 0;
    for (const arg of args) {
      if (arg === null) continue;
      const v = this.value(arg);
      if (isRange(v)) {
        const cells = this.host.valuesIn(v.sheet, v.rect);
        if (cells instanceof FormulaError) return cells;
        for (const c of cells) {
          if (c instanceof FormulaError) return c;
          if (typeof c === "number") total += c;
        }
      } else {
        const n = toNumber(v);
        if (n instanceof FormulaError) return n;
        total += n;
      }
    }
    return total;
  }
}

/** The value of a parsed formula; an empty single-cell result reads as 0, as in Excel. */
export function evaluate(node: Node, host: FormulaHost): CellValue {
  const v = new Evaluator(host).scalar(node);
  return v === null ? 0 : v;
}
