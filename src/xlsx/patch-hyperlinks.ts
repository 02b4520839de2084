/**
 * The hyperlinks of cells `collect` writes into a worksheet's XML as it is: a cell given a link gets one, through a
 * relationship of the sheet (a place in the workbook too, "#Sheet!A1", as ExcelJS writes and reads it back: it ignores
 * a hyperlink's location), and a written cell loses the link it had, so that no old link stays on new text. Every
 * other hyperlink stays as it was.
 */
import { cellAddress } from "../core/cells";
import { Content } from "../core/edits";
import { NS } from "./chart-xml";
import {
  attributes,
  DECLARATION,
  escapeXml,
  freeId,
  HYPERLINK,
  HYPERLINKS,
  RELATIONSHIPS_NS,
  withTopLevel,
} from "./package-xml";

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

export interface LinkedWrite {
  readonly row: number;
  readonly column: number;
  readonly content: Content;
}

/** The sheet's XML and its relationships (undefined when it has none) with the written cells' hyperlinks. */
export function withHyperlinks(
  sheet: string,
  rels: string | undefined,
  writes: readonly LinkedWrite[],
): { sheet: string; rels: string | undefined } {
  const written = new Set(writes.map((w) => cellAddress(w.row, w.column)));
  const existing = HYPERLINKS.exec(sheet);
  const links = writes.flatMap((w) =>
    w.content.kind === "text" && w.content.link !== undefined
      ? [{ ref: cellAddress(w.row, w.column), link: w.content.link }]
      : [],
  );
  if (!existing && links.length === 0) return { sheet, rels };
  const kept = [...(existing?.[1] ?? "").matchAll(HYPERLINK)]
    .map((m) => m[0])
    .filter((h) => !written.has((attributes(/^<hyperlink\b[^>]*/.exec(h)![0]).get("ref") ?? "").replace(/\$/g, "")));
  let relsXml = rels;
  const added = links.map(({ ref, link }) => {
    const id = freeId(relsXml ?? "");
    const relationship = `<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escapeXml(link)}" TargetMode="External"/>`;
    relsXml =
      relsXml === undefined
        ? `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${relationship}</Relationships>`
        : relsXml.replace("</Relationships>", `${relationship}</Relationships>`);
    return `<hyperlink ref="${ref}" r:id="${id}"/>`;
  });
  const all = [...kept, ...added];
  const element = all.length ? `<hyperlinks>${all.join("")}</hyperlinks>` : "";
  const placed = existing
    ? sheet.slice(0, existing.index) + element + sheet.slice(existing.index + existing[0].length)
    : withTopLevel(sheet, element, "hyperlinks");
  return { sheet: declaringR(placed), rels: relsXml };
}

/** The worksheet's root declares the relationships' namespace, which r:id needs. */
function declaringR(sheet: string): string {
  const root = /<worksheet\b[^>]*?(\/?)>/.exec(sheet);
  if (!root || root[0].includes(`xmlns:r="${NS.r}"`)) return sheet;
  const open = root[0].replace(/(\/?)>$/, ` xmlns:r="${NS.r}"$1>`);
  return sheet.slice(0, root.index) + open + sheet.slice(root.index + root[0].length);
}
