import { CellArea, cellAddress } from "../cells";
import { Messages } from "../../i18n";
import { Criterion, Plan, PointField, Unit } from "../model";
import { quoteSheet } from "./references";
import { Content, EMPTY, formula, num, SheetDraft, StyledArea, text } from "./types";

/** Columns of an assignment sheet; the last three are the unit's to fill in. */
export const ASSIGNMENT_COLUMNS = 12;
export const CODE_COLUMN = 2;
export const INPUT_COLUMNS: readonly number[] = [10, 11, 12];
const WIDTHS = [5, 9, 38, 8, 8, 8, 8, 50, 30, 12, 22, 22];
const SUPPORT_SECTION_MARK = "II.";

/** The inputs units typed on an earlier run, by section and criterion: "lead:1.1" -> [deadline, progress, result]. */
export type KeptInputs = ReadonlyMap<string, readonly Content[]>;

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

export function assignmentSheet(ctx: AssignmentContext, unit: Unit, name: string, kept: KeptInputs): SheetDraft {
  const { plan, m } = ctx;
  const cols = m.sheets.columns;
  const byRow = new Map(plan.criteria.map((c) => [c.row, c]));
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
  const header = (other: string): string[] => [
    ...criterionHeaders(plan, m, cols.number, cols.criterion),
    cols.tasks,
    other,
    cols.deadline,
    cols.progress,
    cols.result,
  ];

  const section = (title: string, section: "lead" | "support", rows: readonly number[], other: string) => {
    cells.push([text(title)]);
    styles.push({ area: row(cells.length, 1, ASSIGNMENT_COLUMNS), style: "section" });
    cells.push(header(other).map(text));
    const headerRow = cells.length;
    styles.push({ area: row(headerRow, 1, ASSIGNMENT_COLUMNS), style: "header" });
    const criteria = rows.map((r) => byRow.get(r)!).filter(Boolean);
    if (criteria.length === 0) cells.push([EMPTY, EMPTY, text(m.sheets.noCriteria)]);
    criteria.forEach((c, i) => {
      const r = cells.length + 1;
      const others = section === "lead" ? c.support : c.lead;
      const inputs = kept.get(keptKey(section, c.code)) ?? [EMPTY, EMPTY, EMPTY];
      cells.push([...criterionColumns(ctx, c, i + 1, r), text(c.tasks), text(others.join("\n")), ...inputs]);
    });
    const first = headerRow + 1;
    const last = cells.length;
    styles.push({ area: { top: first, bottom: last, left: 1, right: 3 }, style: "cell" });
    styles.push({ area: { top: first, bottom: last, left: 4, right: 7 }, style: "number" });
    styles.push({ area: { top: first, bottom: last, left: 8, right: 9 }, style: "cell" });
    styles.push({ area: { top: first, bottom: last, left: 10, right: 12 }, style: "input" });
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
  };
}

function row(r: number, left: number, right: number): CellArea {
  return { top: r, bottom: r, left, right };
}

/** Reads back what a unit typed into an assignment sheet generated earlier, by criterion. */
export function readKeptInputs(cells: readonly (readonly Content[])[]): KeptInputs {
  const kept = new Map<string, Content[]>();
  let section: "lead" | "support" = "lead";
  for (const line of cells) {
    const [first, code] = [line[0], line[CODE_COLUMN - 1]];
    if (first?.kind === "text" && first.text.startsWith(SUPPORT_SECTION_MARK)) section = "support";
    // Criterion rows: a number in A, the criterion's code in B.
    if (first?.kind !== "number" || !code || (code.kind !== "text" && code.kind !== "number")) continue;
    const inputs = INPUT_COLUMNS.map((c) => line[c - 1] ?? EMPTY);
    const key = keptKey(section, code.kind === "text" ? code.text : String(code.value));
    if (inputs.some((i) => i.kind !== "empty")) kept.set(key, inputs);
  }
  return kept;
}
