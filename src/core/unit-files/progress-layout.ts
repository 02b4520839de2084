/**
 * Where an assignment sheet keeps what units type: its criterion rows by section and code, and each row's progress
 * columns, found by the headers the generated sheet declares (PROGRESS_FIELDS), never by fixed positions. Works on
 * the master's sheet as on a unit file the unit changed (rows inserted, sheet renamed), in either language.
 */
import { Content, EMPTY, progressRows } from "../edits";
import { Section } from "../progress/rows";
import { PROGRESS_FIELDS, ProgressField } from "../progress/words";

export type { Section };

/** A cell grid from A1, row-major, as adapters read a sheet (formulas as formulas, dates as serials). */
export type Grid = readonly (readonly Content[])[];

/** One criterion row of an assignment sheet. */
export interface CriterionLine {
  readonly section: Section;
  readonly code: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** The 1-based column of each progress field the row's header names. */
  readonly columns: ReadonlyMap<ProgressField, number>;
}

export const lineKey = (section: Section, code: string) => `${section}:${code}`;

export function criterionLines(grid: Grid): CriterionLine[] {
  return progressRows(grid).map((r) => ({
    section: r.section,
    code: r.code,
    row: r.index + 1,
    columns: new Map(
      PROGRESS_FIELDS.filter((f) => r.columns.has(f)).map((f): [ProgressField, number] => [f, r.columns.get(f)! + 1]),
    ),
  }));
}

export function cellOf(grid: Grid, row: number, column: number): Content {
  return grid[row - 1]?.[column - 1] ?? EMPTY;
}
