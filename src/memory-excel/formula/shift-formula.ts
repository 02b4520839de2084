/**
 * Formula text rewritten as Excel rewrites it when rows or columns are inserted or deleted (the references to the
 * sheet that changed follow its cells, model/cell-shift.ts), or when a conditional format's rule passes to another
 * cell of its range (relative references move, "$" ones stay).
 */
import { columnName, MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { type CellShift, shiftRect } from "../model/cell-shift";
import { tokenizeFormula, type Anchors, type FormulaToken } from "./formula-tokens";
import { movedReference } from "./shift";

type RefToken = Extract<FormulaToken, { t: "ref" }>;

/** The formula with each reference's rectangle as `rewrite` gives it: undefined keeps it, null makes it #REF!. */
function rewriteReferences(formula: string, rewrite: (ref: RefToken) => Rect | null | undefined): string {
  let tokens: FormulaToken[];
  try {
    tokens = tokenizeFormula(formula.slice(1));
  } catch {
    // Excel would not have taken a formula it cannot read: there is nothing to rewrite.
    return formula;
  }
  let body = formula.slice(1);
  for (const tok of tokens.reverse()) {
    if (tok.t !== "ref") continue;
    const rect = rewrite(tok);
    if (rect === undefined) continue;
    const local = body.slice(tok.sheetEnd, tok.end);
    // A reference lost altogether is #REF!, without its sheet (Excel writes Sheet1!#REF!: the stricter reading).
    const text =
      rect === null ? "#REF!" : `${body.slice(tok.sheetStart, tok.sheetEnd)}${localText(rect, tok.anchors, local)}`;
    body = `${body.slice(0, tok.sheetStart)}${text}${body.slice(tok.end)}`;
  }
  return `=${body}`;
}

/** A reference's text for its new rectangle, in the form it was written (cells, whole columns, whole rows). */
function localText(rect: Rect, anchors: Anchors, written: string): string {
  const col = (c: number, fixed: boolean) => `${fixed ? "$" : ""}${columnName(c)}`;
  const row = (r: number, fixed: boolean) => `${fixed ? "$" : ""}${r + 1}`;
  if (!/\d/.test(written)) return `${col(rect.left, anchors.left)}:${col(rect.right, anchors.right)}`;
  if (!/[A-Za-z]/.test(written)) return `${row(rect.top, anchors.top)}:${row(rect.bottom, anchors.bottom)}`;
  const start = `${col(rect.left, anchors.left)}${row(rect.top, anchors.top)}`;
  if (!written.includes(":")) return start;
  return `${start}:${col(rect.right, anchors.right)}${row(rect.bottom, anchors.bottom)}`;
}

/**
 * After rows or columns of a sheet were inserted or deleted: `refersToShifted` tells, from a reference's sheet
 * name (undefined when it names none), whether it points at that sheet.
 */
export function shiftFormula(
  formula: string,
  shift: CellShift,
  refersToShifted: (sheet: string | undefined) => boolean,
): string {
  return rewriteReferences(formula, (ref) => {
    if (!refersToShifted(ref.sheet)) return undefined;
    const whole = ref.rect.top === 0 && ref.rect.bottom === MAX_ROWS - 1 && shift.axis === "rows";
    const wholeRows = ref.rect.left === 0 && ref.rect.right === MAX_COLUMNS - 1 && shift.axis === "columns";
    return whole || wholeRows ? undefined : shiftRect(ref.rect, shift);
  });
}

/** The formula as used `rows` and `columns` away from the cell it was written for. */
export function moveFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return rewriteReferences(formula, (ref) => movedReference(ref.rect, ref.anchors, rows, columns));
}
