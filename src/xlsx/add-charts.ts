/**
 * Adds the generated sheets' charts to the package ExcelJS wrote, which cannot write charts: per chart a chart part,
 * a drawing placing it, their relationships, the sheet's `<drawing>` and their content types. Only ExcelJS's own
 * output is handled (the workbook at xl/workbook.xml, elements without prefixes).
 */
import { EMPTY, SheetDraft } from "../core/edits";
import { chartXml, drawingXml, NS } from "./chart-xml";
import {
  DECLARATION,
  freeId,
  withTopLevel,
  escapeXml,
  Relationship,
  RELATIONSHIPS_NS,
  relsOf,
  sheetPartOf,
} from "./package-xml";
import { ZipEntry } from "./zip-package";

const REL_TYPE = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const CONTENT_TYPES = "[Content_Types].xml";

/** `entries` with the charts of `drafts` added: changed parts keep their place, new ones come last. */
export function addCharts(entries: readonly ZipEntry[], drafts: readonly SheetDraft[]): ZipEntry[] {
  const charted = drafts.filter((d) => d.chart !== null);
  if (charted.length === 0) return [...entries];
  const original = new Map(entries.map((e) => [e.name, e.data]));
  // Parts are decoded only when read: the package may hold images.
  const written = new Map<string, string>();
  const has = (name: string) => original.has(name) || written.has(name);
  const put = (name: string, xml: string) => written.set(name, xml);
  const read = (name: string) => {
    const xml = written.get(name) ?? original.get(name)?.toString("utf8");
    if (xml === undefined) throw new Error(`The workbook has no part ${name}.`);
    return xml;
  };

  for (const draft of charted) {
    const sheetPart = sheetPartOf(read, draft.name);
    const chart = freePart(has, "xl/charts/chart");
    const drawing = freePart(has, "xl/drawings/drawing");
    const cell = (row: number, column: number) => draft.cells[row - 1]?.[column - 1] ?? EMPTY;
    put(chart.name, chartXml(draft.name, draft.chart!, cell));
    put(drawing.name, drawingXml(draft.chart!.anchor, "rId1", `Chart ${chart.n}`));
    put(relsOf(drawing.name), relationships([{ id: "rId1", type: REL_TYPE.chart, target: relative(chart.name) }]));

    const sheetRels = relsOf(sheetPart);
    const existing = has(sheetRels) ? read(sheetRels) : undefined;
    const id = freeId(existing ?? "");
    const rel = { id, type: REL_TYPE.drawing, target: relative(drawing.name) };
    put(sheetRels, existing === undefined ? relationships([rel]) : withRelationship(existing, rel));
    put(sheetPart, withDrawing(read(sheetPart), id));
    put(
      CONTENT_TYPES,
      read(CONTENT_TYPES).replace(
        "</Types>",
        override(chart.name, CONTENT_TYPE.chart) + override(drawing.name, CONTENT_TYPE.drawing) + "</Types>",
      ),
    );
  }
  const data = (name: string) => Buffer.from(written.get(name)!, "utf8");
  return [
    ...entries.map((e) => (written.has(e.name) ? { name: e.name, data: data(e.name) } : e)),
    ...[...written.keys()].filter((name) => !original.has(name)).map((name) => ({ name, data: data(name) })),
  ];
}

/** The first `prefixN.xml` the package does not hold, so that drawings ExcelJS wrote for images keep theirs. */
function freePart(has: (name: string) => boolean, prefix: string): { name: string; n: number } {
  let n = 1;
  while (has(`${prefix}${n}.xml`)) n++;
  return { name: `${prefix}${n}.xml`, n };
}

/** A target beside the sheets' and drawings' folders: xl/charts/chart1.xml → ../charts/chart1.xml */
const relative = (part: string) => `../${part.slice("xl/".length)}`;

const relationshipXml = (r: Relationship) =>
  `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;

function relationships(rels: readonly Relationship[]): string {
  return `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${rels.map(relationshipXml).join("")}</Relationships>`;
}

function withRelationship(rels: string, rel: Relationship): string {
  return rels.replace("</Relationships>", `${relationshipXml(rel)}</Relationships>`);
}

const override = (part: string, type: string) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;

/** The sheet with `<drawing r:id>` where CT_Worksheet wants it (see withTopLevel). */
function withDrawing(sheet: string, id: string): string {
  const root = /<worksheet\b[^>]*>/.exec(sheet)?.[0] ?? "";
  const declare = root.includes(`xmlns:r="${NS.r}"`) ? "" : ` xmlns:r="${NS.r}"`;
  return withTopLevel(sheet, `<drawing${declare} r:id="${escapeXml(id)}"/>`, "drawing");
}
