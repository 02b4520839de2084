import { CellArea } from "../cells";

/**
 * What a cell is given, or held before we changed it. Text is always text: adapters write it so that Excel cannot read
 * it as a formula. What a user typed keeps its type and look through a rerun, a Restore and a rollback: a number its
 * number format (a date is a number shown as one), text its hyperlink, a boolean and an error value their kind.
 */
export type Content =
  | { readonly kind: "text"; readonly text: string; readonly link?: string }
  /** `format`: the cell's number format, when it is not "General". */
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  /** English syntax with the leading "=", written through `formulas`. */
  | { readonly kind: "formula"; readonly formula: string; readonly format?: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** An error value typed as one, such as "#N/A". */
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "empty" };

export const EMPTY: Content = { kind: "empty" };
export const text = (t: string): Content => (t === "" ? EMPTY : { kind: "text", text: t });
export const num = (n: number | null): Content => (n === null ? EMPTY : { kind: "number", value: n });
export const formula = (f: string): Content => ({ kind: "formula", formula: f });

/** Content of a cell as read through `formulas`: a formula, a number, a boolean, text or nothing. */
export function contentOf(value: string | number | boolean | null | undefined): Content {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  return value.startsWith("=") ? { kind: "formula", formula: value } : { kind: "text", text: value };
}

/**
 * Whether two contents hold the same: kind and value, a formula's text in any letter case (Excel gives functions and
 * references back in capitals); a number format or a link aside.
 */
export function sameValue(a: Content, b: Content): boolean {
  switch (a.kind) {
    case "formula":
      return b.kind === "formula" && a.formula.toUpperCase() === b.formula.toUpperCase();
    case "text":
      return b.kind === "text" && a.text === b.text;
    case "number":
    case "boolean":
      return b.kind === a.kind && b.value === a.value;
    case "error":
      return b.kind === "error" && a.code === b.code;
    case "empty":
      return b.kind === "empty";
  }
}

/** A number format worth keeping: "General" is what a cell has without one. */
export const keptFormat = (format: unknown): { format?: string } =>
  typeof format === "string" && format !== "" && format !== "General" ? { format } : {};

/** What a content shows as text, for what reads cells as words (the kept progress, the chart's categories). */
export function shownText(c: Content): string {
  switch (c.kind) {
    case "text":
      return c.text;
    case "number":
      return String(c.value);
    case "formula":
      return c.formula;
    case "boolean":
      return c.value ? "TRUE" : "FALSE";
    case "error":
      return c.code;
    case "empty":
      return "";
  }
}

/** The few looks generated sheets use; adapters map each to fonts, fills and borders. */
export type Style =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "cell"
  | "number"
  | "percent"
  | "input"
  /** Over "input": shown as dd/mm/yyyy. */
  | "date"
  | "total";

/** The format of a "date" cell, whatever the language: Vietnamese staff write dates day first. */
export const DATE_FORMAT = "dd/mm/yyyy";

export interface StyledArea {
  readonly area: CellArea;
  readonly style: Style;
}

export type Operation = "subtotals" | "highlights" | "assignments" | "summary";
export const OPERATIONS: readonly Operation[] = ["subtotals", "highlights", "assignments", "summary"];

export type GeneratedKind = "assignment" | "summary";

/** A sheet the add-in creates, whole. */
export interface SheetDraft {
  readonly kind: GeneratedKind;
  readonly name: string;
  /** The unit an assignment sheet is for; null for the summary. */
  readonly unit: string | null;
  /** Row-major from A1. */
  readonly cells: readonly (readonly Content[])[];
  readonly styles: readonly StyledArea[];
  /** Widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top and repeated on every printed page (1-based, inclusive). */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  readonly merges: readonly CellArea[];
  readonly chart: ChartDraft | null;
  /** What Excel lets a unit type into the progress columns. */
  readonly validations: readonly Validation[];
  /** Conditional formats that mark progress needing attention, live in Excel without the add-in. */
  readonly rules: readonly ProgressRule[];
  /**
   * Cells whose formulas name other sheets this run generates. Excel makes a formula follow a sheet it names when
   * that sheet is renamed, and turns it into #REF! when it is deleted: a host that renames the sheets being replaced
   * writes these once every sheet has its final name.
   */
  readonly linkedCells: CellArea | null;
}

/** Excel's data validation: a date, or one of a drop-down list's words; the alert (title, message) on anything else. */
export type Validation = { readonly area: CellArea; readonly title: string; readonly message: string } & (
  { readonly kind: "date" } | { readonly kind: "list"; readonly items: readonly string[] }
);

/** The earliest deadline a date validation accepts (ISO): any real deadline, and no small number taken for a date. */
export const EARLIEST_DEADLINE = "2000-01-01";

/** A deadline passed and not done; done without evidence. */
export type ProgressMark = "overdue" | "missing-evidence";

export interface ProgressRule {
  readonly mark: ProgressMark;
  readonly area: CellArea;
  /** Formula for the area's top-left cell, relative like Excel's conditional formats. */
  readonly formula: string;
}

export interface ChartDraft {
  readonly title: string;
  /** Labels in the first column, one series per further column, names in the first row. */
  readonly source: CellArea;
  /**
   * The labels under the bars, one per row of the source below its first: they replace the source's first column,
   * whose long domain names a chart cuts short ("CẢI CÁ…" for five of eight).
   */
  readonly categories: CellArea;
  /** Where the chart sits. */
  readonly anchor: CellArea;
}

/** One series per source column after the labels'. */
export const chartSeriesCount = (chart: ChartDraft): number => chart.source.right - chart.source.left;

/** A cell of the plan table the add-in changes; its old content goes into the backup first. */
export interface TableEdit {
  readonly row: number;
  readonly column: number;
  readonly content: Content;
}

export type HighlightKind = "zero" | "partial" | "target";

export interface HighlightRule {
  readonly kind: HighlightKind;
  readonly area: CellArea;
  /** Formula for the area's top-left cell, relative like Excel's conditional formats. */
  readonly formula: string;
}

export interface HighlightColors {
  readonly fill: string;
  readonly font: string;
}

export interface Highlights {
  readonly rules: readonly HighlightRule[];
  /** Cell by cell, for hosts without conditional formats. */
  readonly fills: readonly { readonly row: number; readonly column: number; readonly kind: HighlightKind }[];
  /** The legend's cells beside the table (table edits carry their text). */
  readonly legend: CellArea;
}

/** A cell of a sheet, 1-based. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** An area's cells, row by row. */
export function cellsOfArea({ top, left, bottom, right }: CellArea): CellRef[] {
  const cells: CellRef[] = [];
  for (let row = top; row <= bottom; row++)
    for (let column = left; column <= right; column++) cells.push({ row, column });
  return cells;
}

/** Where a notice is: a cell of the plan table's sheet (`sheet` null) or of a generated sheet. */
export interface NoticeCell extends CellRef {
  readonly sheet: string | null;
}

/**
 * A change the run leaves out, or makes otherwise than planned, and why; the user is told each one (the pane, and
 * `par-index apply` on stderr).
 */
export type EditNotice =
  /** The cell lies under a merged area whose top-left cell is another, or its own merge hides cells it would add. */
  | (NoticeCell & { readonly kind: "merged"; readonly area: CellArea })
  /** A cell the SUM would add refers back to the subtotal (`through` holds that formula): a circular reference. */
  | (NoticeCell & { readonly kind: "circular"; readonly through: CellRef & { readonly formula: string } })
  /** The formula would be longer than Excel takes. */
  | (NoticeCell & { readonly kind: "formula-too-long"; readonly length: number })
  /** A number Excel cannot hold (infinite, or not a number): the cell is left as it is. */
  | (NoticeCell & { readonly kind: "not-a-number" })
  /** Text longer than a cell holds, cut at a word with "…"; `length` is the text's own, `code` the criterion's. */
  | (NoticeCell & { readonly kind: "text-cut"; readonly length: number; readonly code: string | null })
  /**
   * No column beside the table is free for the legend in rows `row` to `bottom`: no highlights either. The cell is
   * the header's first, where the legend's rows start.
   */
  | (NoticeCell & { readonly kind: "no-legend-room"; readonly bottom: number });

export type NoticeKind = EditNotice["kind"];

export interface EditPlan {
  readonly sheet: string;
  readonly tableEdits: readonly TableEdit[];
  readonly highlights: Highlights | null;
  readonly sheets: readonly SheetDraft[];
  /** What the run leaves out or cuts, in table order: the adapters write the rest. */
  readonly notices: readonly EditNotice[];
}
