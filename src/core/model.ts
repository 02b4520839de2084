/** The plan as the engine understands it. Rows and columns are 1-based sheet positions. */

export type Role = "code" | "name" | "max" | "score" | "target" | "tasks" | "lead" | "support";

export const ROLES: readonly Role[] = ["code", "name", "max", "score", "target", "tasks", "lead", "support"];

/** Which sheet column (1-based) holds each role; a role the table lacks is absent. */
export type Columns = Partial<Record<Role, number>>;

export interface Points {
  readonly max: number | null;
  readonly score: number | null;
  readonly target: number | null;
}

export type PointField = keyof Points;
export const POINT_FIELDS: readonly PointField[] = ["max", "score", "target"];

export interface TableLayout {
  readonly sheet: string;
  /** First and last header rows (equal for a one-row header). */
  readonly headerTop: number;
  readonly headerRow: number;
  /** Table body, total row included. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Columns;
  readonly years: { readonly score: number | null; readonly target: number | null };
}

export interface Criterion {
  readonly row: number;
  /** As written, trimmed, trailing dot removed ("1." -> "1"). */
  readonly code: string;
  readonly name: string;
  /** 1 = domain, 2 = criterion, 3 = sub-criterion, ... */
  readonly level: number;
  readonly parentRow: number | null;
  readonly leaf: boolean;
  /** Values as stated in the sheet; null when empty or unreadable. */
  readonly stated: Points;
  /** For a group: sums of its leaves, rounded to 3 decimals. Null for a leaf. */
  readonly computed: Points | null;
  readonly belowMax: boolean;
  /** max - score where the criterion is below its maximum, else 0. */
  readonly pointsLost: number;
  /** Task text, continuation rows included, one line per row. */
  readonly tasks: string;
  /** Rows below the criterion that only continue its text. */
  readonly continuationRows: readonly number[];
  /** Canonical unit names. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
}

export interface Total {
  readonly row: number | null;
  readonly stated: Points | null;
  readonly computed: Points;
}

export interface Unit {
  readonly name: string;
  /** Valid in Excel, unique ignoring case, readable. */
  readonly sheetName: string;
  readonly lead: readonly number[];
  readonly support: readonly number[];
}

export type Severity = "error" | "warning" | "info";

export type IssueKind =
  | "subtotal-mismatch"
  | "subtotal-rounding"
  | "total-mismatch"
  | "total-rounding"
  | "score-above-max"
  | "target-above-max"
  | "target-below-score"
  | "duplicate-code"
  | "orphan"
  | "missing-lead"
  | "date-as-score"
  | "unreadable-number"
  | "missing-value"
  | "guessed-number"
  | "missing-total"
  | "hidden-row";

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly severity: Severity;
  readonly kind: IssueKind;
  /** Where; null when it concerns the whole table. */
  readonly row: number | null;
  readonly code: string | null;
  /** The column concerned, when one is. */
  readonly field: PointField | null;
  /** Values the message is built from (see i18n). */
  readonly params: IssueParams;
}

export interface Plan {
  readonly layout: TableLayout;
  readonly criteria: readonly Criterion[];
  readonly total: Total;
  readonly units: readonly Unit[];
  readonly issues: readonly Issue[];
}
