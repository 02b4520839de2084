/** Shared by the apply tests: run `apply` on real workbooks and read OUT back with ExcelJS. */
import { mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runApply } from "../../src/cli/apply-command";
import { loadWorkbook } from "../../src/xlsx/load";
import { attributes } from "../../src/xlsx/package-xml";
import { readZipEntries } from "../../src/xlsx/zip-package";
import { messagesFor } from "../../src/i18n";
import { cliMessagesFor } from "../../src/i18n/cli";

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const PASTED = path.join(FIXTURES, "gia-nghia-2024.pasted.xlsx");
export const CLEAN = path.join(FIXTURES, "gia-nghia-2024.clean.xlsx");
export const vi = messagesFor("vi");
/** The command line's own strings, in Vietnamese. */
export const viCli = cliMessagesFor("vi").cli;

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "par-index-apply-"));
}

export async function apply(file: string, output: string, sheet?: string): Promise<ExcelJS.Workbook> {
  await runApply({ kind: "apply", file, output, sheet, language: "vi" });
  return loadWorkbook(output);
}

/** Writes a changed copy of a workbook, the way a user edits and saves. */
export async function variant(source: string, output: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await loadWorkbook(source);
  change(wb);
  await wb.xlsx.writeFile(output);
  return output;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

const trimCode = (v: unknown) =>
  typeof v === "string" || typeof v === "number" ? String(v).trim().replace(/\.$/, "") : "";

/** Rows of the codes written in a column ("1." -> "1"), read straight from the sheet. */
export function rowsByCode(ws: ExcelJS.Worksheet, column: number): Map<string, number> {
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const code = trimCode(row.getCell(column).value);
    if (code && !rows.has(code)) rows.set(code, r);
  });
  return rows;
}

/** The first row whose cell in `column` holds exactly `text`. */
export function rowWithText(ws: ExcelJS.Worksheet, column: number, text: string): number | null {
  let found: number | null = null;
  ws.eachRow((row, r) => {
    if (found === null && row.getCell(column).value === text) found = r;
  });
  return found;
}

/** The generated sheet whose title (A1) is `title`. */
export function sheetTitled(wb: ExcelJS.Workbook, title: string): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.getCell(1, 1).value === title);
}

/** The criteria listed in one section of an assignment sheet: row by code. */
export function sectionRows(ws: ExcelJS.Worksheet, title: string): Map<string, number> {
  const start = rowWithText(ws, 1, title);
  if (start === null) throw new Error(`no section "${title}" in ${ws.name}`);
  const rows = new Map<string, number>();
  // Title, column header, then one row per criterion numbered 1, 2, ... in column A.
  for (let r = start + 2; typeof ws.getCell(r, 1).value === "number"; r++) rows.set(String(ws.getCell(r, 2).value), r);
  return rows;
}

/** A sheet's conditional formats as [where, formulas], in order: ExcelJS keeps them in a property its typings leave out. */
export const rulesOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings.flatMap(
    (cf) => cf.rules.map((r) => [cf.ref, (r as ExcelJS.ExpressionRuleType).formulae]),
  );

/** Every cell of every visible sheet as ExcelJS holds it (formulas as formulas), for comparing workbooks. */
export function visibleContents(wb: ExcelJS.Workbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of wb.worksheets.filter((w) => w.state === "visible")) {
    const cells: Record<string, unknown> = {};
    ws.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = cell.formula ? `=${cell.formula}` : cell.value)));
    out[ws.name] = cells;
  }
  return out;
}

/** The table parts of a package: the table's own attributes, its columns, its filter and its style's. */
export function tablesOf(zip: Buffer) {
  return readZipEntries(zip)
    .filter((e) => /^xl\/tables\/[^/]+\.xml$/.test(e.name))
    .map((e) => {
      const xml = e.data.toString("utf8");
      const tag = (name: string) => new RegExp(`<${name}\\b[^>]*>`).exec(xml)?.[0];
      const table = attributes(tag("table")!);
      const style = tag("tableStyleInfo");
      return {
        name: table.get("name"),
        ref: table.get("ref"),
        // One header row unless it says otherwise (ECMA-376 Part 1, 18.5.1.2: headerRowCount defaults to 1).
        headerRows: Number(table.get("headerRowCount") ?? 1),
        totalsRows: Number(table.get("totalsRowCount") ?? 0),
        columns: [...xml.matchAll(/<tableColumn\b[^>]*>/g)].map((m) => attributes(m[0]).get("name")),
        filter: tag("autoFilter") && attributes(tag("autoFilter")!).get("ref"),
        // No tableStyleInfo, or one naming no style and showing nothing, is a table without a style.
        style: style ? (attributes(style).get("name") ?? null) : null,
        stripes: style ? attributes(style).get("showRowStripes") === "1" : false,
      };
    });
}
