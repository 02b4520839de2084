/**
 * What of a workbook ExcelJS does not keep, sheet by sheet: charts, PivotTables, slicers and timelines, threaded
 * comments (ExcelJS keeps only their legacy note) and form or ActiveX controls. Found through the package's
 * relationships (sheet → its parts, drawing → its charts), so each one is counted on the sheet that shows it.
 */
import { relationshipsOf, relsOf, resolveTarget, sheetParts } from "./package-xml";
import { openZip } from "./zip-package";

export interface DroppedParts {
  readonly charts: number;
  readonly pivotTables: number;
  readonly slicers: number;
  readonly threadedComments: number;
  readonly controls: number;
}

type Kind = keyof DroppedParts;

/** A sheet relationship's kind, by the last segment of its type (the same in transitional, strict and Microsoft's). */
const SHEET_KINDS: Record<string, Kind> = {
  pivotTable: "pivotTables",
  slicer: "slicers",
  timeline: "slicers",
  threadedComment: "threadedComments",
  ctrlProp: "controls",
  control: "controls",
};
const DRAWING = "drawing";
const CHARTS = new Set(["chart", "chartEx"]);

/** Slicers and timelines are counted one by one, not by part: one part holds all of a sheet's. */
const SLICER = /<(?:[\w.-]+:)?(?:slicer|timeline)\b/g;
/** A thread is a comment that answers none: replies carry a parentId. */
const THREADED_COMMENT = /<(?:[\w.-]+:)?threadedComment\b([^>]*)>/g;

/** Each sheet holding something ExcelJS drops, with how many of each; sheets without any are left out. */
export function droppedBySheet(fileBytes: Buffer): Map<string, DroppedParts> {
  const zip = openZip(fileBytes);
  const text = (name: string) => zip.read(name)?.toString("utf8");
  const read = (name: string) => {
    const xml = text(name);
    if (xml === undefined) throw new Error(`The workbook has no part ${name}.`);
    return xml;
  };
  /** The parts `part` points to, with each relationship's kind: the last segment of its type. */
  const targets = (part: string) => {
    const rels = text(relsOf(part));
    return rels === undefined
      ? []
      : relationshipsOf(rels).map((r) => ({
          kind: r.type.slice(r.type.lastIndexOf("/") + 1),
          part: resolveTarget(part, r.target),
        }));
  };

  const found = new Map<string, DroppedParts>();
  for (const [sheet, sheetPart] of sheetParts(read)) {
    const parts: Record<Kind, Set<string>> = {
      charts: new Set(),
      pivotTables: new Set(),
      slicers: new Set(),
      threadedComments: new Set(),
      controls: new Set(),
    };
    for (const target of targets(sheetPart)) {
      if (target.kind === DRAWING)
        for (const inDrawing of targets(target.part)) if (CHARTS.has(inDrawing.kind)) parts.charts.add(inDrawing.part);
      const kind = SHEET_KINDS[target.kind];
      if (kind) parts[kind].add(target.part);
    }
    const count = (kind: Kind, element: RegExp, counts: (match: RegExpMatchArray) => boolean) =>
      [...parts[kind]].reduce((n, part) => n + [...(text(part) ?? "").matchAll(element)].filter(counts).length, 0);
    const dropped: DroppedParts = {
      charts: parts.charts.size,
      pivotTables: parts.pivotTables.size,
      slicers: count("slicers", SLICER, () => true),
      threadedComments: count("threadedComments", THREADED_COMMENT, (m) => !/\sparentId\s*=/.test(m[1])),
      controls: parts.controls.size,
    };
    if (Object.values(dropped).some((n) => n > 0)) found.set(sheet, dropped);
  }
  return found;
}
