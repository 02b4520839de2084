import type { StateNotice } from "../core/edits/reconcile";
import type { Operation } from "../core/edits/types";
import type { IssueKind, IssueParams, PointField, Role, Severity } from "../core/model";
import type { HostErrorKind } from "../office/host-error";

export type Language = "vi" | "en";

/** What went wrong and what to do next. */
export interface Problem {
  readonly title: string;
  readonly body: string;
}

/** The task pane. */
export interface PaneMessages {
  readonly title: string;
  readonly language: string;
  readonly languageNames: Record<Language, string>;
  readonly reading: string;
  readonly detect: {
    readonly region: string;
    /** The one line on top: "Bảng trên trang "Phụ lục", dòng 8–72". */
    readonly table: (sheet: string, firstRow: number, lastRow: number) => string;
    readonly selection: (sheet: string, range: string) => string;
    /** Opens and closes the details and the ways to point the pane elsewhere. */
    readonly change: string;
    readonly headerRow: (headerRow: number) => string;
    readonly years: (score: string, target: string) => string;
    readonly unknownYear: string;
    readonly counts: (domains: number, criteria: number, units: number) => string;
    readonly sheet: string;
    readonly useSelection: string;
    readonly reread: string;
    /** Said to screen readers when the pane read the table again by itself, after it changed. */
    readonly followed: string;
    readonly chooseColumns: string;
  };
  readonly columns: {
    readonly title: string;
    readonly headerRow: string;
    readonly roles: Record<Role, string>;
    readonly none: string;
    readonly column: (letters: string, header: string) => string;
    readonly save: string;
    readonly automatic: string;
    readonly cancel: string;
    readonly needNumbering: string;
  };
  readonly tabs: {
    readonly overview: string;
    readonly problems: string;
    readonly units: string;
    readonly actions: string;
    readonly followUp: string;
    readonly unitFiles: string;
  };
  /** The follow-up view: how each unit is doing on the criteria it leads, from the assignment sheets. */
  readonly followUp: {
    readonly asOf: string;
    readonly reread: string;
    readonly none: string;
    readonly summary: (done: number, inProgress: number, notStarted: number) => string;
    /** The bar's accessible name. */
    readonly bar: (unit: string, done: number, total: number) => string;
    readonly overdue: (n: number) => string;
    readonly missingEvidence: (n: number) => string;
    readonly reminder: string;
    readonly copy: string;
    readonly copied: string;
    readonly check: (n: number) => string;
  };
  readonly overview: {
    /** The total as the table states it, then as its criteria add up when that differs. */
    readonly stated: string;
    readonly computed: string;
    readonly lost: string;
    readonly outOf: (score: string, max: string) => string;
    readonly domains: string;
    readonly meter: (domain: string, score: string, max: string) => string;
    /** Under a domain whose stated subtotal differs from what its criteria add up to. */
    readonly domainComputed: (sum: string) => string;
    readonly wrong: string;
    readonly rounded: string;
  };
  readonly problems: {
    readonly group: (severity: string, count: number) => string;
    readonly none: string;
    readonly hint: string;
    readonly row: (row: number) => string;
    readonly wholeTable: string;
  };
  readonly units: {
    readonly none: string;
    readonly sheet: (name: string) => string;
    readonly leads: (codes: string) => string;
    readonly supports: (codes: string) => string;
    readonly nothing: string;
    readonly atStake: (points: string) => string;
    readonly mergeTitle: string;
    readonly mergeSource: string;
    readonly mergeTarget: string;
    /** The empty first choice of the unit lists: nothing is chosen until the user chooses. */
    readonly choose: string;
    readonly merge: string;
    /** What a merge will change, asked before it is saved. */
    readonly mergeWill: (source: string, target: string, leads: number, supports: number) => string;
    readonly confirmMerge: string;
    readonly merged: (source: string, target: string) => string;
    readonly renameTitle: string;
    readonly renameUnit: string;
    readonly newName: string;
    readonly rename: string;
    readonly renamed: (from: string, to: string) => string;
    readonly undo: string;
    readonly undone: string;
    readonly cancel: string;
  };
  readonly actions: {
    readonly operations: Record<Operation, string>;
    readonly subtotals: (cells: number, groups: number, withTotal: boolean) => string;
    readonly converted: (cells: number) => string;
    /** Cells a SUM cannot add as written (dates, text that is no number): said before the formulas are written. */
    readonly sumMisreads: (cells: number) => string;
    /** Subtotal cells the run leaves as they are (a merge in the way, Excel's limits): the result says why, each. */
    readonly leftAsIs: (cells: number) => string;
    readonly noSubtotals: string;
    readonly highlights: (cells: number, legendColumn: string) => string;
    readonly noHighlights: string;
    readonly assignments: (sheets: number, replaced: number) => string;
    readonly summary: (name: string, replaces: boolean) => string;
    readonly noUnits: string;
    readonly apply: string;
    readonly applying: string;
    readonly chooseOne: string;
    /** The result's heading, and one sentence per thing done (none for what did nothing). */
    readonly done: string;
    readonly doneFormulas: (cells: number) => string;
    readonly doneConverted: (cells: number) => string;
    readonly doneHighlights: (cells: number) => string;
    readonly doneAssignments: (sheets: number) => string;
    readonly doneSummary: (name: string) => string;
    readonly doneNothing: string;
    readonly created: string;
    readonly restore: string;
    readonly restoreHint: string;
    readonly clearHighlights: string;
    readonly clearHint: string;
    readonly restored: string;
    readonly cleared: string;
    /** A cell Restore or Clear highlights left as it is, because a merge the user made since hides it. */
    readonly notPutBack: (cell: string, area: string) => string;
    /**
     * A cell Restore or Clear highlights left as it is, because it no longer holds what the add-in wrote there:
     * rows or columns inserted or deleted moved another cell's content into it, or the user typed over it.
     */
    readonly notPutBackChanged: (cell: string) => string;
    /** What a run found wrong with the add-in's data kept in the workbook, said once (the run rewrites it). */
    readonly stateNotice: (notice: StateNotice) => string;
  };
  readonly errors: Record<HostErrorKind | "unexpected" | "noTable" | "noSelection" | "crash" | "notInExcel", Problem>;
  readonly retry: string;
  readonly dismiss: string;
}

/** What a message needs to know about where it is. */
export interface IssueContext {
  readonly params: IssueParams;
  /** "Lĩnh vực 5", "Tiêu chí 7.1": the criterion the issue is about. */
  readonly where: string;
  /** "điểm năm 2023": the column the issue is about. */
  readonly field: string;
  readonly num: (n: number | string) => string;
}

/** Every user-facing string of the engine, generated sheets and task pane, in one language (the command line's own
 * are in cli-messages.ts, so that the pane does not load them). */
export interface Messages {
  readonly decimalSeparator: string;
  readonly levelName: (level: number) => string;
  readonly fieldName: (field: PointField, year: number | null) => string;
  readonly totalRow: string;
  readonly severity: Record<Severity, string>;
  readonly issues: Record<IssueKind, (c: IssueContext) => string>;
  /** What a run left out or cut, and why (see EditNotice); each sentence starts with `where`. */
  readonly notices: {
    /** "Lĩnh vực 1, điểm tối đa (ô C5)"; `what` is "" when the cell is no criterion's. */
    readonly cell: (what: string, cell: string) => string;
    readonly onSheet: (sheet: string, cell: string) => string;
    readonly merged: (where: string, area: string) => string;
    readonly circular: (where: string, cell: string, formula: string) => string;
    readonly formulaTooLong: (where: string, length: string, limit: string) => string;
    readonly notANumber: (where: string) => string;
    /** `criterion` is "Tiêu chí 1.1" when the text is a criterion's, else "". */
    readonly textCut: (where: string, criterion: string, length: string, limit: string) => string;
    /** No room for the legend in these rows, so no highlights: said without a cell (there is none). */
    readonly noLegendRoom: (top: number, bottom: number) => string;
  };
  /** Text written into the workbook: legend, assignment sheets, summary. */
  readonly sheets: {
    readonly legendTitle: string;
    readonly legendZero: string;
    readonly legendPartial: string;
    readonly legendTarget: string;
    readonly assignmentTitle: (unit: string) => string;
    readonly assignmentSubtitle: (sheet: string, year: string) => string;
    /** A unit file's second line: which plan it comes from, and what the unit does with it. */
    readonly unitFileSubtitle: (plan: string, year: string, columns: string) => string;
    readonly leadSection: string;
    readonly supportSection: string;
    readonly noCriteria: string;
    readonly columns: {
      readonly number: string;
      readonly code: string;
      readonly criterion: string;
      readonly max: string;
      readonly score: (year: string) => string;
      readonly lost: string;
      readonly target: (year: string) => string;
      readonly tasks: string;
      readonly support: string;
      readonly lead: string;
      readonly deadline: string;
      readonly status: string;
      readonly result: string;
      readonly evidence: string;
      readonly percent: string;
      readonly domain: string;
      readonly unit: string;
      readonly leadCount: string;
      readonly supportCount: string;
      readonly atStake: string;
      readonly overdue: string;
      readonly missingEvidence: string;
    };
    /** The words of the status drop-down list on the assignment sheets. */
    readonly statuses: { readonly notStarted: string; readonly inProgress: string; readonly done: string };
    /** Excel's message when a unit types something else than a date, or a status not in the list. */
    readonly deadlineInvalid: string;
    readonly statusInvalid: string;
    readonly summaryName: string;
    readonly summaryTitle: (year: string) => string;
    /** Under the summary's title: the table it sums up. */
    readonly summarySubtitle: (sheet: string) => string;
    readonly domainsSection: string;
    readonly unitsSection: string;
    readonly rankingSection: string;
    readonly progressSection: string;
    readonly total: string;
    /** The chart of section I: the score of the table's year against the maximum. */
    readonly chartTitle: (year: string) => string;
    readonly unknownYear: string;
  };
  /** What the follow-up (pane and `par-index status`) says of the assignment sheets' progress columns. */
  readonly progress: {
    /** `cell` names the sheet too: 'P. Nội vụ'!K6. */
    readonly unknownStatus: (cell: string, text: string) => string;
    readonly textDeadline: (cell: string, text: string) => string;
    readonly missingSheet: (unit: string, sheet: string) => string;
    /** One overdue criterion in a reminder: "2.2 (thời hạn 30/06/2024)". */
    readonly overdueItem: (code: string, deadline: string) => string;
    /** A reminder to copy into a message: the overdue criteria and those done without evidence, either may be null. */
    readonly reminder: (unit: string, overdue: string | null, missingEvidence: string | null, asOf: string) => string;
  };
  /** The browser playground around the pane. */
  readonly playground: {
    readonly title: string;
    readonly workbook: string;
    readonly sheets: string;
    readonly sample: string;
    /** The regional settings the numbers are drawn with, shown by an example such as "1.234,5". */
    readonly numbers: (example: string) => string;
    /** How to edit a cell, beside the note on the sample. */
    readonly editing: string;
    /** The accessible name of the drawn cells of a sheet. */
    readonly grid: (sheet: string) => string;
    /** The accessible name of the cell editor: "Ô D23". */
    readonly cell: (address: string) => string;
    /** The cell editor's tooltip: how formulas are written. */
    readonly formulaHint: string;
    readonly protectedSheet: (sheet: string) => string;
  };
  readonly ui: PaneMessages;
}
