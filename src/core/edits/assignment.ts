import { CellArea, cellAddress, columnLetters } from "../cells";
import { Messages } from "../../i18n";
import { Criterion, Plan, PointField, Unit } from "../model";
import { quoteSheet } from "./references";
import { DONE_WORDS, PROGRESS_FIELDS, ProgressField } from "../progress/words";
import {
  Content,
  EMPTY,
  formula,
  HighlightColors,
  num,
  ProgressMark,
  ProgressRule,
  SheetDraft,
  StyledArea,
  text,
  Validation,
} from "./types";

/** Columns of an assignment sheet; the last four are the unit's to fill in (PROGRESS_FIELDS, in that order). */
export const ASSIGNMENT_COLUMNS = 13;
export const CODE_COLUMN = 2;
export const INPUT_COLUMNS: readonly number[] = [10, 11, 12, 13];
const [DEADLINE, STATUS, , EVIDENCE] = INPUT_COLUMNS;
const WIDTHS = [5, 9, 38, 8, 8, 8, 8, 50, 30, 12, 16, 30, 30];
/** Rows above the first criterion of the lead section: title, subtitle, a blank line, the section's title, its header. */
const LEAD_HEADER_ROW = 5;

/** How the progress marks look: overdue as an error, done without evidence as something to complete. */
export const PROGRESS_COLORS: Readonly<Record<ProgressMark, HighlightColors>> = {
  overdue: { fill: "#FFC7CE", font: "#9C0006" },
  "missing-evidence": { fill: "#FFEB9C", font: "#9C5700" },
};

/** What units typed on an earlier run, by section and criterion ("lead:1.1"). */
export type KeptInputs = ReadonlyMap<string, ProgressInputs>;
export type ProgressInputs = Readonly<Record<ProgressField, Content>>;
export const NO_INPUTS: ProgressInputs = { deadline: EMPTY, status: EMPTY, result: EMPTY, evidence: EMPTY };

export const keptKey = (section: "lead" | "support", code: string) => `${section}:${code}`;

export interface AssignmentContext {
  readonly plan: Plan;
  readonly m: Messages;
  /** Point cells that hold numbers once this run is done, so linking to them stays right. */
  readonly numericCells: ReadonlySet<string>;
}

/** A value taken from the plan table: a live link where the cell holds a number, else the number read. */
export function linkedPoint(ctx: AssignmentContext, c: Criterion, field: PointField): Content {
  const column = ctx.plan.layout.columns[field];
  const value = c.stated[field] ?? (c.computed ? c.computed[field] : null);
  if (column === undefined) return num(value);
  const address = cellAddress(c.row, column);
  return ctx.numericCells.has(address) ? formula(`=${quoteSheet(ctx.plan.layout.sheet)}!${address}`) : num(value);
}

/** The headers of columns A..G (see criterionColumns): the first and third name what the sheet lists. */
export function criterionHeaders(plan: Plan, m: Messages, first: string, name: string): string[] {
  const cols = m.sheets.columns;
  return [
    first,
    cols.code,
    name,
    cols.max,
    cols.score(yearText(plan.layout.years.score, m)),
    cols.lost,
    cols.target(yearText(plan.layout.years.target, m)),
  ];
}

/**
 * Columns A..G of a criterion's row on a generated sheet: number, code, name, then max,
 * score, points lost (a formula over the two before it) and target.
 */
export function criterionColumns(ctx: AssignmentContext, c: Criterion, ordinal: number, row: number): Content[] {
  return [
    num(ordinal),
    text(c.code),
    text(c.name),
    linkedPoint(ctx, c, "max"),
    linkedPoint(ctx, c, "score"),
    formula(`=IF(AND(ISNUMBER(D${row}),ISNUMBER(E${row})),MAX(0,D${row}-E${row}),"")`),
    linkedPoint(ctx, c, "target"),
  ];
}

export function yearText(year: number | null, m: Messages): string {
  return year === null ? m.sheets.unknownYear : String(year);
}

/** The criteria of a section, in the order the unit's rows list them; rows that are no criterion are left out. */
export function sectionCriteria(plan: Plan, rows: readonly number[]): Criterion[] {
  const byRow = new Map(plan.criteria.map((c) => [c.row, c]));
  return rows.map((r) => byRow.get(r)).filter((c): c is Criterion => c !== undefined);
}

/** Rows of the criteria a unit leads on its assignment sheet; null when it leads none. */
export function leadRowsOf(plan: Plan, unit: Unit): { first: number; last: number } | null {
  const count = sectionCriteria(plan, unit.lead).length;
  return count === 0 ? null : { first: LEAD_HEADER_ROW + 1, last: LEAD_HEADER_ROW + count };
}

export function assignmentSheet(ctx: AssignmentContext, unit: Unit, name: string, kept: KeptInputs): SheetDraft {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  const targetYear = yearText(plan.layout.years.target, m);
  const cells: Content[][] = [
    [text(m.sheets.assignmentTitle(unit.name))],
    [text(m.sheets.assignmentSubtitle(plan.layout.sheet, targetYear))],
    [],
  ];
  const styles: StyledArea[] = [
    { area: row(1, 1, ASSIGNMENT_COLUMNS), style: "title" },
    { area: row(2, 1, ASSIGNMENT_COLUMNS), style: "subtitle" },
  ];
  const validations: Validation[] = [];
  const rules: ProgressRule[] = [];
  const header = (other: string): string[] => [
    ...criterionHeaders(plan, m, cols.number, cols.criterion),
    cols.tasks,
    other,
    cols.deadline,
    cols.status,
    cols.result,
    cols.evidence,
  ];

  const section = (title: string, section: "lead" | "support", rows: readonly number[], other: string) => {
    cells.push([text(title)]);
    styles.push({ area: row(cells.length, 1, ASSIGNMENT_COLUMNS), style: "section" });
    cells.push(header(other).map(text));
    const headerRow = cells.length;
    styles.push({ area: row(headerRow, 1, ASSIGNMENT_COLUMNS), style: "header" });
    const criteria = sectionCriteria(plan, rows);
    if (criteria.length === 0) cells.push([EMPTY, EMPTY, text(m.sheets.noCriteria)]);
    criteria.forEach((c, i) => {
      const r = cells.length + 1;
      const others = section === "lead" ? c.support : c.lead;
      const inputs = kept.get(keptKey(section, c.code)) ?? NO_INPUTS;
      cells.push([
        ...criterionColumns(ctx, c, i + 1, r),
        text(c.tasks),
        text(others.join("\n")),
        ...PROGRESS_FIELDS.map((f) => inputs[f]),
      ]);
    });
    const first = headerRow + 1;
    const last = cells.length;
    styles.push({ area: { top: first, bottom: last, left: 1, right: 3 }, style: "cell" });
    styles.push({ area: { top: first, bottom: last, left: 4, right: 7 }, style: "number" });
    styles.push({ area: { top: first, bottom: last, left: 8, right: 9 }, style: "cell" });
    styles.push({ area: { top: first, bottom: last, left: DEADLINE, right: EVIDENCE }, style: "input" });
    if (criteria.length > 0) {
      styles.push({ area: column(first, last, DEADLINE), style: "date" });
      validations.push(...progressValidations(m, first, last));
      rules.push(...progressRules(first, last));
    }
    return headerRow;
  };

  const leadHeader = section(m.sheets.leadSection, "lead", unit.lead, cols.support);
  cells.push([]);
  section(`${m.sheets.supportSection}`, "support", unit.support, cols.lead);

  return {
    kind: "assignment",
    name,
    unit: unit.name,
    cells,
    styles,
    columnWidths: WIDTHS,
    titleRows: { first: leadHeader, last: leadHeader },
    merges: [row(1, 1, ASSIGNMENT_COLUMNS), row(2, 1, ASSIGNMENT_COLUMNS)],
    chart: null,
    validations,
    rules,
    linkedCells: null,
  };
}

function progressValidations(m: Messages, first: number, last: number): Validation[] {
  const { statuses, columns } = m.sheets;
  return [
    { kind: "date", area: column(first, last, DEADLINE), title: columns.deadline, message: m.sheets.deadlineInvalid },
    {
      kind: "list",
      area: column(first, last, STATUS),
      items: [statuses.notStarted, statuses.inProgress, statuses.done],
      title: columns.status,
      message: m.sheets.statusInvalid,
    },
  ];
}

/**
 * Marks on the status cell a deadline passed without the criterion done, and on the evidence cell one done without
 * evidence. TODAY() keeps them live; "=" compares text without regard to case, as the drop-down's words may be
 * typed. Both languages' "done" count, as `par-index status` reads them.
 */
function progressRules(first: number, last: number): ProgressRule[] {
  const [d, s, e] = [DEADLINE, STATUS, EVIDENCE].map((c) => `$${columnLetters(c)}${first}`);
  const isDone = `OR(${DONE_WORDS.map((w) => `${s}="${w}"`).join(",")})`;
  return [
    {
      mark: "overdue",
      area: column(first, last, STATUS),
      formula: `=AND(ISNUMBER(${d}),${d}<TODAY(),NOT(${isDone}))`,
    },
    { mark: "missing-evidence", area: column(first, last, EVIDENCE), formula: `=AND(${isDone},LEN(TRIM(${e}))=0)` },
  ];
}

function column(top: number, bottom: number, c: number): CellArea {
  return { top, bottom, left: c, right: c };
}

function row(r: number, left: number, right: number): CellArea {
  return { top: r, bottom: r, left, right };
}
