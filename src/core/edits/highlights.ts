import { columnLetters, SheetCells } from "../cells";
import { MergedAreas } from "./merged";
import { Messages } from "../../i18n";
import { Plan } from "../model";
import { HighlightColors, HighlightKind, HighlightRule, Highlights, TableEdit, text } from "./types";

/** Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text", and an orange. */
export const HIGHLIGHT_COLORS: Readonly<Record<HighlightKind, HighlightColors>> = {
  zero: { fill: "#FFC7CE", font: "#9C0006" },
  partial: { fill: "#FFEB9C", font: "#9C5700" },
  target: { fill: "#F8CBAD", font: "#833C0B" },
};

export const LEGEND_KINDS: readonly HighlightKind[] = ["zero", "partial", "target"];

/** XFD, Excel's last column. */
const LAST_COLUMN = 16_384;

/** Body rows that carry points: the table without its header and total row. */
function pointRows(plan: Plan): { first: number; last: number } | null {
  const last = plan.total.row !== null ? plan.total.row - 1 : plan.layout.lastRow;
  return last >= plan.layout.firstRow ? { first: plan.layout.firstRow, last } : null;
}

/**
 * Highlights as planned, or no room for their legend anywhere beside the table (rows `top` to `bottom`): then there
 * are none, and the user is told.
 */
export type HighlightPlan =
  | { readonly kind: "made"; readonly highlights: Highlights; readonly legendEdits: TableEdit[] }
  | { readonly kind: "no-legend-room"; readonly top: number; readonly bottom: number };

/**
 * Conditional formats on the score and target cells, their cell-by-cell equivalent, and a legend beside the table;
 * null when the table has no score or maximum to compare.
 */
export function highlightEdits(
  plan: Plan,
  sheet: SheetCells,
  m: Messages,
  legendColumn: number | null,
  merges: MergedAreas,
): HighlightPlan | null {
  const { max, score, target } = plan.layout.columns;
  const rows = pointRows(plan);
  if (score === undefined || max === undefined || !rows) return null;
  const ref = (column: number) => `$${columnLetters(column)}${rows.first}`;
  const [m$, s$] = [ref(max), ref(score)];
  const rules: HighlightRule[] = [
    {
      kind: "zero",
      area: { top: rows.first, bottom: rows.last, left: score, right: score },
      formula: `=AND(ISNUMBER(${s$}),ISNUMBER(${m$}),${s$}=0,${m$}>0)`,
    },
    {
      kind: "partial",
      area: { top: rows.first, bottom: rows.last, left: score, right: score },
      formula: `=AND(ISNUMBER(${s$}),ISNUMBER(${m$}),${s$}>0,${s$}<${m$})`,
    },
  ];
  if (target !== undefined) {
    const t$ = ref(target);
    rules.push({
      kind: "target",
      area: { top: rows.first, bottom: rows.last, left: target, right: target },
      formula: `=AND(ISNUMBER(${t$}),OR(AND(ISNUMBER(${m$}),${t$}>${m$}),AND(ISNUMBER(${s$}),${t$}<${s$})))`,
    });
  }

  // A cell under another's merge is not coloured on its own (hosts without conditional formats).
  const fills: { row: number; column: number; kind: HighlightKind }[] = [];
  for (const c of plan.criteria) {
    const { max: mx, score: sc, target: tg } = c.stated;
    const fill = (column: number, kind: HighlightKind) => {
      if (merges.hiding(c.row, column) === null) fills.push({ row: c.row, column, kind });
    };
    if (mx !== null && sc !== null && mx > 0) {
      if (sc === 0) fill(score, "zero");
      else if (sc > 0 && sc < mx) fill(score, "partial");
    }
    if (target !== undefined && tg !== null && ((mx !== null && tg > mx) || (sc !== null && tg < sc))) {
      fill(target, "target");
    }
  }

  // Unless a rerun reuses it: one empty column between the table (or anything else on the sheet) and the legend.
  // Clear of merged areas in any case: a legend cell under another cell's merge would not show.
  const usedRight = sheet.left + sheet.values.reduce((w, r) => Math.max(w, r.length), 0) - 1;
  const top = plan.layout.headerTop;
  const labels = [m.sheets.legendTitle, m.sheets.legendZero, m.sheets.legendPartial, m.sheets.legendTarget];
  const underMerge = (c: number) => labels.some((_, i) => merges.hiding(top + i, c) !== null);
  const tableColumns = Object.values(plan.layout.columns);
  let column = legendColumn ?? Math.max(usedRight, ...tableColumns) + 2;
  while (underMerge(column)) column++;
  if (column > LAST_COLUMN) {
    // Something reaches the sheet's last columns: the legend goes nearest the table where its cells and a column
    // either side of them are empty, to the right first. Without such a column there is no legend, nor highlights
    // (colours nobody can read), and the user is told why.
    // Cells off the sheet's edges (column 0, column XFD + 1) read as empty: no value is kept there.
    const empty = (row: number, c: number) => (sheet.values[row - sheet.top]?.[c - sheet.left] ?? null) === null;
    const fits = (c: number) =>
      !underMerge(c) && [c - 1, c, c + 1].every((n) => labels.every((_, i) => empty(top + i, n)));
    const [left, right] = [Math.min(...tableColumns), Math.max(...tableColumns)];
    // Leftward from two columns left of the table; none when the table starts in A or B (the search went on to
    // columns 0 and -1 before, which Excel refused mid-run).
    const found = [...columnRange(right + 2, LAST_COLUMN), ...columnRange(1, left - 2).reverse()].find(fits);
    if (found === undefined) return { kind: "no-legend-room", top, bottom: top + labels.length - 1 };
    column = found;
  }
  const legendEdits = labels.map((label, i) => ({ row: top + i, column, content: text(label) }));
  return {
    kind: "made",
    highlights: { rules, fills, legend: { top, left: column, bottom: top + labels.length - 1, right: column } },
    legendEdits,
  };
}

/** The columns from `first` to `last`, inclusive, ascending; none when `first` lies past `last`. */
function columnRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
