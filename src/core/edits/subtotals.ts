import { CellArea, columnLetters, SheetCells } from "../cells";
import { Grid } from "../grid";
import { Criterion, Plan, POINT_FIELDS } from "../model";
import { readPoints } from "../numbers";
import { FormulaAt, SheetFormulas } from "./circular";
import { MAX_ARGUMENTS, MAX_FORMULA_LENGTH } from "./excel-limits";
import { MergedAreas, mergeOverReads } from "./merged";
import { EditNotice, formula, num, TableEdit } from "./types";

/** "C9:C13", "C16" from rows 9..13 and 16: runs of consecutive rows become ranges. */
function refRuns(column: number, rows: readonly number[]): string[] {
  const letters = columnLetters(column);
  const parts: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const end = rows[i - 1];
    parts.push(start === end ? `${letters}${start}` : `${letters}${start}:${letters}${end}`);
    start = rows[i];
  }
  return parts;
}

/** "C9:C13,C16" from rows 9..13 and 16. */
export function compactRefs(column: number, rows: readonly number[]): string {
  return refRuns(column, rows).join(",");
}

/** =SUM over the rows' cells; past the arguments one SUM takes, the runs are added in SUMs of their own. */
export function sumFormula(column: number, rows: readonly number[]): string {
  const runs = refRuns(column, rows);
  if (runs.length <= MAX_ARGUMENTS) return `=SUM(${runs.join(",")})`;
  const parts: string[] = [];
  for (let i = 0; i < runs.length; i += MAX_ARGUMENTS) parts.push(`SUM(${runs.slice(i, i + MAX_ARGUMENTS).join(",")})`);
  return `=SUM(${parts.join(",")})`;
}

/** One subtotal cell: a group's (or the total's) point cell, the rows it adds, and how deep the group lies. */
interface Subtotal {
  readonly row: number;
  readonly column: number;
  readonly rows: readonly number[];
  /** The total is 0, a domain 1, ...: deeper subtotals are decided first. */
  readonly depth: number;
}

function subtotalsOf(plan: Plan): Subtotal[] {
  const children = new Map<number | null, number[]>();
  for (const c of plan.criteria) {
    const list = children.get(c.parentRow) ?? [];
    list.push(c.row);
    children.set(c.parentRow, list);
  }
  const out: Subtotal[] = [];
  const sumInto = (row: number, rows: readonly number[], depth: number) => {
    for (const field of POINT_FIELDS) {
      const column = plan.layout.columns[field];
      if (column !== undefined) out.push({ row, column, rows, depth });
    }
  };
  for (const c of plan.criteria) if (!c.leaf) sumInto(c.row, children.get(c.row) ?? [], c.level);
  const top = children.get(null);
  if (plan.total.row !== null && top) sumInto(plan.total.row, top, 0);
  return out;
}

/** What the subtotals are decided from besides the plan: the sheet's merges and, when read, its formulas. */
export interface SubtotalSheet {
  readonly name: string;
  readonly merges: MergedAreas;
  /** The cells that hold anything: a formula outside them reads nothing. */
  readonly within: CellArea;
  /** The formulas now in the sheet; null when they were not read (a preview), so loops are not looked for. */
  readonly formulaAt: FormulaAt | null;
}

/**
 * Live =SUM formulas in every group's and the total's max, score and target cells, over the children's cells; each
 * one that cannot be written as it should (a merge in the way, a circular reference, a formula too long) is left as
 * it is and told. Deeper groups are decided first, so that a loop through a leaf leaves the group the leaf reads.
 */
export function subtotalEdits(plan: Plan, sheet: SubtotalSheet): { edits: TableEdit[]; notices: EditNotice[] } {
  const subtotals = subtotalsOf(plan);
  const order = subtotals.map((_, i) => i).sort((a, b) => subtotals[b].depth - subtotals[a].depth);
  const written = new Map<number, string>();
  const formulas = sheet.formulaAt ? new SheetFormulas(sheet.formulaAt, sheet.within, sheet.name) : null;
  const notices: EditNotice[] = [];
  for (const i of order) {
    const { row, column, rows } = subtotals[i];
    const at = { sheet: null, row, column };
    const area =
      sheet.merges.hiding(row, column) ??
      mergeOverReads(
        sheet.merges,
        at,
        rows.map((r) => ({ row: r, column })),
      );
    if (area) {
      notices.push({ kind: "merged", ...at, area });
      continue;
    }
    const sum = sumFormula(column, rows);
    if (sum.length > MAX_FORMULA_LENGTH) {
      notices.push({ kind: "formula-too-long", ...at, length: sum.length });
      continue;
    }
    const check = formulas?.loopBack(at, sum);
    if (check?.through) {
      notices.push({ kind: "circular", ...at, through: check.through });
      continue;
    }
    if (formulas && check) formulas.write(at, sum, check);
    written.set(i, sum);
  }
  const edits = [...written]
    .sort(([a], [b]) => a - b)
    .map(([i, sum]) => ({ row: subtotals[i].row, column: subtotals[i].column, content: formula(sum) }));
  notices.sort((a, b) => a.row - b.row || a.column - b.column);
  return { edits, notices };
}

/**
 * Point cells of the criteria that SUM cannot add as the analysis reads them: a date (Excel adds its serial, say
 * 45,419 for "7.5" turned into 7 May) or text that is no number (SUM leaves it out). Sums over them stay wrong until
 * the user corrects those cells; the analysis reports each one.
 */
export function cellsSumMisreads(plan: Plan): number {
  const criteriaRows = new Set(plan.criteria.map((c) => c.row));
  return plan.issues.filter(
    (i) => (i.kind === "date-as-score" || i.kind === "unreadable-number") && i.row !== null && criteriaRows.has(i.row),
  ).length;
}

/** Leaves whose points are numbers stored as text ("1,5"): SUM and conditional formats need real numbers. */
export function textNumberEdits(plan: Plan, sheet: SheetCells): TableEdit[] {
  const grid = new Grid(sheet);
  const edits: TableEdit[] = [];
  const leaves: readonly Criterion[] = plan.criteria.filter((c) => c.leaf);
  for (const c of leaves) {
    for (const field of POINT_FIELDS) {
      const column = plan.layout.columns[field];
      if (column === undefined) continue;
      const value = grid.value(c.row, column);
      if (typeof value !== "string") continue;
      const read = readPoints(value);
      if (read.kind === "number" && !read.guessed) edits.push({ row: c.row, column, content: num(read.value) });
    }
  }
  return edits;
}
