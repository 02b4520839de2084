/**
 * An .xlsx read as its parts, for the chart tests: JSZip opens the package, saxes (ExcelJS's XML parser, with
 * namespaces checked) parses each part strictly, so a part that is not well-formed fails the test that reads it.
 */
import { readFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
};

export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** By qualified name as written ("r:id"). */
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes, children: [], text: "" };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (t) => stack.length > 0 && (stack[stack.length - 1].text += t));
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element below `e` (depth first) in namespace `uri` named `local`. */
export function descendants(e: XmlElement, uri: string, local: string): XmlElement[] {
  return e.children.flatMap((c) => [...(c.uri === uri && c.local === local ? [c] : []), ...descendants(c, uri, local)]);
}

export function child(e: XmlElement, uri: string, local: string): XmlElement {
  const found = e.children.find((c) => c.uri === uri && c.local === local);
  if (!found) throw new Error(`no ${local} in ${e.local}`);
  return found;
}

export function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected one ${what}, found ${items.length}`);
  return items[0];
}

export interface Package {
  /** File parts, without folders. */
  readonly names: string[];
  has(name: string): boolean;
  xml(name: string): Promise<XmlElement>;
}

export async function readPackage(file: string): Promise<Package> {
  const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return {
    names,
    has: (name) => names.includes(name),
    xml: async (name) => {
      const entry = zip.file(name);
      if (!entry) throw new Error(`no part ${name}`);
      return parseXml(await entry.async("string"));
    },
  };
}

/** xl/worksheets/_rels/sheet3.xml.rels → xl/worksheets/sheet3.xml; _rels/.rels → the package itself (""). */
export function sourceOf(rels: string): string {
  const dir = path.posix.dirname(path.posix.dirname(rels));
  const base = path.posix.basename(rels, ".rels");
  return dir === "." ? base : `${dir}/${base}`;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, resolved to a name in the package; null for a target outside it (a link). */
  readonly part: string | null;
}

/** The relationships of `source` ("" for the package's own). */
export async function relationshipsOf(pkg: Package, source: string): Promise<Relationship[]> {
  const dir = path.posix.dirname(source);
  const rels = source === "" ? "_rels/.rels" : `${dir}/_rels/${path.posix.basename(source)}.rels`;
  if (!pkg.has(rels)) return [];
  return descendants(await pkg.xml(rels), NS.rels, "Relationship").map((r) => {
    const target = r.attributes.Target;
    const part =
      r.attributes.TargetMode === "External"
        ? null
        : target.startsWith("/")
          ? target.slice(1)
          : path.posix.normalize(path.posix.join(dir, target));
    return { id: r.attributes.Id, type: r.attributes.Type, part };
  });
}

const TYPE = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  worksheet: `${NS.r}/worksheet`,
};

/** The part a relationship of `id` and `type` points to. */
function target(rels: Relationship[], id: string | undefined, type: string): string {
  const part = rels.find((r) => r.id === id && r.type === type)?.part;
  if (!part) throw new Error(`no ${type} relationship ${id}`);
  return part;
}

/** The sheet's part, its drawing (through the sheet's `<drawing r:id>`) and the charts that drawing holds. */
export async function chartedSheet(pkg: Package, name: string) {
  const workbook = await pkg.xml("xl/workbook.xml");
  const entry = descendants(workbook, NS.main, "sheet").find((s) => s.attributes.name === name);
  const rels = await relationshipsOf(pkg, "xl/workbook.xml");
  const part = target(rels, entry?.attributes["r:id"], TYPE.worksheet);
  const xml = await pkg.xml(part);
  const drawingId = only(descendants(xml, NS.main, "drawing"), "drawing element").attributes["r:id"];
  const drawing = target(await relationshipsOf(pkg, part), drawingId, TYPE.drawing);
  const drawingXml = await pkg.xml(drawing);
  const drawingRels = await relationshipsOf(pkg, drawing);
  const charts = descendants(drawingXml, NS.c, "chart").map((c) =>
    target(drawingRels, c.attributes["r:id"], TYPE.chart),
  );
  return { part, xml, drawing, drawingXml, charts };
}

export interface ChartSeries {
  readonly name: string;
  readonly categories: string;
  readonly values: string;
}

/** Each series of every chart part: the references of its name, categories and values. */
export async function seriesOf(pkg: Package, chart: string): Promise<ChartSeries[]> {
  const formula = (ser: XmlElement, local: string) => descendants(child(ser, NS.c, local), NS.c, "f")[0]?.text;
  return descendants(await pkg.xml(chart), NS.c, "ser").map((ser) => ({
    name: formula(ser, "tx"),
    categories: formula(ser, "cat"),
    values: formula(ser, "val"),
  }));
}

/** Each series' values as the chart part caches them, by point. */
export async function cachedValues(pkg: Package, chart: string): Promise<number[][]> {
  return descendants(await pkg.xml(chart), NS.c, "ser").map((ser) =>
    descendants(child(ser, NS.c, "val"), NS.c, "pt").map((pt) => Number(child(pt, NS.c, "v").text)),
  );
}

/** Each series' category labels as the chart part caches them, by point. */
export async function cachedLabels(pkg: Package, chart: string): Promise<string[][]> {
  return descendants(await pkg.xml(chart), NS.c, "ser").map((ser) =>
    descendants(child(ser, NS.c, "cat"), NS.c, "pt").map((pt) => child(pt, NS.c, "v").text),
  );
}

export const chartParts = (pkg: Package) => pkg.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
