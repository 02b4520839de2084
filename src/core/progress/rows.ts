/**
 * The criterion rows of an assignment sheet and where their progress cells are, found by the headers rather than by
 * position, so that the earlier layout and a sheet the user changed are read too. Works on any kind of cell (the
 * contents a rerun keeps, the values `status` reads) through `primitive`.
 */
import { ProgressHeader, progressHeaderOf } from "./words";

export type Section = "lead" | "support";

/** The support section's title starts with this in either language ("II. CÁC TIÊU CHÍ PHỐI HỢP"). */
const SUPPORT_SECTION_MARK = "II.";
/** Columns of the criterion's running number and code (A, B), 0-based. */
const NUMBER_INDEX = 0;
const CODE_INDEX = 1;

export interface CriterionRow<T> {
  readonly section: Section;
  readonly code: string;
  /** 0-based index of the row in the cells given. */
  readonly index: number;
  /** The row's cells. */
  readonly cells: readonly T[];
  /** 0-based column of each progress header of the row's section. */
  readonly columns: ReadonlyMap<ProgressHeader, number>;
}

/** A cell as text, number or nothing: all the scanner needs to know of it. */
export type Primitive = string | number | null;

/**
 * The criterion rows (a number in A, a code in B) under a header row naming the deadline and at least one other
 * progress column. Rows before any such header take `fallback` (the current layout's columns).
 */
export function criterionRows<T>(
  rows: readonly (readonly T[])[],
  primitive: (cell: T | undefined) => Primitive,
  fallback: ReadonlyMap<ProgressHeader, number>,
): CriterionRow<T>[] {
  const out: CriterionRow<T>[] = [];
  let section: Section = "lead";
  let columns = fallback;
  rows.forEach((cells, index) => {
    const first = primitive(cells[NUMBER_INDEX]);
    if (typeof first === "string" && first.trim().startsWith(SUPPORT_SECTION_MARK)) section = "support";
    const headers = headerColumns(cells, primitive);
    if (headers) columns = headers;
    const code = primitive(cells[CODE_INDEX]);
    if (typeof first !== "number" || code === null || String(code).trim() === "") return;
    out.push({ section, code: String(code).trim(), index, cells, columns });
  });
  return out;
}

function headerColumns<T>(
  cells: readonly T[],
  primitive: (cell: T | undefined) => Primitive,
): Map<ProgressHeader, number> | null {
  const found = new Map<ProgressHeader, number>();
  for (let i = 0; i < cells.length; i++) {
    const value = primitive(cells[i]);
    const header = typeof value === "string" ? progressHeaderOf(value) : null;
    if (header && !found.has(header)) found.set(header, i);
  }
  return found.has("deadline") && found.size > 1 ? found : null;
}
