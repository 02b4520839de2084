/**
 * Writes a few cells into an .xlsx package as it is, part by part, instead of reading it into ExcelJS and writing it
 * again: every other part (charts, PivotTables, what ExcelJS would drop) and every other cell stay byte for byte.
 * What `collect` writes into the master. Text goes in as an inline string, so it can never become a formula, with its
 * hyperlink (patch-hyperlinks.ts).
 */
import { cellAddress, columnNumber } from "../core/cells";
import { Content } from "../core/edits";
import { inWorkbookDates, isDate1904 } from "./date-system";
import { escapeXml, escapeXstring, relsOf, sheetPartOf } from "./package-xml";
import { withHyperlinks } from "./patch-hyperlinks";
import { readZipEntries, writeDeflatedZip } from "./zip-package";

export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly content: Content;
}

const WORKBOOK = "xl/workbook.xml";

/** The package with `writes` made, by sheet name; the workbook is marked to compute its formulas when opened. */
export async function patchCells(bytes: Buffer, writes: ReadonlyMap<string, readonly CellWrite[]>): Promise<Buffer> {
  const entries = readZipEntries(bytes);
  const parts = new Map(entries.map((e) => [e.name, e.data]));
  const changed = new Map<string, string>();
  const read = (name: string) => {
    const data = changed.get(name) ?? parts.get(name)?.toString("utf8");
    if (data === undefined) throw new Error(`The workbook has no part ${name}.`);
    return data;
  };
  const date1904 = isDate1904(read(WORKBOOK));
  for (const [sheet, given] of writes) {
    if (given.length === 0) continue;
    const cells = given.map((w) => ({ ...w, content: inWorkbookDates(w.content, date1904) }));
    const part = sheetPartOf(read, sheet);
    const rels = relsOf(part);
    const linked = withHyperlinks(withCells(read(part), cells), parts.has(rels) ? read(rels) : undefined, cells);
    changed.set(part, linked.sheet);
    if (linked.rels !== undefined) changed.set(rels, linked.rels);
  }
  // Formulas over the changed cells (the summary's counts) hold results computed before: Excel computes them again.
  changed.set(WORKBOOK, withFullCalcOnLoad(read(WORKBOOK)));
  const data = (name: string) => Buffer.from(changed.get(name)!, "utf8");
  return writeDeflatedZip([
    ...entries.map((e) => (changed.has(e.name) ? { name: e.name, data: data(e.name) } : e)),
    // A sheet's first hyperlink to a web address brings the sheet's relationships part.
    ...[...changed.keys()].filter((name) => !parts.has(name)).map((name) => ({ name, data: data(name) })),
  ]);
}

/** Text as a cell's XML holds it (see escapeXstring). */
function cellText(text: string): string {
  return escapeXml(escapeXstring(text));
}

function cellXml(address: string, style: string | null, content: Content): string {
  const s = style === null ? "" : ` s="${style}"`;
  switch (content.kind) {
    case "empty":
      return `<c r="${address}"${s}/>`;
    case "number":
      return `<c r="${address}"${s}><v>${content.value}</v></c>`;
    case "text":
      return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(content.text)}</t></is></c>`;
    case "formula":
      return `<c r="${address}"${s}><f>${escapeXml(content.formula.replace(/^=/, ""))}</f></c>`;
    case "boolean":
      return `<c r="${address}"${s} t="b"><v>${content.value ? 1 : 0}</v></c>`;
    case "error":
      return `<c r="${address}"${s} t="e"><v>${escapeXml(content.code)}</v></c>`;
  }
}

function attribute(tag: string, name: string): string | null {
  const open = /^<[^>]*>/.exec(tag)?.[0] ?? tag;
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(open);
  return found ? (found[1] ?? found[2]) : null;
}

/** The worksheet's XML with the cells written: a cell keeps its style, a missing cell or row is added in order. */
export function withCells(sheet: string, writes: readonly CellWrite[]): string {
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(sheet);
  if (!open) throw new Error("The worksheet has no sheetData.");
  const start = open.index + open[0].length;
  const end = open[1] === "/" ? start : sheet.indexOf("</sheetData>", start);
  // The rows' and cells' patterns are written where they are used, not as the module's constants: those are built on
  // import, outside the tests that Stryker's per-test coverage credits with them.
  const rows = [...sheet.slice(start, end).matchAll(/<row\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/row>)/g)].map(
    (m) => ({ r: Number(attribute(m[0], "r")), xml: m[0] }),
  );
  for (const r of byRow.keys()) if (!rows.some((row) => row.r === r)) rows.push({ r, xml: `<row r="${r}"/>` });
  rows.sort((a, b) => a.r - b.r);
  const data = rows
    .map((row) => (byRow.has(row.r) ? withRowCells(row.xml, row.r, byRow.get(row.r)!) : row.xml))
    .join("");
  const head = open[1] === "/" ? `${sheet.slice(0, open.index)}<sheetData>` : sheet.slice(0, start);
  const tail = open[1] === "/" ? `</sheetData>${sheet.slice(start)}` : sheet.slice(end);
  return head + data + tail;
}

function withRowCells(row: string, r: number, writes: readonly CellWrite[]): string {
  const openTag = /^<row\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/.exec(row)!;
  // The spans hint may no longer hold once cells are added: Excel works without it.
  const tag = openTag[0].replace(/\sspans\s*=\s*(?:"[^"]*"|'[^']*')/, "").replace(/\s*\/>$/, ">");
  const inner = openTag[1] === "/" ? "" : row.slice(openTag[0].length, row.length - "</row>".length);
  // A cell without its address (the schema allows it) is where readers place it: after the one before it.
  let previous = 0;
  const cells = [...inner.matchAll(/<c\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => {
    const address = attribute(m[0], "r");
    previous = address === null ? previous + 1 : columnNumber(address.replace(/\d+$/, ""));
    return { column: previous, xml: m[0] };
  });
  for (const w of writes) {
    const address = cellAddress(r, w.column);
    const at = cells.findIndex((c) => c.column === w.column);
    const style = at >= 0 ? attribute(cells[at].xml, "s") : attribute(openTag[0], "s");
    const xml = cellXml(address, style, w.content);
    if (at >= 0) cells[at] = { column: w.column, xml };
    else cells.push({ column: w.column, xml });
  }
  cells.sort((a, b) => a.column - b.column);
  return `${tag}${cells.map((c) => c.xml).join("")}</row>`;
}

/** workbook.xml with calcPr's fullCalcOnLoad set, adding calcPr where CT_Workbook wants it if there is none. */
function withFullCalcOnLoad(workbook: string): string {
  const calcPr = /<calcPr\b[^>]*?\/?>/.exec(workbook);
  if (calcPr) {
    const tag = calcPr[0]
      .replace(/\sfullCalcOnLoad\s*=\s*(?:"[^"]*"|'[^']*')/, "")
      .replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return workbook.slice(0, calcPr.index) + tag + workbook.slice(calcPr.index + calcPr[0].length);
  }
  // calcPr follows sheets, functionGroups, externalReferences and definedNames, whichever of them are there.
  let at = -1;
  for (const element of ["sheets", "functionGroups", "externalReferences", "definedNames"]) {
    const m = new RegExp(`<${element}\\b[^>]*?/>|</${element}>`).exec(workbook);
    if (m) at = Math.max(at, m.index + m[0].length);
  }
  if (at < 0) throw new Error("The workbook lists no sheets.");
  return `${workbook.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${workbook.slice(at)}`;
}
