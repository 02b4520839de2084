/** Splits formula text into tokens, remembering where each sheet prefix sits (for renames). */
import { columnIndex, parseRect, type Rect } from "../address";

/**
 * The edges of a reference that stay where they are when the formula is used for another cell: those
 * written with "$", and both ends of a whole-column or whole-row extent.
 */
export interface Anchors {
  readonly top: boolean;
  readonly left: boolean;
  readonly bottom: boolean;
  readonly right: boolean;
}

export type FormulaToken =
  | { readonly t: "num"; readonly v: number }
  | { readonly t: "str"; readonly v: string }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "err"; readonly v: string }
  | {
      readonly t: "ref";
      readonly rect: Rect;
      readonly anchors: Anchors;
      readonly sheet?: string;
      readonly sheetStart: number;
      readonly sheetEnd: number;
      /** Where the reference's text ends in the formula body. */
      readonly end: number;
    }
  | { readonly t: "func"; readonly v: string }
  | { readonly t: "name"; readonly v: string }
  | { readonly t: "op"; readonly v: string }
  | { readonly t: "("; readonly v?: undefined }
  | { readonly t: ")"; readonly v?: undefined }
  | { readonly t: ","; readonly v?: undefined };

export class FormulaSyntaxError extends Error {}

const SHEET_PREFIX = /(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{M}\p{N}_.]*))!/uy;
const REFERENCE =
  /(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_.(!])/uy;
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const IDENTIFIER = /[\p{L}_][\p{L}\p{M}\p{N}_.]*/uy;
const ERROR_LITERAL = /#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)/y;
const OPERATOR = /<>|<=|>=|[-+*/^&=<>%]/y;

/** "$A1:B$2" -> the "$" of each edge, matched to the edges of the rectangle (whose corners may be written swapped). */
function anchorsOf(reference: string): Anchors {
  const [a, b = a] = reference.split(":").map((corner) => ({
    column: /[A-Za-z]+/.exec(corner)?.[0],
    row: /\d+/.exec(corner)?.[0],
    columnFixed: /^\$[A-Za-z]/.test(corner),
    rowFixed: /\$\d/.test(corner),
  }));
  const wholeColumns = a.row === undefined;
  const wholeRows = a.column === undefined;
  const rowsInOrder = wholeColumns || Number(a.row) <= Number(b.row);
  const columnsInOrder = wholeRows || columnIndex(a.column as string) <= columnIndex(b.column as string);
  const [top, bottom] = rowsInOrder ? [a, b] : [b, a];
  const [left, right] = columnsInOrder ? [a, b] : [b, a];
  return {
    top: wholeColumns || top.rowFixed,
    bottom: wholeColumns || bottom.rowFixed,
    left: wholeRows || left.columnFixed,
    right: wholeRows || right.columnFixed,
  };
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Tokens of a formula body (the text after "="). */
export function tokenizeFormula(body: string): FormulaToken[] {
  const out: FormulaToken[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === " " || ch === "\n" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      out.push({ t: ch });
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = "";
      for (;;) {
        if (j >= body.length) throw new FormulaSyntaxError("Unterminated string");
        if (body[j] === '"') {
          if (body[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += body[j++];
      }
      out.push({ t: "str", v });
      i = j + 1;
      continue;
    }
    const prefix = matchAt(SHEET_PREFIX, body, i);
    const refAt = prefix ? i + prefix[0].length : i;
    const ref = matchAt(REFERENCE, body, refAt);
    if (ref) {
      const rect = parseRect(ref[1]);
      if (!rect) throw new FormulaSyntaxError(`Bad reference ${ref[1]}`);
      const sheet = prefix ? (prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : prefix[2]) : undefined;
      const end = refAt + ref[0].length;
      out.push({ t: "ref", rect, anchors: anchorsOf(ref[1]), sheet, sheetStart: i, sheetEnd: refAt, end });
      i = end;
      continue;
    }
    if (prefix) throw new FormulaSyntaxError("Sheet name without a reference");
    const num = matchAt(NUMBER, body, i);
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const err = matchAt(ERROR_LITERAL, body, i);
    if (err) {
      i += err[0].length;
      // "#REF!A1" is what Excel leaves of a reference to a deleted sheet.
      const lost = err[0] === "#REF!" ? matchAt(REFERENCE, body, i) : null;
      if (lost) i += lost[0].length;
      out.push({ t: "err", v: err[0] });
      continue;
    }
    const id = matchAt(IDENTIFIER, body, i);
    if (id) {
      i += id[0].length;
      const upper = id[0].toUpperCase();
      if (body[i] === "(") {
        out.push({ t: "func", v: upper });
        i++;
      } else if (upper === "TRUE" || upper === "FALSE") out.push({ t: "bool", v: upper === "TRUE" });
      else out.push({ t: "name", v: id[0] });
      continue;
    }
    const op = matchAt(OPERATOR, body, i);
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaSyntaxError(`Unexpected '${ch}'`);
  }
  return out;
}
