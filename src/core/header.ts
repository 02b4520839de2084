import { Grid } from "./grid";
import { Columns, Role, ROLES } from "./model";
import { foldKey } from "./text";

/**
 * Header wordings, folded (no diacritics, lower case). Checked in this order, because
 * "Nhiệm vụ, giải pháp, nội dung" is the tasks column although "nội dung" names the criterion
 * elsewhere, and "Mục tiêu" outranks the "Điểm" group header above it.
 */
const ROLE_PATTERNS: readonly (readonly [Role, RegExp])[] = [
  ["support", /\bphoi\b|ho tro|support|co-?operat|coordinat|assist/],
  ["lead", /chu tri|phu trach|lead|responsible|in charge|owner/],
  ["tasks", /nhiem vu|giai phap|bien phap|task|action|solution|measure/],
  ["target", /muc tieu|phan dau|chi tieu|target|goal/],
  ["max", /toi da|diem chuan|thang diem|max|full (points|score)/],
  ["code", /^(stt|tt|so tt|so thu tu|ma|ma so|ky hieu|no\.?|#|number|code|item)$/],
  ["name", /tieu chi|linh vuc|noi dung|criteri|indicator|domain|area|content|description/],
  ["score", /diem|ket qua|score|result|points|achieved|^nam \d{4}$|\b(19|20)\d{2}\b/],
];

export function roleOf(folded: string): Role | null {
  if (folded === "") return null;
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(folded)) return role;
  return null;
}

const YEAR = /\b(19\d{2}|20\d{2})\b/;

export function yearIn(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

export interface HeaderMatch {
  readonly headerTop: number;
  readonly headerRow: number;
  readonly columns: Columns;
  /** Folded header text per role, for the years and for recognising repeated headers. */
  readonly headerText: Partial<Record<Role, string>>;
}

/** Header rows are searched near the top; a table starts within its first rows (below its first value). */
export const HEADER_SEARCH_ROWS = 300;
const MAX_HEADER_HEIGHT = 3;

/** Folded text of every cell of a row, merged cells spread across their area; each row folded once. */
function foldedRows(grid: Grid): (row: number) => readonly string[] {
  const cache = new Map<number, string[]>();
  return (row) => {
    let line = cache.get(row);
    if (!line) {
      line = [];
      for (let c = grid.firstColumn; c <= grid.lastColumn; c++) line.push(foldKey(grid.text(row, c)));
      cache.set(row, line);
    }
    return line;
  };
}

/** Folded text of every column for the header block rows top..bottom. */
function blockText(
  grid: Grid,
  folded: (row: number) => readonly string[],
  top: number,
  bottom: number,
): Map<number, string> {
  const out = new Map<number, string>();
  for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = folded(r)[c - grid.firstColumn];
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length) out.set(c, parts.join(" "));
  }
  return out;
}

/** Assigns roles to columns; when two columns claim one role, a visible one wins, then the leftmost. */
function assignRoles(
  grid: Grid,
  texts: Map<number, string>,
): { columns: Columns; headerText: Partial<Record<Role, string>> } {
  const columns: Columns = {};
  const headerText: Partial<Record<Role, string>> = {};
  for (const [column, text] of texts) {
    const role = roleOf(text);
    if (!role) continue;
    const current = columns[role];
    if (current === undefined || (grid.isHiddenColumn(current) && !grid.isHiddenColumn(column))) {
      columns[role] = column;
      headerText[role] = text;
    }
  }
  return { columns, headerText };
}

function isTableHeader(columns: Columns): boolean {
  const hasLabel = columns.code !== undefined || columns.name !== undefined;
  const hasPoints = columns.max !== undefined || columns.score !== undefined;
  return hasLabel && hasPoints && Object.keys(columns).length >= 3;
}

/** Finds the plan's header: the block of one to three rows that names the most roles. */
export function findHeader(grid: Grid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestCount = 0;
  const lastSearched = Math.min(grid.lastRow, grid.firstRow + HEADER_SEARCH_ROWS);
  const folded = foldedRows(grid);
  for (let row = grid.firstRow; row <= lastSearched; row++) {
    // A header's last row names at least two roles itself (merged cells above show in it too).
    if (folded(row).filter((t) => roleOf(t) !== null).length < 2) continue;
    let rowBest: HeaderMatch | null = null;
    let rowCount = 0;
    for (let height = 1; height <= MAX_HEADER_HEIGHT && row - height + 1 >= grid.firstRow; height++) {
      const top = row - height + 1;
      const { columns, headerText } = assignRoles(grid, blockText(grid, folded, top, row));
      const count = Object.keys(columns).length;
      // A taller block must earn its extra rows by naming more roles.
      if (isTableHeader(columns) && count > rowCount) {
        rowBest = { headerTop: top, headerRow: row, columns, headerText };
        rowCount = count;
      }
    }
    if (rowBest && rowCount > bestCount) {
      best = rowBest;
      bestCount = rowCount;
      // Only a block naming more roles could replace it: none can name more than all.
      if (bestCount === ROLES.length) break;
    }
  }
  return best;
}

/** Is this body row the header again (repeated after a page break)? */
export function repeatsHeader(grid: Grid, row: number, header: HeaderMatch): boolean {
  let same = 0;
  for (const [role, column] of Object.entries(header.columns) as [Role, number][]) {
    const text = foldKey(grid.text(row, column));
    if (text && roleOf(text) === role) same++;
  }
  return same >= 3;
}

/** The row of column numbers many tables put under the header: "1 2 3 ..." or "(1) (2) (3) ...". */
export function isColumnNumberRow(grid: Grid, row: number, sortedColumns: readonly number[]): boolean {
  const numbers: number[] = [];
  for (const c of sortedColumns) {
    const t = grid.text(row, c).replace(/^\((\d+)\)$/, "$1");
    if (t === "") continue;
    if (!/^\d+$/.test(t)) return false;
    numbers.push(Number(t));
  }
  return numbers.length >= 4 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}
