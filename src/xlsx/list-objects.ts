/**
 * A user's Excel tables (ListObjects) as ExcelJS reads them, mended so that they are written back as they were.
 * ExcelJS reads two common table parts wrong: one without `tableStyleInfo` (LibreOffice saves a table with no style
 * so) keeps no style, and writing it crashes; one without `headerRowCount` (Excel saves its one header row so, the
 * attribute's default: ECMA-376 Part 1, 18.5.1.2) is taken to have no header row, and is written with
 * headerRowCount="0", its header becoming a row of data.
 */
import ExcelJS from "exceljs";
import { attributes } from "./package-xml";
import { openZip } from "./zip-package";

/** What ExcelJS keeps of a table: the fields mended here. */
interface TableModel {
  readonly name: string;
  headerRow: boolean;
  style?: {
    readonly theme: string | null;
    readonly showFirstColumn: boolean;
    readonly showLastColumn: boolean;
    readonly showRowStripes: boolean;
    readonly showColumnStripes: boolean;
  };
}

/** ExcelJS's worksheet keeps its tables by name; its typings leave the map out. */
const tablesOf = (ws: ExcelJS.Worksheet) =>
  Object.values((ws as unknown as { tables: Record<string, { table: TableModel }> }).tables).map((t) => t.table);

/** The table parts ExcelJS reads (xlsx.js matches these names only). */
const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;

/** A table that names no style and shows none of its parts: what a part without `tableStyleInfo` means. */
const NO_STYLE = {
  theme: null,
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: false,
  showColumnStripes: false,
};

/** Mends the workbook's tables from the package they were read from (`zip`); nothing to do without tables. */
export function mendTables(workbook: ExcelJS.Workbook, zip: Buffer): void {
  const tables = workbook.worksheets.flatMap(tablesOf);
  if (tables.length === 0) return;
  const { names, read } = openZip(zip);
  const headerRows = new Map<string, number>();
  for (const part of names.filter((n) => TABLE_PART.test(n))) {
    const tag = /<table\b[^>]*>/.exec(read(part)?.toString("utf8") ?? "")?.[0];
    const table = tag ? attributes(tag) : null;
    // A table's name is unique in the workbook (ECMA-376 Part 1, 18.5.1.2: name).
    if (table?.has("name")) headerRows.set(table.get("name")!, Number(table.get("headerRowCount") ?? 1));
  }
  for (const table of tables) {
    table.style ??= NO_STYLE;
    const rows = headerRows.get(table.name);
    if (rows !== undefined) table.headerRow = rows > 0;
  }
}
