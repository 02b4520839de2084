import { SheetCells } from "../cells";
import { columnLetters } from "../cells";
import { Grid } from "../grid";
import { Criterion, Plan, POINT_FIELDS } from "../model";
import { readPoints } from "../numbers";
import { formula, num, TableEdit } from "./types";

/** "C9:C13,C16" from rows 9..13 and 16: runs of consecutive rows become ranges. */
export function compactRefs(column: number, rows: readonly number[]): string {
  const letters = columnLetters(column);
  const parts: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const end = rows[i - 1];
    parts.push(start === end ? `${letters}${start}` : `${letters}${start}:${letters}${end}`);
    start = rows[i];
  }
  return parts.join(",");
}

/** Live =SUM formulas in every group's and the total's max, score and target cells, over the children's cells. */
export function subtotalEdits(plan: Plan): TableEdit[] {
  const children = new Map<number | null, number[]>();
  for (const c of plan.criteria) {
    const list = children.get(c.parentRow) ?? [];
    list.push(c.row);
    children.set(c.parentRow, list);
  }
  const edits: TableEdit[] = [];
  const sumInto = (row: number, childRows: readonly number[]) => {
    for (const field of POINT_FIELDS) {
      const column = plan.layout.columns[field];
      if (column === undefined) continue;
      edits.push({ row, column, content: formula(`=SUM(${compactRefs(column, childRows)})`) });
    }
  };
  for (const c of plan.criteria) if (!c.leaf) sumInto(c.row, children.get(c.row) ?? []);
  const top = children.get(null);
  if (plan.total.row !== null && top) sumInto(plan.total.row, top);
  return edits;
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
