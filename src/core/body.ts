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
  readonly totalRow: number | null;
  readonly totalValues: Readonly<Record<PointField, CellValue>> | null;
  /** Hidden rows that hold a criterion. */
  readonly hiddenCriterionRows: readonly number[];
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

/** Walks the rows under the header: criteria, continuation rows, the total row; skips blanks and repeated headers. */
export function readBody(grid: Grid, header: HeaderMatch): TableBody {
  const { columns } = header;
  const textAt = (row: number, column: number | undefined): string =>
    column === undefined ? "" : grid.text(row, column);
  const valuesAt = (row: number): Record<PointField, CellValue> => {
    const out = {} as Record<PointField, CellValue>;
    for (const f of POINT_FIELDS) out[f] = columns[f] === undefined ? null : grid.value(row, columns[f]!);
    return out;
  };
  const hasNumbers = (v: Record<PointField, CellValue>) => POINT_FIELDS.some((f) => v[f] !== null && v[f] !== "");

  const sortedColumns = Object.values(columns).sort((a, b) => a - b);
  const criteria: RawCriterion[] = [];
  const hiddenCriterionRows: number[] = [];
  let totalRow: number | null = null;
  let totalValues: Record<PointField, CellValue> | null = null;
  let lastRow = header.headerRow;

  for (let row = header.headerRow + 1; row <= grid.lastRow; row++) {
    const codeText = textAt(row, columns.code);
    const nameText = textAt(row, columns.name);
    const tasks = textAt(row, columns.tasks);
    const lead = textAt(row, columns.lead);
    const support = textAt(row, columns.support);
    const values = valuesAt(row);
    const blank = !codeText && !nameText && !tasks && !lead && !support && !hasNumbers(values);
    if (blank || isColumnNumberRow(grid, row, sortedColumns)) continue;

    let code = columns.code === undefined ? null : parseCode(grid.value(row, columns.code));
    let name = nameText;
    if (!code && !codeText) {
      const split = splitCodePrefix(nameText);
      if (split) ({ code, rest: name } = split);
    }
    if (!code) {
      // Only rows without a number can be a repeated header, the notes under the table or its total.
      if (repeatsHeader(grid, row, header)) continue;
      const label = foldKey(codeText || nameText);
      if (NOTES.test(label)) break;
      if (TOTAL.test(label)) {
        totalRow = row;
        totalValues = values;
        lastRow = row;
        break;
      }
    }
    if (code) {
      criteria.push({
        row,
        code,
        name: joinText(name),
        values,
        tasks: tasks ? [tasks] : [],
        leadTexts: lead ? [lead] : [],
        supportTexts: support ? [support] : [],
        continuationRows: [],
      });
      if (grid.isHiddenRow(row)) hiddenCriterionRows.push(row);
      lastRow = row;
      continue;
    }
    // No number: text that Word moved to a row of its own belongs to the criterion above.
    const above = criteria[criteria.length - 1];
    // A merged cell shows its text on every row it spans: only the row's own text counts (a code merged
    // over two rows does not end the table, a name merged over two rows is not read twice).
    const ownText = (column: number | undefined) => (column === undefined ? "" : cellText(grid.value(row, column)));
    if (!above || ownText(columns.code)) break;
    const ownName = ownText(columns.name);
    if (ownName) above.name = joinText(`${above.name} ${ownName}`);
    if (tasks && tasks !== above.tasks[above.tasks.length - 1]) above.tasks.push(tasks);
    if (lead) above.leadTexts.push(lead);
    if (support) above.supportTexts.push(support);
    above.continuationRows.push(row);
    lastRow = row;
  }
  return {
    firstRow: header.headerRow + 1,
    lastRow,
    criteria,
    totalRow,
    totalValues,
    hiddenCriterionRows,
  };
}
