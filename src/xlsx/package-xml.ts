/**
 * Reading the parts of an .xlsx package as text: which part holds which sheet, and where relationships point. Only
 * plain OOXML as Excel and ExcelJS write it (the workbook at xl/workbook.xml, elements without prefixes).
 */

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKBOOK = "xl/workbook.xml";
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// What XML 1.0 cannot carry (or would change: a carriage return reads back as a line feed), what ExcelJS drops on
// writing (DEL), and an underscore that would otherwise read as the start of such an escape.
const NOT_STORABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Text as SpreadsheetML stores it (ST_Xstring, ECMA-376 Part 1, 22.9.2.19): a character XML cannot carry is written
 * `_xHHHH_`, as Excel writes a vertical tab (`_x000B_`), and an underscore starting what reads as such an escape
 * becomes `_x005F_`. Readers (Excel, LibreOffice, ExcelJS) turn them back into the text as it was.
 */
export function escapeXstring(s: string): string {
  return s.replace(NOT_STORABLE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Whether a text needs escapeXstring. */
export function needsXstringEscape(s: string): boolean {
  NOT_STORABLE.lastIndex = 0;
  return NOT_STORABLE.test(s);
}

/** Characters no XML 1.0 document can hold, escaped or not. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as element content or an attribute value; what XML cannot hold at all is left out (where the schema reads
 * `_xHHHH_` escapes, escapeXstring first keeps it).
 */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** The worksheet part of the sheet named `name`. */
export function sheetPartOf(read: (name: string) => string, name: string): string {
  const part = sheetParts(read).get(name);
  if (!part) throw new Error(`The workbook has no sheet ${name}.`);
  return part;
}

/** Each sheet's part, by sheet name: workbook.xml gives its relationship, the workbook's rels its target. */
export function sheetParts(read: (name: string) => string): Map<string, string> {
  const targets = relationshipTargets(read(relsOf(WORKBOOK)));
  const parts = new Map<string, string>();
  for (const m of read(WORKBOOK).matchAll(/<sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    const target = targets.get(a.get("r:id") ?? "");
    if (target) parts.set(a.get("name") ?? "", resolveTarget(WORKBOOK, target));
  }
  return parts;
}

/** A relationship's target as a part name: absolute ("/xl/…") or relative to the part the rels belong to. */
export function resolveTarget(from: string, target: string): string {
  const path: string[] = [];
  const segments = target.startsWith("/") ? target.slice(1).split("/") : `${dirOf(from)}${target}`.split("/");
  for (const segment of segments) {
    if (segment === "..") path.pop();
    else if (segment !== ".") path.push(segment);
  }
  return path.join("/");
}

export function attributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], unescapeXml(m[2] ?? m[3])]),
  );
}

/** The relationships of a .rels part, in order. */
export function relationshipsOf(rels: string): Relationship[] {
  return [...rels.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => {
    const a = attributes(m[1]);
    return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "" };
  });
}

function relationshipTargets(rels: string): Map<string, string> {
  return new Map(relationshipsOf(rels).map((r) => [r.id, r.target]));
}

function unescapeXml(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : named[e],
  );
}

const dirOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);

/** xl/worksheets/sheet3.xml → xl/worksheets/_rels/sheet3.xml.rels */
export const relsOf = (part: string) => `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** CT_Worksheet's elements after sheetData, in the order the schema wants them. */
const WORKSHEET_SEQUENCE = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;
export type WorksheetPart = (typeof WORKSHEET_SEQUENCE)[number];

/**
 * The worksheet with `element` (a `local` element) where CT_Worksheet's sequence wants it: before the first top-level
 * element that must follow it, or else last. Only the elements after sheetData are looked at; none of
 * them can hold a sheetData.
 */
export function withTopLevel(sheet: string, element: string, local: WorksheetPart): string {
  const following = new Set<string>(WORKSHEET_SEQUENCE.slice(WORKSHEET_SEQUENCE.indexOf(local) + 1));
  const from = sheet.indexOf("</sheetData>");
  if (from < 0) throw new Error("The worksheet has no sheetData.");
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  tag.lastIndex = from + "</sheetData>".length;
  let depth = 0;
  for (let m = tag.exec(sheet); m; m = tag.exec(sheet)) {
    const [, closing, prefix, name, selfClosing] = m;
    const here = depth === 0 && (closing || (!prefix && following.has(name)));
    if (here) return sheet.slice(0, m.index) + element + sheet.slice(m.index);
    if (depth === 0 && !prefix && name === local) throw new Error(`The worksheet already has a ${local}.`);
    if (closing) depth--;
    else if (!selfClosing) depth++;
  }
  throw new Error("The worksheet does not end.");
}

/** A worksheet's `<hyperlinks>` element (group 1: what it holds), and each `<hyperlink>` in it. */
export const HYPERLINKS = /<hyperlinks\b[^>]*?(?:\/>|>([\s\S]*?)<\/hyperlinks>)/;
export const HYPERLINK = /<hyperlink\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/hyperlink>)/g;

/** The first rIdN a .rels part does not use. */
export function freeId(rels: string): string {
  const taken = new Set(relationshipsOf(rels).map((r) => r.id));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}
