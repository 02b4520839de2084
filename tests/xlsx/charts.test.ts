/** The summary's chart, which ExcelJS cannot write: `apply` adds it to the package, where Excel keeps charts. */
import * as path from "path";
import ExcelJS from "exceljs";
import { columnLetters } from "../../src/core/cells";
import { ChartDraft, OPERATIONS, prepareRun, SheetDraft } from "../../src/core/edits";
import { openPlan } from "../../src/cli/open";
import { runInputOf, writeWorkbookFile } from "../../src/xlsx/write";
import { addCharts } from "../../src/xlsx/add-charts";
import { loadWorkbook } from "../../src/xlsx/load";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { smallPackage } from "./containers";
import { apply, PASTED, rowsByCode, sheet, tempDir, vi } from "../xlsx-apply/helpers";
import {
  cachedLabels,
  chartedSheet,
  chartParts,
  child,
  descendants,
  NS,
  only,
  Package,
  parseXml,
  readPackage,
  Relationship,
  relationshipsOf,
  seriesOf,
  sourceOf,
  XmlElement,
} from "./package-parts";

const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
// A 1×1 transparent PNG: an image, so that ExcelJS writes a drawing of its own.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Every internal relationship points at a part that is there, and every part has a content type. */
async function expectConsistent(pkg: Package): Promise<void> {
  const missing: Relationship[] = [];
  for (const rels of pkg.names.filter((n) => n.endsWith(".rels"))) {
    missing.push(...(await relationshipsOf(pkg, sourceOf(rels))).filter((r) => r.part !== null && !pkg.has(r.part)));
  }
  expect(missing).toEqual([]);
  const types = await pkg.xml("[Content_Types].xml");
  const overrides = new Map(
    descendants(types, NS.types, "Override").map((o) => [o.attributes.PartName.slice(1), o.attributes.ContentType]),
  );
  const defaults = new Set(descendants(types, NS.types, "Default").map((d) => d.attributes.Extension.toLowerCase()));
  const untyped = pkg.names.filter(
    (n) =>
      n !== "[Content_Types].xml" && !overrides.has(n) && !defaults.has(n.slice(n.lastIndexOf(".") + 1).toLowerCase()),
  );
  expect(untyped).toEqual([]);
  expect([...overrides.keys()].filter((n) => !pkg.has(n))).toEqual([]);
  for (const chart of chartParts(pkg)) expect(overrides.get(chart)).toBe(CONTENT_TYPE.chart);
  for (const drawing of pkg.names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)))
    expect(overrides.get(drawing)).toBe(CONTENT_TYPE.drawing);
}

/** The corners of each anchor as [column, row], 0-based as DrawingML counts. */
function anchors(drawing: XmlElement): number[][][] {
  const corner = (e: XmlElement) => [Number(child(e, NS.xdr, "col").text), Number(child(e, NS.xdr, "row").text)];
  return descendants(drawing, NS.xdr, "twoCellAnchor").map((a) => [
    corner(child(a, NS.xdr, "from")),
    corner(child(a, NS.xdr, "to")),
  ]);
}

/** The summary this run drafts, prepared as `apply` prepares it. */
async function summaryDraft(file: string): Promise<SheetDraft> {
  const { workbook, sheets, reconciled, plan } = await openPlan(file, undefined, "vi");
  const { state, sheetNames } = reconciled;
  const run = prepareRun(
    runInputOf(workbook, { plan, sheets, sheetNames, state, operations: new Set(OPERATIONS), language: "vi" }),
  );
  return run.edits.sheets.find((d) => d.kind === "summary")!;
}

/** What the chart shows, as the tests compare it: its kind, title, legend, series and axes, and any stray text. */
async function lookOf(pkg: Package, part: string) {
  const chart = await pkg.xml(part);
  const val = (e: XmlElement, local: string) => child(e, NS.c, local).attributes.val;
  const bar = only(descendants(chart, NS.c, "barChart"), "bar chart");
  const title = only(descendants(chart, NS.c, "title"), "title");
  const axis = (local: string) => {
    const a = only(descendants(chart, NS.c, local), local);
    const look = {
      position: val(a, "axPos"),
      deleted: val(a, "delete"),
      orientation: val(child(a, NS.c, "scaling"), "orientation"),
      gridlines: a.children.some((c) => c.local === "majorGridlines"),
      ticks: [val(a, "majorTickMark"), val(a, "minorTickMark")],
      labels: val(a, "tickLblPos"),
      crosses: val(a, "crosses"),
    };
    return { id: val(a, "axId"), crossing: val(a, "crossAx"), look };
  };
  const [category, value] = [axis("catAx"), axis("valAx")];
  const all = (e: XmlElement): XmlElement[] => [e, ...e.children.flatMap(all)];
  return {
    direction: val(bar, "barDir"),
    grouping: val(bar, "grouping"),
    title: descendants(title, "http://schemas.openxmlformats.org/drawingml/2006/main", "t").map((t) => t.text),
    legend: val(only(descendants(chart, NS.c, "legend"), "legend"), "legendPos"),
    series: descendants(bar, NS.c, "ser").map((s) => [val(s, "idx"), val(s, "order"), val(s, "invertIfNegative")]),
    // The bars stand on the two axes, two of them, each crossing the other.
    axesOfBars:
      bar.children.filter((c) => c.local === "axId").map((c) => c.attributes.val) + "" === `${category.id},${value.id}`,
    axesCross: category.id !== value.id && category.crossing === value.id && value.crossing === category.id,
    category: category.look,
    value: value.look,
    // Text only in values, references and the title's runs.
    strayText: all(chart)
      .filter((e) => !["v", "f", "t"].includes(e.local) && e.text.trim() !== "")
      .map((e) => `${e.local}: ${e.text}`),
  };
}

/**
 * A new clustered column chart of two series as Excel makes it (`charts.add("ColumnClustered", ...)`): series
 * numbered from 0 in their order, not inverted below zero; categories along the bottom, values on the left with
 * major gridlines, ticks outside, labels next to the axis; the legend below.
 */
function columnChart(title: string) {
  const axis = { deleted: "0", orientation: "minMax", ticks: ["out", "none"], labels: "nextTo", crosses: "autoZero" };
  return {
    direction: "col",
    grouping: "clustered",
    title: [title],
    legend: "b",
    series: [
      ["0", "0", "0"],
      ["1", "1", "0"],
    ],
    axesOfBars: true,
    axesCross: true,
    category: { ...axis, position: "b", gridlines: false },
    value: { ...axis, position: "l", gridlines: true },
    strayText: [],
  };
}

/** A summary sheet's draft of these texts (by row) and its chart, nothing else. */
function summaryWithChart(name: string, texts: string[][], chart: ChartDraft): SheetDraft {
  return {
    kind: "summary",
    name,
    unit: null,
    cells: texts.map((row) => row.map((text) => ({ kind: "text", text }))),
    styles: [],
    columnWidths: [],
    titleRows: null,
    merges: [],
    chart,
    validations: [],
    rules: [],
    linkedCells: null,
  };
}

describe("apply's summary chart", () => {
  const quoted = `'${vi.sheets.summaryName}'`;
  let out: string;
  let wb: ExcelJS.Workbook;
  let pkg: Package;

  beforeAll(async () => {
    out = path.join(tempDir(), "out.xlsx");
    wb = await apply(PASTED, out);
    pkg = await readPackage(out);
  });

  it("is one chart, on the summary, whose series are every domain's max and score named by their headers", async () => {
    const { charts } = await chartedSheet(pkg, vi.sheets.summaryName);
    expect(charts).toEqual(chartParts(pkg));
    const chart = only(charts, "chart");

    const ws = sheet(wb, vi.sheets.summaryName);
    const rows = rowsByCode(ws, 2);
    const domains = expected.criteria.filter((c) => c.parent === null);
    const domainRows = domains.map((d) => rows.get(d.code)!);
    const [first, last] = [domainRows[0], domainRows[domainRows.length - 1]];
    expect(domainRows).toEqual(domainRows.map((_, i) => first + i));
    const header = first - 1;
    const columnOf = (matches: (v: unknown) => boolean) => {
      const found: number[] = [];
      ws.getRow(header).eachCell((cell, c) => matches(cell.value) && found.push(c));
      return only(found, "header");
    };
    const scoreLabel = new RegExp(`^${vi.sheets.columns.score("YEAR").replace("YEAR", "\\d{4}")}$`);
    const maxColumn = columnOf((v) => v === vi.sheets.columns.max);
    const scoreColumn = columnOf((v) => typeof v === "string" && scoreLabel.test(v));
    // The code spans A:B, which ExcelJS reads as the code twice: the labels are its first column.
    const [codeColumn] = [1, 2, 3, 4].filter((c) =>
      domains.every((d, i) => ws.getCell(domainRows[i], c).value === d.code),
    );

    const abs = (column: number, from: number, to = from) =>
      `${quoted}!$${columnLetters(column)}$${from}${to === from ? "" : `:$${columnLetters(column)}$${to}`}`;
    const categories = abs(codeColumn, first, last);
    expect(await seriesOf(pkg, chart)).toEqual([
      { name: abs(maxColumn, header), categories, values: abs(maxColumn, first, last) },
      { name: abs(scoreColumn, header), categories, values: abs(scoreColumn, first, last) },
    ]);
  });

  it("labels the bars with the domains' codes, cached for a reader that shows them before computing", async () => {
    const codes = expected.criteria.filter((c) => c.parent === null).map((d) => d.code);
    expect(await cachedLabels(pkg, only(chartParts(pkg), "chart"))).toEqual([codes, codes]);
  });

  it("is a clustered column chart titled as the add-in titles it, its legend below", async () => {
    expect(await lookOf(pkg, only(chartParts(pkg), "chart"))).toEqual(columnChart(vi.sheets.chartTitle("2023")));
  });

  it("covers the cells the draft anchors it to", async () => {
    const { anchor } = (await summaryDraft(PASTED)).chart!;
    const { drawingXml } = await chartedSheet(pkg, vi.sheets.summaryName);
    // From the area's first cell to the corner after its last one.
    expect(anchors(drawingXml)).toEqual([
      [
        [anchor.left - 1, anchor.top - 1],
        [anchor.right, anchor.bottom],
      ],
    ]);
  });

  it("keeps the package consistent: relationships reach existing parts, every part has its content type", async () => {
    await expectConsistent(pkg);
  });

  it("writes every XML part well-formed, its prefixes declared", async () => {
    const parts = pkg.names.filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts.length).toBeGreaterThan(15);
    for (const part of parts) await expect(pkg.xml(part)).resolves.toBeDefined();
  });

  it("leaves a workbook ExcelJS reads, the summary's cells as they were written", () => {
    const ws = sheet(wb, vi.sheets.summaryName);
    const rows = rowsByCode(ws, 2);
    for (const d of expected.criteria.filter((c) => c.parent === null))
      expect(ws.getCell(rows.get(d.code)!, 3).value).toBe(d.name);
  });

  it("is made again, once, when apply runs on its own output", async () => {
    const again = path.join(tempDir(), "again.xlsx");
    await apply(out, again);
    const twice = await readPackage(again);
    const chart = only(chartParts(twice), "chart");
    expect((await chartedSheet(twice, vi.sheets.summaryName)).charts).toEqual([chart]);
    expect(await seriesOf(twice, chart)).toEqual(await seriesOf(pkg, only(chartParts(pkg), "chart")));
    await expectConsistent(twice);
  });
});

describe("a chart on a sheet that already has relationships, in a workbook with an image", () => {
  const NAME = "Bob's R&D <2024>";
  let file: string;
  let pkg: Package;

  // Written again for each test (a few milliseconds), so that mutation testing's per-test coverage sees each test run
  // addCharts: work done in beforeAll is credited to no test.
  beforeEach(async () => {
    const wb = new ExcelJS.Workbook();
    const pictures = wb.addWorksheet("Pictures");
    pictures.addImage(wb.addImage({ buffer: PIXEL as unknown as ExcelJS.Buffer, extension: "png" }), "B2:C3");
    const ws = wb.addWorksheet(NAME);
    ws.addTable({
      name: "Points",
      ref: "A1",
      columns: [{ name: "Domain" }, { name: "Max" }, { name: "Score" }],
      rows: [
        ["A & B", 3, 2],
        ["C", 4, 4],
      ],
    });
    ws.getCell("E1").value = { text: "link", hyperlink: "https://example.org/" };
    const draft = summaryWithChart(NAME, [["Domain", "Max", "Score"], ["A & B\u0007"], ["C _x0001_"]], {
      title: "R&D <points>",
      source: { top: 1, left: 1, bottom: 3, right: 3 },
      categories: { top: 2, left: 1, bottom: 3, right: 1 },
      anchor: { top: 5, left: 1, bottom: 20, right: 8 },
    });
    file = path.join(tempDir(), "image.xlsx");
    await writeWorkbookFile(wb, file, [draft]);
    pkg = await readPackage(file);
  });

  it("leaves the image's drawing alone and gives the chart a drawing and relationship of its own", async () => {
    const pictures = await chartedSheet(pkg, "Pictures");
    expect(pictures.charts).toEqual([]);
    const charted = await chartedSheet(pkg, NAME);
    // The first number the package does not hold: the one after the image's drawing.
    expect([pictures.drawing, charted.drawing]).toEqual(["xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    expect(charted.charts).toEqual(chartParts(pkg));
    const rels = await relationshipsOf(pkg, charted.part);
    expect(rels.map((r) => r.type.split("/").pop()).sort()).toEqual(["drawing", "hyperlink", "table"]);
    expect(new Set(rels.map((r) => r.id)).size).toBe(3);
    await expectConsistent(pkg);
  });

  it("puts <drawing> where the worksheet schema wants it: after the hyperlinks and page setup, before the table parts; declaring nothing the root declares", async () => {
    const { xml } = await chartedSheet(pkg, NAME);
    expect(Object.keys(child(xml, NS.main, "drawing").attributes)).toEqual(["r:id"]);
    const order = xml.children.map((c) => c.local);
    const at = (local: string) => order.indexOf(local);
    expect(at("hyperlinks")).toBeGreaterThan(-1);
    expect(at("pageMargins")).toBeLessThan(at("drawing"));
    expect(at("hyperlinks")).toBeLessThan(at("drawing"));
    expect(at("drawing") + 1).toBe(at("tableParts"));
  });

  it("is the clustered column chart the draft titles, covering the cells it anchors it to, named as Excel names a first chart", async () => {
    const chart = only(chartParts(pkg), "chart");
    expect(await lookOf(pkg, chart)).toEqual(columnChart("R&D <points>"));
    const { drawingXml } = await chartedSheet(pkg, NAME);
    // A5:H20: from column 0, row 4 to the corner after H20, column 8, row 20.
    expect(anchors(drawingXml)).toEqual([
      [
        [0, 4],
        [8, 20],
      ],
    ]);
    const frame = only(descendants(drawingXml, NS.xdr, "cNvPr"), "chart's properties");
    expect(frame.attributes.name).toBe("Chart 1");
  });

  it("quotes the sheet name as formulas do and escapes the XML", async () => {
    expect(await seriesOf(pkg, only(chartParts(pkg), "chart"))).toEqual([
      {
        name: "'Bob''s R&D <2024>'!$B$1",
        categories: "'Bob''s R&D <2024>'!$A$2:$A$3",
        values: "'Bob''s R&D <2024>'!$B$2:$B$3",
      },
      {
        name: "'Bob''s R&D <2024>'!$C$1",
        categories: "'Bob''s R&D <2024>'!$A$2:$A$3",
        values: "'Bob''s R&D <2024>'!$C$2:$C$3",
      },
    ]);
    // Labels cached as Excel stores text: a control character as _x0007_, a typed escape's underscore escaped.
    const labels = ["A & B_x0007_", "C _x005F_x0001_"];
    expect(await cachedLabels(pkg, only(chartParts(pkg), "chart"))).toEqual([labels, labels]);
  });

  it("leaves a workbook ExcelJS reads, image, table and link kept", async () => {
    const wb = await loadWorkbook(file);
    expect(sheet(wb, "Pictures").getImages()).toHaveLength(1);
    const ws = sheet(wb, NAME);
    expect(ws.getCell("A2").value).toBe("A & B");
    expect(ws.getCell("E1").value).toEqual({ text: "link", hyperlink: "https://example.org/" });
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["Points"]);
  });
});

describe("addCharts on a package written part by part", () => {
  const sheetXml = `<worksheet xmlns="${NS.main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Lĩnh vực</t></is></c></row></sheetData></worksheet>`;
  /** A chart over A1:B3 of a draft that writes rows 1 and 2 only. */
  const draft = summaryWithChart("Tổng hợp", [["Lĩnh vực", "Điểm"], ["I"]], {
    title: "Điểm",
    source: { top: 1, left: 1, bottom: 3, right: 2 },
    categories: { top: 2, left: 1, bottom: 3, right: 1 },
    anchor: { top: 4, left: 1, bottom: 10, right: 5 },
  });
  const partOf = (entries: { name: string; data: Buffer }[], name: string) =>
    parseXml(entries.find((e) => e.name === name)!.data.toString("utf8"));

  it("declares the relationships' prefix on the <drawing> it adds when the sheet's root does not; new parts come last, once", () => {
    const given = smallPackage({ sheets: { "Tổng hợp": sheetXml } });
    const entries = addCharts(given, [draft]);
    const names = entries.map((e) => e.name);
    expect(names.slice(0, given.length)).toEqual(given.map((e) => e.name));
    expect(names.slice(given.length).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
    ]);
    // saxes refuses a prefix not declared.
    const drawing = child(partOf(entries, "xl/worksheets/sheet1.xml"), NS.main, "drawing");
    expect(drawing.attributes["r:id"]).toBe("rId1");
  });

  it("caches no label for a category row the draft does not write", () => {
    const chart = partOf(
      addCharts(smallPackage({ sheets: { "Tổng hợp": sheetXml } }), [draft]),
      "xl/charts/chart1.xml",
    );
    const cache = only(
      descendants(child(only(descendants(chart, NS.c, "ser"), "series"), NS.c, "cat"), NS.c, "strCache"),
      "cache",
    );
    expect(child(cache, NS.c, "ptCount").attributes.val).toBe("2");
    expect(descendants(cache, NS.c, "pt").map((pt) => [pt.attributes.idx, child(pt, NS.c, "v").text])).toEqual([
      ["0", "I"],
    ]);
  });
});
