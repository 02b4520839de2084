/** Formula text -> syntax tree, with Excel's operator precedence (unary minus binds tighter than ^). */
import type { Rect } from "../address";
import { quoteSheetName } from "../address";
import { sameSheetName } from "../model/sheet-name";
import { FormulaSyntaxError, tokenizeFormula, type Anchors, type FormulaToken } from "./formula-tokens";

export type Node =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "str"; readonly v: string }
  | { readonly k: "bool"; readonly v: boolean }
  | { readonly k: "err"; readonly v: string }
  | { readonly k: "ref"; readonly rect: Rect; readonly anchors: Anchors; readonly sheet?: string }
  | { readonly k: "call"; readonly name: string; readonly args: readonly (Node | null)[] }
  | { readonly k: "name"; readonly v: string }
  | { readonly k: "bin"; readonly op: string; readonly a: Node; readonly b: Node }
  | { readonly k: "neg"; readonly a: Node }
  | { readonly k: "pct"; readonly a: Node };

const LEVELS: readonly (readonly string[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

class Parser {
  private i = 0;
  constructor(private readonly tokens: FormulaToken[]) {}

  parse(): Node {
    const node = this.binary(0);
    if (this.i < this.tokens.length) throw new FormulaSyntaxError("Unexpected token");
    return node;
  }

  private peek(): FormulaToken | undefined {
    return this.tokens[this.i];
  }

  private isOp(values: readonly string[]): string | null {
    const tok = this.peek();
    return tok && tok.t === "op" && values.includes(tok.v) ? tok.v : null;
  }

  private binary(level: number): Node {
    if (level === LEVELS.length) return this.unary();
    let node = this.binary(level + 1);
    for (let op = this.isOp(LEVELS[level]); op; op = this.isOp(LEVELS[level])) {
      this.i++;
      node = { k: "bin", op, a: node, b: this.binary(level + 1) };
    }
    return node;
  }

  private unary(): Node {
    const op = this.isOp(["+", "-"]);
    if (op) {
      this.i++;
      const a = this.unary();
      return op === "-" ? { k: "neg", a } : a;
    }
    let node = this.primary();
    while (this.isOp(["%"])) {
      this.i++;
      node = { k: "pct", a: node };
    }
    return node;
  }

  private primary(): Node {
    const tok = this.tokens[this.i++];
    if (!tok) throw new FormulaSyntaxError("Unexpected end of formula");
    switch (tok.t) {
      case "num":
        return { k: "num", v: tok.v };
      case "str":
        return { k: "str", v: tok.v };
      case "bool":
        return { k: "bool", v: tok.v };
      case "err":
        return { k: "err", v: tok.v };
      case "name":
        return { k: "name", v: tok.v };
      case "ref":
        return { k: "ref", rect: tok.rect, anchors: tok.anchors, sheet: tok.sheet };
      case "func":
        return { k: "call", name: tok.v, args: this.args() };
      case "(": {
        const inner = this.binary(0);
        if (this.tokens[this.i++]?.t !== ")") throw new FormulaSyntaxError("Missing )");
        return inner;
      }
      default:
        throw new FormulaSyntaxError("Unexpected token");
    }
  }

  /** Arguments after "func(", up to and including ")"; an omitted argument is null. */
  private args(): (Node | null)[] {
    const args: (Node | null)[] = [];
    if (this.peek()?.t === ")") {
      this.i++;
      return args;
    }
    for (;;) {
      const t = this.peek()?.t;
      args.push(t === "," || t === ")" ? null : this.binary(0));
      const sep = this.tokens[this.i++];
      if (sep?.t === ")") return args;
      if (sep?.t !== ",") throw new FormulaSyntaxError("Expected , or )");
    }
  }
}

/** Parses a formula ("=..."); throws FormulaSyntaxError when Excel would not accept it. */
export function parseFormula(formula: string): Node {
  return new Parser(tokenizeFormula(formula.replace(/^=/, ""))).parse();
}

/**
 * The formula with the sheet prefix of every reference to sheet `from` replaced: by the new name on
 * a rename, by "#REF!" when the sheet is deleted (as Excel rewrites them).
 */
export function replaceSheetInFormula(formula: string, from: string, to: string | null): string {
  let tokens: FormulaToken[];
  try {
    tokens = tokenizeFormula(formula.slice(1));
  } catch {
    return formula;
  }
  const prefix = to === null ? "#REF!" : `${quoteSheetName(to)}!`;
  let body = formula.slice(1);
  for (const tok of tokens.reverse()) {
    if (tok.t === "ref" && tok.sheet !== undefined && sameSheetName(tok.sheet, from)) {
      body = `${body.slice(0, tok.sheetStart)}${prefix}${body.slice(tok.sheetEnd)}`;
    }
  }
  return `=${body}`;
}
