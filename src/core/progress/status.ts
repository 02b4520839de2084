/**
 * How the plan is going, read from the assignment sheets' progress columns: per criterion a unit leads, its status,
 * deadline and evidence; per unit and for the whole plan, the counts. Pure: adapters give the sheets' values.
 * The JSON of `par-index status --json` (docs/cli-contract.md) is this report.
 */
import { CellValue, cellAddress, DateSystem, engineSerial, isDateCell, isErrorCell, SheetCells } from "../cells";
import { INPUT_COLUMNS } from "../edits/assignment";
import { GeneratedSheet } from "../edits/state";
import { IsoDate, isoOfSerial, serialOfIso, shownSerial } from "./dates";
import { criterionRows, CriterionRow, Primitive } from "./rows";
import { PROGRESS_FIELDS, ProgressHeader, Status, statusOfText } from "./words";

export interface ProgressCounts {
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  /** Deadline before the day of the report, and not done. */
  readonly overdue: number;
  /** Done, and no evidence written. */
  readonly doneWithoutEvidence: number;
}

export interface CriterionProgress {
  readonly code: string;
  /** The criterion's row in the plan table; null when the plan table was not read. */
  readonly row: number | null;
  readonly unit: string;
  readonly status: Status;
  readonly deadline: IsoDate | null;
  readonly overdue: boolean;
  readonly evidence: string | null;
  /** Where the unit types: its sheet and the status cell ("K6"), for links. */
  readonly sheetName: string;
  readonly cell: string;
  /** The evidence cell, where a criterion done without evidence needs it. */
  readonly evidenceCell: string;
}

export interface UnitProgress {
  readonly name: string;
  readonly sheetName: string;
  readonly lead: ProgressCounts;
}

/** Something in the sheets that the report could not read as it is meant, with the cell to look at. */
export type ProgressIssue =
  | {
      readonly kind: "unknown-status";
      readonly unit: string;
      readonly sheetName: string;
      readonly cell: string;
      readonly text: string;
    }
  | {
      readonly kind: "text-deadline";
      readonly unit: string;
      readonly sheetName: string;
      readonly cell: string;
      readonly text: string;
    }
  | { readonly kind: "missing-sheet"; readonly unit: string; readonly sheetName: string };

export interface ProgressReport {
  readonly asOf: IsoDate;
  readonly units: readonly UnitProgress[];
  readonly criteria: readonly CriterionProgress[];
  readonly total: ProgressCounts;
  readonly issues: readonly ProgressIssue[];
}

export interface ProgressInput {
  readonly asOf: IsoDate;
  /** The assignment sheets the state names, in the state's order. */
  readonly generated: readonly GeneratedSheet[];
  /** Each assignment sheet's cells, by sheet name; a sheet absent here was deleted. */
  readonly sheets: ReadonlyMap<string, SheetCells>;
  /** The workbook's date system, that a deadline typed as a plain number counts in (its dates come in 1900's). */
  readonly dateSystem: DateSystem;
  /** The criteria's rows in the plan table, by code, when the table was read: plan order and the `row` field. */
  readonly planRows?: ReadonlyMap<string, number>;
}

const CURRENT_LAYOUT: ReadonlyMap<ProgressHeader, number> = new Map(
  PROGRESS_FIELDS.map((f, i) => [f, INPUT_COLUMNS[i] - 1]),
);

const EMPTY_COUNTS: ProgressCounts = {
  total: 0,
  done: 0,
  inProgress: 0,
  notStarted: 0,
  overdue: 0,
  doneWithoutEvidence: 0,
};

/** True when the workbook has assignment sheets to report on. */
export function hasAssignmentSheets(generated: readonly GeneratedSheet[]): boolean {
  return generated.some((g) => g.kind === "assignment" && g.unit !== null);
}

export function progressReport(input: ProgressInput): ProgressReport {
  if (serialOfIso(input.asOf) === null) throw new RangeError(`not a date: ${input.asOf}`);
  const issues: ProgressIssue[] = [];
  const criteria: CriterionProgress[] = [];
  const units: UnitProgress[] = [];
  for (const g of input.generated) {
    if (g.kind !== "assignment" || g.unit === null) continue;
    const unit = g.unit;
    const sheet = input.sheets.get(g.name);
    if (!sheet) {
      issues.push({ kind: "missing-sheet", unit, sheetName: g.name });
      continue;
    }
    const read = criterionRows(valuesFromA1(sheet), primitiveOf, CURRENT_LAYOUT)
      .filter((r) => r.section === "lead")
      .map((r) => criterionOf(r, { unit, sheetName: g.name }, input, issues));
    criteria.push(...read);
    units.push({ name: unit, sheetName: g.name, lead: countsOf(read) });
  }
  // Plan order: by the table's row where it is known, else as the sheets list them (a stable sort keeps that).
  if (input.planRows) criteria.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  return { asOf: input.asOf, units, criteria, total: countsOf(criteria), issues };
}

function criterionOf(
  r: CriterionRow<CellValue>,
  { unit, sheetName }: { unit: string; sheetName: string },
  { asOf, planRows, dateSystem }: ProgressInput,
  issues: ProgressIssue[],
): CriterionProgress {
  const at = (h: ProgressHeader) => {
    const i = r.columns.get(h);
    return { value: i === undefined ? null : (r.cells[i] ?? null), cell: cellAddress(r.index + 1, (i ?? 0) + 1) };
  };
  const statusCell = at("status");
  const deadlineCell = at("deadline");
  const status = statusOf(statusCell.value, (text) =>
    issues.push({ kind: "unknown-status", unit, sheetName, cell: statusCell.cell, text }),
  );
  const serial = deadlineOf(deadlineCell.value, dateSystem, (text) =>
    issues.push({ kind: "text-deadline", unit, sheetName, cell: deadlineCell.cell, text }),
  );
  const evidence = evidenceOf(at("evidence").value);
  // A number that names no real day (under 1, the phantom 29/02/1900, past 9999) is no deadline, so never overdue:
  // the report could show no date for it. The summary's COUNTIFS(…,"<"&TODAY()) still counts one under 61.
  // ISO days compare as their text does.
  const deadline = serial === null ? null : isoOfSerial(serial);
  return {
    code: r.code,
    row: planRows?.get(r.code) ?? null,
    unit,
    status,
    deadline,
    overdue: deadline !== null && deadline < asOf && status !== "done",
    evidence,
    sheetName,
    cell: statusCell.cell,
    evidenceCell: at("evidence").cell,
  };
}

/** Empty is not started; a word that is none of the three is reported and counts as not started. */
function statusOf(value: CellValue, unknown: (text: string) => void): Status {
  const text = textOf(value);
  if (text === null) return "not-started";
  const status = statusOfText(text);
  if (status === null) unknown(text);
  return status ?? "not-started";
}

/**
 * A deadline is a date: a number in the cell is its serial, as Excel and COUNTIFS read it. A plain number (no date
 * format) counts in the workbook's date system, as the sheet's `J6<TODAY()` and the summary's COUNTIFS compare it and
 * as a date format would show it; a date arrives counted in the 1900 system already. Text ("30/6", "quý III", even
 * "30/06/2024" typed as text) is reported and never guessed, so the report agrees with the summary's formulas.
 */
function deadlineOf(value: CellValue, dates: DateSystem, text: (text: string) => void): number | null {
  if (isDateCell(value)) return value.serial;
  if (typeof value === "number") return engineSerial(value, dates);
  const written = textOf(value);
  if (written !== null) text(written);
  return null;
}

/**
 * Evidence is whatever the cell holds, as the summary's COUNTIFS(…, "<>") counts it: a date (the day of a report,
 * typed) as the sheets show dates, an error value as its code.
 */
function evidenceOf(value: CellValue): string | null {
  if (isDateCell(value)) return shownSerial(value.serial);
  return isErrorCell(value) ? value.code : textOf(value);
}

function textOf(value: CellValue): string | null {
  if (value === null || typeof value === "object") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

function primitiveOf(value: CellValue | undefined): Primitive {
  if (value === undefined || value === null || typeof value === "boolean") return null;
  if (typeof value === "object") return isDateCell(value) ? value.serial : null;
  return value;
}

/** Row and column indexes then are the sheet's, less one. */
function valuesFromA1(sheet: SheetCells): (readonly CellValue[])[] {
  const pad: CellValue[] = Array.from({ length: sheet.left - 1 }, () => null);
  const rows = sheet.values.map((r) => (pad.length ? [...pad, ...r] : r));
  return [...Array.from({ length: sheet.top - 1 }, () => []), ...rows];
}

function countsOf(criteria: readonly CriterionProgress[]): ProgressCounts {
  const count = (p: (c: CriterionProgress) => boolean) => criteria.filter(p).length;
  return criteria.length === 0
    ? EMPTY_COUNTS
    : {
        total: criteria.length,
        done: count((c) => c.status === "done"),
        inProgress: count((c) => c.status === "in-progress"),
        notStarted: count((c) => c.status === "not-started"),
        overdue: count((c) => c.overdue),
        doneWithoutEvidence: count((c) => c.status === "done" && c.evidence === null),
      };
}
