import { CellArea, columnLetters } from "../cells";
import { pointsAtStake } from "../plan-totals";
import { STATUS_WORDS } from "../progress/words";
import {
  AssignmentContext,
  criterionColumns,
  criterionHeaders,
  INPUT_COLUMNS,
  leadRowsOf,
  yearText,
} from "./assignment";
import { quoteSheet } from "./references";
import { ChartDraft, Content, EMPTY, formula, num, SheetDraft, Style, StyledArea, text } from "./types";

const WIDTHS = [7, 12, 48, 11, 11, 11, 11, 11, 36];
const COLUMNS = 9;

/** The summary's cells as they grow, section after section. */
class SummaryBuilder {
  readonly cells: Content[][] = [];
  readonly styles: StyledArea[] = [];
  readonly merges: CellArea[] = [];

  /** Adds a row; returns its number. */
  push(row: Content[]): number {
    this.cells.push(row);
    return this.cells.length;
  }
  get last(): number {
    return this.cells.length;
  }
  style(top: number, bottom: number, left: number, right: number, style: Style): void {
    this.styles.push({ area: { top, bottom: Math.max(top, bottom), left, right }, style });
  }
  section(title: string): void {
    const r = this.push([text(title)]);
    this.style(r, r, 1, COLUMNS, "section");
  }
  header(labels: readonly string[]): number {
    const r = this.push(labels.map(text));
    this.style(r, r, 1, labels.length, "header");
    return r;
  }
}

/**
 * Per domain, per lead unit, the criteria ranked by points lost, with a chart of score against max; and, when the
 * run makes the assignment sheets, the progress per lead unit as live formulas over them.
 */
export function summarySheet(
  ctx: AssignmentContext,
  name: string,
  unitSheets: ReadonlyMap<string, string> | null,
): SheetDraft {
  const { plan, m } = ctx;
  const b = new SummaryBuilder();
  b.push([text(m.sheets.summaryTitle(yearText(plan.layout.years.target, m)))]);
  b.push([text(m.sheets.summarySubtitle(plan.layout.sheet))]);
  b.push([]);
  b.style(1, 1, 1, COLUMNS, "title");
  b.style(2, 2, 1, COLUMNS, "subtitle");
  b.merges.push(line(1), line(2));
  const chartData = domainsSection(ctx, b);
  b.push([]);
  unitsSection(ctx, b);
  b.push([]);
  rankingSection(ctx, b);
  let linkedCells: CellArea | null = null;
  if (unitSheets) {
    b.push([]);
    linkedCells = progressSection(ctx, b, unitSheets);
  }
  return {
    kind: "summary",
    name,
    unit: null,
    cells: b.cells,
    styles: b.styles,
    columnWidths: WIDTHS,
    titleRows: null,
    merges: b.merges,
    chart: {
      title: m.sheets.chartTitle(yearText(plan.layout.years.score, m)),
      ...chartData,
      anchor: { top: 4, bottom: 22, left: 11, right: 19 },
    },
    validations: [],
    rules: [],
    linkedCells,
  };
}

/**
 * Section I's columns from the other sections' (number, code, name, ...): no running number beside a code that
 * holds the same 1..8; the code spans A:B instead.
 */
function codeForNumber<T>([, code, ...rest]: readonly T[], blank: T): T[] {
  return [code, blank, ...rest];
}

/**
 * I. Domains: max, score, points lost, target and the share achieved. Returns what the chart reads: names, max and
 * score (C..E), labelled by the domains' codes (A), which the rows beside the chart spell out.
 */
function domainsSection(ctx: AssignmentContext, b: SummaryBuilder): Pick<ChartDraft, "source" | "categories"> {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  b.section(m.sheets.domainsSection);
  const header = b.header([...codeForNumber(criterionHeaders(plan, m, cols.number, cols.domain), ""), cols.percent]);
  const percent = (r: number) => formula(`=IF(AND(ISNUMBER(D${r}),N(D${r})>0),E${r}/D${r},"")`);
  plan.criteria
    .filter((c) => c.parentRow === null)
    .forEach((d, i) => {
      const r = b.last + 1;
      b.push([...codeForNumber(criterionColumns(ctx, d, i + 1, r), EMPTY), percent(r)]);
    });
  const [first, last] = [header + 1, b.last];
  const total = b.push([
    EMPTY,
    EMPTY,
    text(m.sheets.total),
    ...["D", "E", "F", "G"].map((c) => formula(`=SUM(${c}${first}:${c}${last})`)),
    percent(last + 1),
  ]);
  b.style(first, last, 1, 3, "cell");
  b.style(first, total, 4, 7, "number");
  b.style(first, total, 8, 8, "percent");
  b.style(total, total, 1, 8, "total");
  mergePairs(b, header, 1);
  return {
    source: { top: header, bottom: last, left: 3, right: 5 },
    categories: { top: first, bottom: last, left: 1, right: 1 },
  };
}

/** II. Units: criteria led and supported, and the points lost in the criteria they lead. */
function unitsSection(ctx: AssignmentContext, b: SummaryBuilder): void {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  b.section(m.sheets.unitsSection);
  const header = b.header([cols.number, cols.unit, "", cols.leadCount, cols.supportCount, cols.atStake]);
  plan.units.forEach((u, i) => {
    b.push([num(i + 1), text(u.name), EMPTY, num(u.lead.length), num(u.support.length), num(pointsAtStake(plan, u))]);
  });
  b.style(header + 1, b.last, 1, 3, "cell");
  b.style(header + 1, b.last, 4, 6, "number");
  mergePairs(b, header, 2);
}

/** Each row's cell in column `left` spans it and the next column, from the header down (a unit's name: B:C). */
function mergePairs(b: SummaryBuilder, header: number, left: number): void {
  for (let r = header; r <= b.last; r++) b.merges.push({ top: r, bottom: r, left, right: left + 1 });
}

/** III. Criteria that lost points, most first; equal losses in table order (the criteria's, kept by a stable sort). */
function rankingSection(ctx: AssignmentContext, b: SummaryBuilder): void {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  b.section(m.sheets.rankingSection);
  const header = b.header([...criterionHeaders(plan, m, cols.number, cols.criterion), "", cols.lead]);
  const ranked = plan.criteria.filter((c) => c.leaf && c.pointsLost > 0).sort((x, y) => y.pointsLost - x.pointsLost);
  ranked.forEach((c, i) => b.push([...criterionColumns(ctx, c, i + 1, b.last + 1), EMPTY, text(c.lead.join("\n"))]));
  b.style(header + 1, b.last, 1, 3, "cell");
  b.style(header + 1, b.last, 4, 7, "number");
  b.style(header + 1, b.last, 9, 9, "cell");
}

const [DEADLINE, STATUS, , EVIDENCE] = INPUT_COLUMNS.map(columnLetters);

/**
 * IV. Progress per lead unit, live: COUNTIFS over the unit's lead rows on its assignment sheet, TODAY() for what is
 * overdue, so that a co-author without the add-in sees the state of today. Each formula names one sheet and one
 * range, whatever the plan's size: far below Excel's 8,192 characters. Counted as `par-index status` counts: the
 * drop-down's words in either language, in any letter case (COUNTIFS ignores case); a deadline typed as text is
 * never overdue; not started is what is neither done nor in progress.
 */
function progressSection(ctx: AssignmentContext, b: SummaryBuilder, unitSheets: ReadonlyMap<string, string>): CellArea {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  const { statuses } = m.sheets;
  b.section(m.sheets.progressSection);
  const header = b.header([
    cols.number,
    cols.unit,
    "",
    cols.leadCount,
    statuses.done,
    statuses.inProgress,
    statuses.notStarted,
    cols.overdue,
    cols.missingEvidence,
  ]);
  plan.units.forEach((u, i) => {
    const rows = leadRowsOf(plan, u);
    const sheet = unitSheets.get(u.name);
    const r = b.last + 1;
    if (!rows || sheet === undefined) {
      b.push([num(i + 1), text(u.name), EMPTY, ...Array.from({ length: 6 }, () => num(0))]);
      return;
    }
    const range = (c: string) => `${quoteSheet(sheet)}!$${c}$${rows.first}:$${c}$${rows.last}`;
    const countOf = (words: readonly string[], ...more: string[]) =>
      words.map((w) => `COUNTIFS(${[range(STATUS), `"${w}"`, ...more].join(",")})`).join("+");
    const notDone = STATUS_WORDS.done.map((w) => `${range(STATUS)},"<>${w}"`).join(",");
    b.push([
      num(i + 1),
      text(u.name),
      EMPTY,
      formula(`=ROWS(${range(STATUS)})`),
      formula(`=${countOf(STATUS_WORDS.done)}`),
      formula(`=${countOf(STATUS_WORDS["in-progress"])}`),
      formula(`=D${r}-E${r}-F${r}`),
      formula(`=COUNTIFS(${range(DEADLINE)},"<"&TODAY(),${notDone})`),
      // Done less done with evidence: "<>" (not empty) reads the same in Excel and LibreOffice.
      formula(`=E${r}-(${countOf(STATUS_WORDS.done, range(EVIDENCE), '"<>"')})`),
    ]);
  });
  const [first, last] = [header + 1, b.last];
  const total = b.push([
    EMPTY,
    text(m.sheets.total),
    EMPTY,
    // With no unit there are no rows to sum: SUM(D18:D17) would take in the total's own cell, a circular reference.
    ...["D", "E", "F", "G", "H", "I"].map((c) => (last < first ? num(0) : formula(`=SUM(${c}${first}:${c}${last})`))),
  ]);
  b.style(first, total, 1, 3, "cell");
  b.style(first, total, 4, 9, "cell");
  b.style(total, total, 1, 9, "total");
  mergePairs(b, header, 2);
  // The counts name the unit sheets.
  return { top: first, bottom: Math.max(first, last), left: 4, right: 9 };
}

function line(r: number): CellArea {
  return { top: r, bottom: r, left: 1, right: COLUMNS };
}
