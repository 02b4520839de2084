import { CellArea, columnNumber } from "./cells";

/** Excel's grid: 1,048,576 rows, columns A..XFD. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

// A reference, with an optional sheet: A1, $B$2, C3:D9, D:D, 4:4, Sheet1!A1, 'Phụ lục'!C5:C9.
const LOCAL = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$\]!'])(?:(?:'((?:[^']|'')+)'|([^\s!'"(),:;=+\-*/^&<>{}[\]]+))!)?(${LOCAL})(?![\p{L}\p{N}_(!.])`,
  "gu",
);
const LOCAL_ONLY = new RegExp(`^(?:${LOCAL})$`);
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

function cellOf(ref: string): { row: number | null; column: number | null } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref);
  if (!m) return { row: null, column: null };
  return { column: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/**
 * The areas of `sheet` a formula reads: references without a sheet, or naming that sheet. Other sheets, other
 * workbooks and defined names are left out. Whole columns and rows span the grid.
 */
export function areasReadBy(formula: string, sheet: string): CellArea[] {
  const areas: CellArea[] = [];
  for (const m of formula.replace(STRING_LITERAL, '""').matchAll(REFERENCE)) {
    const named = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (named !== undefined && named.toLowerCase() !== sheet.toLowerCase()) continue;
    const area = areaOf(m[3]);
    if (area) areas.push(area);
  }
  return areas;
}

/**
 * The formula with every reference (its sheet prefix included) replaced by what `replace` makes of it, given its
 * part without the sheet; text in string literals is left as it is.
 */
export function replaceReferences(formula: string, replace: (local: string) => string): string {
  // Odd parts are the string literals.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, (...m) => replace(m[3]))))
    .join("");
}

/**
 * A reference without its sheet as an area: "B2", "C3:D9", whole columns "D:F" and rows "4:6" spanning the grid;
 * null when it is none of these or leaves the grid.
 */
export function areaOfReference(reference: string): CellArea | null {
  return LOCAL_ONLY.test(reference) ? areaOf(reference) : null;
}

function areaOf(reference: string): CellArea | null {
  const [a, b = a] = reference.split(":");
  const start = cellOf(a);
  const end = cellOf(b);
  const rows = [start.row ?? 1, end.row ?? SHEET_ROWS];
  const columns = [start.column ?? 1, end.column ?? SHEET_COLUMNS];
  if (columns.some((c) => c > SHEET_COLUMNS) || rows.some((r) => r < 1 || r > SHEET_ROWS)) return null;
  return {
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...columns),
    right: Math.max(...columns),
  };
}
