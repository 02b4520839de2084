import { CellValue } from "./cells";
import { ParsedCode, parseCode, splitCodePrefix } from "./codes";
import { Grid, cellText } from "./grid";
import { HeaderMatch, isColumnNumberRow, repeatsHeader } from "./header";
import { PointField, POINT_FIELDS } from "./model";
import { collapseSpaces, foldKey } from "./text";

/** One numbered row of the table, with the rows that continue it. */
export interface RawCriterion {
  readonly row: number;
  readonly code: ParsedCode;
  /** Grows when Word carried the name over to the next row. */
  name: string;
  readonly values: Readonly<Record<PointField, CellValue>>;
  readonly tasks: string[];
  readonly leadTexts: string[];
  readonly supportTexts: string[];
  readonly continuationRows: number[];
}

export interface TableBody {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly criteria: readonly RawCriterion[];
  /** The total row and its point cells; null when the table has none. */
  readonly total: { readonly row: number; readonly values: Readonly<Record<PointField, CellValue>> } | null;
}

const TOTAL = /^(tong|cong|total|grand total)\b/;
// Words that open the notes under a table ("Ghi chú: ..."): the table ends there.
const NOTES = /^(ghi chu|luu y|chu thich|note|notes|nguon|\*)/;

const PLAIN = /^\S+(?: \S+)*$/;

function joinText(text: string): string {
  // Most names are already clean; cleaning only the rest saves the engine half its allocations.
  const nfc = text.normalize("NFC");
  return PLAIN.test(nfc) && !nfc.includes("\u00a0") ? nfc : collapseSpaces(nfc);
}

type Columns = HeaderMatch["columns"];

/** What one row under the header holds, in the roles the header found. */
interface RowCells {
  readonly row: number;
  readonly codeText: string;
  readonly nameText: string;
  readonly tasks: string;
  readonly lead: string;
  readonly support: string;
  readonly values: Record<PointField, CellValue>;
}

function readRow(grid: Grid, columns: Columns, row: number): RowCells {
  const textAt = (column: number | undefined): string => (column === undefined ? "" : grid.text(row, column));
  const values = {} as Record<PointField, CellValue>;
  for (const f of POINT_FIELDS) values[f] = columns[f] === undefined ? null : grid.value(row, columns[f]!);
  return {
    row,
    codeText: textAt(columns.code),
    nameText: textAt(columns.name),
    tasks: textAt(columns.tasks),
    lead: textAt(columns.lead),
    support: textAt(columns.support),
    values,
  };
}

function isBlank(cells: RowCells): boolean {
  const hasNumbers = POINT_FIELDS.some((f) => cells.values[f] !== null && cells.values[f] !== "");
  return !cells.codeText && !cells.nameText && !cells.tasks && !cells.lead && !cells.support && !hasNumbers;
}

/** The row's number: in the code column, or opening the name when the code column is empty ("1.1 Tên ..."). */
function numberOf(grid: Grid, columns: Columns, cells: RowCells): { code: ParsedCode | null; name: string } {
  const code = columns.code === undefined ? null : parseCode(grid.value(cells.row, columns.code));
  if (code || cells.codeText) return { code, name: cells.nameText };
  const split = splitCodePrefix(cells.nameText);
  return split ? { code: split.code, name: split.rest } : { code: null, name: cells.nameText };
}

function newCriterion(cells: RowCells, code: ParsedCode, name: string): RawCriterion {
  return {
    row: cells.row,
    code,
    name: joinText(name),
    values: cells.values,
    tasks: cells.tasks ? [cells.tasks] : [],
    leadTexts: cells.lead ? [cells.lead] : [],
    supportTexts: cells.support ? [cells.support] : [],
    continuationRows: [],
  };
}

/**
 * Text that Word moved to a row of its own belongs to the criterion above. False when the row cannot continue one
 * (no criterion yet, or a code of its own that is no number): the table ends there.
 */
function continueCriterion(grid: Grid, columns: Columns, above: RawCriterion | undefined, cells: RowCells): boolean {
  // A merged cell shows its text on every row it spans: only the row's own text counts (a code merged
  // over two rows does not end the table, a name merged over two rows is not read twice).
  const ownText = (column: number | undefined) => (column === undefined ? "" : cellText(grid.value(cells.row, column)));
  if (!above || ownText(columns.code)) return false;
  const ownName = ownText(columns.name);
  if (ownName) above.name = joinText(`${above.name} ${ownName}`);
  if (cells.tasks && cells.tasks !== above.tasks[above.tasks.length - 1]) above.tasks.push(cells.tasks);
  if (cells.lead) above.leadTexts.push(cells.lead);
  if (cells.support) above.supportTexts.push(cells.support);
  above.continuationRows.push(cells.row);
  return true;
}

/** Walks the rows under the header: criteria, continuation rows, the total row; skips blanks and repeated headers. */
export function readBody(grid: Grid, header: HeaderMatch): TableBody {
  const { columns } = header;
  const sortedColumns = Object.values(columns).sort((a, b) => a - b);
  const criteria: RawCriterion[] = [];
  let total: { row: number; values: Record<PointField, CellValue> } | null = null;
  let lastRow = header.headerRow;

  for (let row = header.headerRow + 1; row <= grid.lastRow; row++) {
    const cells = readRow(grid, columns, row);
    if (isBlank(cells) || isColumnNumberRow(grid, row, sortedColumns)) continue;
    const { code, name } = numberOf(grid, columns, cells);
    if (code) {
      criteria.push(newCriterion(cells, code, name));
      lastRow = row;
      continue;
    }
    // Only rows without a number can be a repeated header, the notes under the table or its total.
    if (repeatsHeader(grid, row, header)) continue;
    const label = foldKey(cells.codeText || cells.nameText);
    if (NOTES.test(label)) break;
    if (TOTAL.test(label)) {
      total = { row, values: cells.values };
      lastRow = row;
      break;
    }
    if (!continueCriterion(grid, columns, criteria[criteria.length - 1], cells)) break;
    lastRow = row;
  }
  return { firstRow: header.headerRow + 1, lastRow, criteria, total };
}
