/**
 * Puts the rows of the sheets set aside (open-workbook.ts) back into the package ExcelJS wrote, which holds only
 * their top: the original `<sheetData>` as it was, each cell's and row's style renumbered into the written
 * styles.xml (merge-styles.ts) and each shared string appended to the written sharedStrings.xml, with the sheet's
 * dimension, data validations, hyperlinks and the namespaces its rows use. Apply never changes a set-aside sheet:
 * what was there is what goes back.
 */
import { StyleMerger } from "./merge-styles";
import {
  attributes,
  DECLARATION,
  freeId,
  HYPERLINK,
  HYPERLINKS,
  relationshipsOf,
  RELATIONSHIPS_NS,
  relsOf,
  resolveTarget,
  sheetParts,
  withTopLevel,
} from "./package-xml";
import { DATA_VALIDATIONS } from "./set-aside";
import { openZip, ZipEntry } from "./zip-package";

const WORKBOOK = "xl/workbook.xml";
const HYPERLINK_TYPE = /\/hyperlink$/;
const ROW_OR_CELL = /<row\b([^>]*)>|<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
const STYLE = /\ss\s*=\s*["'](\d+)["']/;
const SHARED_STRING = /\st\s*=\s*["']s["']/;
/** Cell metadata (dynamic arrays, values with types) lives in parts ExcelJS does not write: its index would dangle. */
const METADATA = /\s[cv]m\s*=\s*["']\d+["']/g;
const DIMENSION = /<dimension\b[^>]*\/>/;
const RELATIONSHIP = /<Relationship\b[^>]*>/g;

/** `written` with the rows of the `sheets` (by name) of `original` put back. */
export function putBack(written: readonly ZipEntry[], original: Buffer, sheets: readonly string[]): ZipEntry[] {
  if (sheets.length === 0) return [...written];
  const from = openZip(original);
  const fromText = (name: string) => from.read(name)?.toString("utf8");
  const parts = new Map(written.map((e) => [e.name, e.data]));
  const changed = new Map<string, string | Buffer>();
  const text = (name: string) => {
    const data = changed.get(name) ?? parts.get(name);
    return typeof data === "string" ? data : data?.toString("utf8");
  };
  const need = (read: (name: string) => string | undefined) => (name: string) => {
    const xml = read(name);
    if (xml === undefined) throw new Error(`The workbook has no part ${name}.`);
    return xml;
  };

  const fromParts = sheetParts(need(fromText));
  const toParts = sheetParts(need(text));
  const fromStyles = workbookPart(need(fromText), "styles");
  const toStyles = workbookPart(need(text), "styles")!;
  const styles = new StyleMerger(fromStyles ? need(fromText)(fromStyles) : "", need(text)(toStyles));
  const fromStrings = workbookPart(need(fromText), "sharedStrings");
  // The state sheet's text always makes ExcelJS write shared strings.
  const toStrings = workbookPart(need(text), "sharedStrings")!;
  const strings = new StringAppender(fromStrings ? need(fromText)(fromStrings) : "", need(text)(toStrings));

  for (const sheet of sheets) {
    const fromPart = fromParts.get(sheet)!;
    const toPart = toParts.get(sheet)!;
    // The rows stay bytes, renumbered a slice at a time: a million cells are 50 MB of XML.
    const { frame: source, rows } = framed(from.read(fromPart)!);
    let frame = withNamespacesOf(withSheetData(need(text)(toPart), ""), source);
    const dimension = DIMENSION.exec(source)?.[0] ?? "";
    frame = frame.replace(DIMENSION, dimension);
    frame = withValidationsOf(frame, source);
    const linked = withHyperlinksOf(frame, text(relsOf(toPart)), source, fromText(relsOf(fromPart)));
    const at = linked.sheet.indexOf("</sheetData>");
    const xml = [linked.sheet.slice(0, at), renumbered(rows, styles, strings), linked.sheet.slice(at)];
    changed.set(toPart, Buffer.concat(xml.map((part) => (typeof part === "string" ? Buffer.from(part) : part))));
    if (linked.rels !== undefined) changed.set(relsOf(toPart), linked.rels);
  }
  changed.set(toStyles, styles.xml());
  changed.set(toStrings, strings.xml());
  const data = (name: string) => {
    const part = changed.get(name)!;
    return typeof part === "string" ? Buffer.from(part, "utf8") : part;
  };
  return [
    ...written.map((e) => (changed.has(e.name) ? { name: e.name, data: data(e.name) } : e)),
    ...[...changed.keys()].filter((name) => !parts.has(name)).map((name) => ({ name, data: data(name) })),
  ];
}

const SHEET_DATA = Buffer.from("<sheetData");
const SHEET_DATA_END = Buffer.from("</sheetData>");
const ROW_END = Buffer.from("</row>");

/** A worksheet as the text around its rows (with an empty `<sheetData>`), and its rows as bytes. */
function framed(sheet: Buffer): { frame: string; rows: Buffer } {
  const open = sheet.indexOf(SHEET_DATA);
  const start = sheet.indexOf(">", open) + 1;
  const end = sheet.indexOf(SHEET_DATA_END, start);
  if (open < 0 || end < 0) throw new Error("The worksheet has no sheetData.");
  return { frame: sheet.toString("utf8", 0, start) + sheet.toString("utf8", end), rows: sheet.subarray(start, end) };
}

/** The workbook's part of a kind ("styles", "sharedStrings"), found through its relationships. */
function workbookPart(read: (name: string) => string, kind: string): string | undefined {
  const found = relationshipsOf(read(relsOf(WORKBOOK))).find((r) => r.type.endsWith(`/${kind}`));
  return found && resolveTarget(WORKBOOK, found.target);
}

/** Where a worksheet's rows are: after `<sheetData…>` up to `</sheetData>`, or nothing for `<sheetData/>`. */
function sheetDataBounds(sheet: string): { open: RegExpExecArray; start: number; end: number } {
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(sheet);
  if (!open) throw new Error("The worksheet has no sheetData.");
  const start = open.index + open[0].length;
  return { open, start, end: open[1] === "/" ? start : sheet.indexOf("</sheetData>", start) };
}

function withSheetData(sheet: string, rows: string): string {
  const { open, start, end } = sheetDataBounds(sheet);
  if (open[1] === "/") return `${sheet.slice(0, open.index)}<sheetData>${rows}</sheetData>${sheet.slice(start)}`;
  return sheet.slice(0, start) + rows + sheet.slice(end);
}

/** About how much of the rows is decoded and renumbered at once: a slice ends with a row. */
const SLICE_BYTES = 1 << 20;

/** The rows with every style and shared string numbered as the written package has them. */
function renumbered(rows: Buffer, styles: StyleMerger, strings: StringAppender): Buffer {
  const restyled = (tag: string) =>
    tag.replace(STYLE, (_, s: string) => ` s="${styles.cellStyle(Number(s))}"`).replace(METADATA, "");
  const slices: Buffer[] = [];
  for (let at = 0; at < rows.length;) {
    const rowEnd = at + SLICE_BYTES < rows.length ? rows.indexOf(ROW_END, at + SLICE_BYTES) : -1;
    const end = rowEnd < 0 ? rows.length : rowEnd + ROW_END.length;
    const xml = rows
      .toString("utf8", at, end)
      .replace(ROW_OR_CELL, (_, row: string | undefined, cell: string, close: string, inner: string) => {
        if (row !== undefined) return `<row${restyled(row)}>`;
        const tag = `<c${restyled(cell)}`;
        if (inner === undefined || !SHARED_STRING.test(cell)) return tag + close;
        return `${tag}>${inner.replace(/<v>\s*(\d+)\s*<\/v>/, (_, i: string) => `<v>${strings.index(Number(i))}</v>`)}</c>`;
      });
    slices.push(Buffer.from(xml, "utf8"));
    at = end;
  }
  return Buffer.concat(slices);
}

/**
 * The original's shared strings appended to the written ones as the set-aside cells use them, each once (ExcelJS
 * keeps no string of theirs); an `<si>` goes over whole, runs and phonetics included.
 */
class StringAppender {
  /** Where each of the original's `<si>` starts and ends in it. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly writtenCount: number;
  /** The original's strings appended, by their number there; each one's new number (-1: not yet appended). */
  private readonly added: number[] = [];
  private readonly indexes: Int32Array;
  private references = 0;

  constructor(
    private readonly original: string,
    private readonly written: string,
  ) {
    const item = /<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g;
    for (let m = item.exec(original); m; m = item.exec(original)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
    this.writtenCount = [...written.matchAll(/<si\b/g)].length;
    this.indexes = new Int32Array(this.starts.length).fill(-1);
  }

  index(i: number): number {
    this.references++;
    const known = i < this.indexes.length;
    if (known && this.indexes[i] >= 0) return this.indexes[i];
    const index = this.writtenCount + this.added.length;
    // A number the original has no string for (a damaged file) gets an empty one.
    this.added.push(known ? i : -1);
    if (known) this.indexes[i] = index;
    return index;
  }

  xml(): string {
    const open = /<sst\b[^>]*>/.exec(this.written)!;
    const count = Number(/\scount\s*=\s*["'](\d+)["']/.exec(open[0])?.[1] ?? this.writtenCount) + this.references;
    const unique = this.writtenCount + this.added.length;
    const tag = open[0]
      .replace(/\s(count|uniqueCount)\s*=\s*["']\d*["']/g, "")
      .replace(/\s*>$/, ` count="${count}" uniqueCount="${unique}">`);
    const body = this.written.slice(open.index + open[0].length).replace(/<\/sst>\s*$/, "");
    const added = this.added.map((i) =>
      i < 0 ? "<si><t></t></si>" : this.original.slice(this.starts[i], this.ends[i]),
    );
    return `${this.written.slice(0, open.index)}${tag}${body}${added.join("")}</sst>`;
  }
}

/** The written sheet's root declaring every namespace the original's does, and ignoring what it ignores. */
function withNamespacesOf(sheet: string, source: string): string {
  const root = (xml: string) => /<worksheet\b[^>]*>/.exec(xml)!;
  const to = root(sheet);
  const declared = (tag: string) =>
    new Map([...tag.matchAll(/\s(xmlns(?::[\w.-]+)?)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const have = declared(to[0]);
  const missing = [...declared(root(source)[0])].filter(([name]) => !have.has(name));
  const ignorable = (tag: string) => /\smc:Ignorable\s*=\s*"([^"]*)"/.exec(tag)?.[1].split(/\s+/).filter(Boolean) ?? [];
  const ignored = [...new Set([...ignorable(to[0]), ...ignorable(root(source)[0])])];
  if (missing.length === 0 && ignored.length === ignorable(to[0]).length) return sheet;
  let tag = to[0].replace(/\s*>$/, missing.map(([name, uri]) => ` ${name}="${uri}"`).join("") + ">");
  if (ignored.length)
    tag = tag.replace(/\smc:Ignorable\s*=\s*"[^"]*"/, "").replace(/>$/, ` mc:Ignorable="${ignored.join(" ")}">`);
  return sheet.slice(0, to.index) + tag + sheet.slice(to.index + to[0].length);
}

/** The written sheet with the original's data validations, which ExcelJS was not given (set-aside.ts). */
function withValidationsOf(sheet: string, source: string): string {
  const validations = DATA_VALIDATIONS.exec(source)?.[0];
  return validations === undefined ? sheet : withTopLevel(sheet, validations, "dataValidations");
}

/**
 * The written sheet with the original's hyperlinks in place of those ExcelJS wrote for the top it read; a link to a
 * web address takes its relationship along, renumbered among the written sheet's.
 */
function withHyperlinksOf(
  sheet: string,
  rels: string | undefined,
  source: string,
  sourceRels: string | undefined,
): { sheet: string; rels: string | undefined } {
  const links = [...(HYPERLINKS.exec(source)?.[1] ?? "").matchAll(HYPERLINK)].map((m) => m[0]);
  const existing = HYPERLINKS.exec(sheet);
  if (links.length === 0 && !existing) return { sheet, rels };
  const relationships = new Map(
    [...(sourceRels ?? "").matchAll(RELATIONSHIP)].map((m) => [attributes(m[0]).get("Id"), m[0]]),
  );
  let relsXml = rels?.replace(RELATIONSHIP, (r) => (HYPERLINK_TYPE.test(attributes(r).get("Type") ?? "") ? "" : r));
  const kept = links.map((link) => {
    const id = [...attributes(/^<hyperlink\b[^>]*/.exec(link)![0])].find(([name]) => name.endsWith(":id"))?.[1];
    const relationship = id === undefined ? undefined : relationships.get(id);
    if (relationship === undefined) return link;
    const fresh = freeId(relsXml ?? "");
    const renumbered = relationship.replace(/\sId\s*=\s*("[^"]*"|'[^']*')/, ` Id="${fresh}"`);
    relsXml =
      relsXml === undefined
        ? `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${renumbered}</Relationships>`
        : relsXml.replace("</Relationships>", `${renumbered}</Relationships>`);
    return link.replace(/\s[\w.-]+:id\s*=\s*("[^"]*"|'[^']*')/, ` r:id="${fresh}"`);
  });
  const element = kept.length ? `<hyperlinks>${kept.join("")}</hyperlinks>` : "";
  const placed = existing
    ? sheet.slice(0, existing.index) + element + sheet.slice(existing.index + existing[0].length)
    : withTopLevel(sheet, element, "hyperlinks");
  return { sheet: placed, rels: relsXml };
}
