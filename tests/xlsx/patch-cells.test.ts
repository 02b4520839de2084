/**
 * What `collect` writes into the master as it is (src/xlsx/patch-cells.ts), on small packages written here part by
 * part: every kind of content a unit can type, a row or a sheet that has no cells yet, a first link to a web address,
 * and the mark that makes Excel compute the formulas again wherever the workbook's calcPr is or is not.
 */
import ExcelJS from "exceljs";
import { CellWrite, patchCells } from "../../src/xlsx/patch-cells";
import { readZipEntries, writeStoredZip } from "../../src/xlsx/zip-package";
import { MAIN_NS, smallPackage } from "./containers";
import { child, NS, parseXml, XmlElement } from "./package-parts";

const STYLES =
  `<styleSheet xmlns="${NS.main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/**
 * Row 1 with a bold A1 and a number; row 3 formatted as a whole (bold) without cells; row 4 with spans, and a cell
 * without style whose text reads like a style attribute; row 12 with a bold B12 (a row number of two digits).
 */
const SHEET1 =
  `<worksheet ${MAIN_NS}><sheetData>` +
  `<row r="1" spans="1:2"><c r="A1" s="1" t="inlineStr"><is><t>cũ</t></is></c><c r="B1"><v>5</v></c></row>` +
  `<row r="3" s="1" customFormat="1"/>` +
  `<row r="4" spans="2:3"><c r="B4"><v>7</v></c><c r="C4" t="inlineStr"><is><t>mã s="1"</t></is></c></row>` +
  `<row r="12"><c r="B12" s="1"><v>3</v></c><c r="C12"><v>4</v></c></row>` +
  `</sheetData></worksheet>`;
/** Empty, its root declaring the main namespace only, as some writers leave it. */
const SHEET2 = `<worksheet xmlns="${NS.main}"><dimension ref="A1"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

/**
 * Written as the schema allows but Excel does not: attributes in single quotes (A2 bold), a cell and a row without
 * `r`, each placed after the one before it (B2, row 3).
 */
const SHEET3 =
  `<worksheet ${MAIN_NS}><sheetData>` +
  `<row r='2' spans='1:2'><c r='A2' s='1' t='inlineStr'><is><t>cũ</t></is></c><c><v>1</v></c></row>` +
  `<row r="3"><c r="A3"><v>3</v></c></row>` +
  `</sheetData></worksheet>`;

const workbookPackage = (workbookTail = '<calcPr calcId="191029"/>'): Buffer =>
  writeStoredZip(smallPackage({ sheets: { S: SHEET1, Trống: SHEET2, Khác: SHEET3 }, styles: STYLES, workbookTail }));

const part = (zip: Buffer, name: string): string | undefined =>
  readZipEntries(zip)
    .find((e) => e.name === name)
    ?.data.toString("utf8");

const cellsOf = (sheet: XmlElement) =>
  child(sheet, NS.main, "sheetData").children.map((row) => [
    row.attributes.r,
    row.children.map((c) => `${c.attributes.r}${c.attributes.s === undefined ? "" : `/s${c.attributes.s}`}`),
  ]);

/** The package as ExcelJS reads it (its types want its own Buffer). */
const reopened = (bytes: Buffer) => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);

const patch = (writes: Record<string, CellWrite[]>, workbookTail?: string) =>
  patchCells(workbookPackage(workbookTail), new Map(Object.entries(writes)));

describe("patchCells", () => {
  it("writes every kind of content a unit can type, each cell keeping its style or taking its row's", async () => {
    const bytes = await patch({
      S: [
        { row: 1, column: 1, content: { kind: "empty" } },
        { row: 1, column: 3, content: { kind: "formula", formula: "=SUM(B1:B4)" } },
        { row: 1, column: 4, content: { kind: "boolean", value: true } },
        { row: 1, column: 5, content: { kind: "boolean", value: false } },
        { row: 1, column: 6, content: { kind: "error", code: "#N/A" } },
        { row: 2, column: 2, content: { kind: "number", value: 2.5 } },
        { row: 3, column: 2, content: { kind: "text", text: 'UBND & <Phòng> "mới"' } },
        { row: 4, column: 1, content: { kind: "text", text: "đầu" } },
        { row: 4, column: 3, content: { kind: "number", value: 1 } },
        { row: 12, column: 2, content: { kind: "number", value: 9 } },
      ],
    });
    const sheet = parseXml(part(bytes, "xl/worksheets/sheet1.xml")!);
    expect(cellsOf(sheet)).toEqual([
      ["1", ["A1/s1", "B1", "C1", "D1", "E1", "F1"]],
      ["2", ["B2"]],
      ["3", ["B3/s1"]],
      ["4", ["A4", "B4", "C4"]],
      ["12", ["B12/s1", "C12"]],
    ]);
    // Nothing but elements in the sheetData and its rows.
    const data = child(sheet, NS.main, "sheetData");
    expect([data.text, ...data.children.map((row) => row.text)]).toEqual(["", "", "", "", "", ""]);
    // A row's spans would no longer hold (A4 is before 2:3): it is left out.
    expect(child(sheet, NS.main, "sheetData").children[3].attributes.spans).toBeUndefined();

    const ws = (await reopened(bytes)).getWorksheet("S")!;
    expect(ws.getCell("A1").value).toBeNull();
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B1").value).toBe(5);
    expect(ws.getCell("C1").formula).toBe("SUM(B1:B4)");
    expect([ws.getCell("D1").value, ws.getCell("E1").value]).toEqual([true, false]);
    expect(ws.getCell("F1").value).toEqual({ error: "#N/A" });
    expect(ws.getCell("B2").value).toBe(2.5);
    expect([ws.getCell("B3").value, ws.getCell("B3").font?.bold]).toEqual(['UBND & <Phòng> "mới"', true]);
    expect([ws.getCell("A4").value, ws.getCell("B4").value]).toEqual(["đầu", 7]);
    expect([ws.getCell("B12").value, ws.getCell("B12").font?.bold, ws.getCell("C12").value]).toEqual([9, true, 4]);
  });

  it("places a cell without its address after the one before it, and reads single-quoted attributes", async () => {
    const bytes = await patch({
      Khác: [
        { row: 2, column: 1, content: { kind: "text", text: "mới" } },
        { row: 2, column: 2, content: { kind: "number", value: 5 } },
        { row: 2, column: 3, content: { kind: "number", value: 6 } },
        { row: 3, column: 2, content: { kind: "number", value: 7 } },
      ],
    });
    const sheet = parseXml(part(bytes, "xl/worksheets/sheet3.xml")!);
    expect(cellsOf(sheet)).toEqual([
      ["2", ["A2/s1", "B2", "C2"]],
      ["3", ["A3", "B3"]],
    ]);
    // Its spans (1:2) would no longer hold.
    expect(child(sheet, NS.main, "sheetData").children[0].attributes.spans).toBeUndefined();
    const ws = (await reopened(bytes)).getWorksheet("Khác")!;
    expect([ws.getCell("A2").value, ws.getCell("A2").font?.bold]).toEqual(["mới", true]);
    expect([ws.getCell("B2").value, ws.getCell("C2").value, ws.getCell("A3").value, ws.getCell("B3").value]).toEqual([
      5, 6, 3, 7,
    ]);
  });

  it("writes into a sheet that has no rows yet, keeping what follows its sheetData", async () => {
    const bytes = await patch({ Trống: [{ row: 2, column: 1, content: { kind: "text", text: "một" } }] });
    const sheet = parseXml(part(bytes, "xl/worksheets/sheet2.xml")!);
    expect(sheet.children.map((c) => c.local)).toEqual(["dimension", "sheetData", "pageMargins"]);
    expect(cellsOf(sheet)).toEqual([["2", ["A2"]]]);
    const ws = (await reopened(bytes)).getWorksheet("Trống")!;
    expect(ws.getCell("A2").value).toBe("một");
  });

  it("gives a sheet without relationships its first link to a web address", async () => {
    const link = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html";
    const bytes = await patch({ S: [{ row: 2, column: 1, content: { kind: "text", text: "Cổng", link } }] });
    expect(part(bytes, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(link);
    const ws = (await reopened(bytes)).getWorksheet("S")!;
    expect(ws.getCell("A2").value).toEqual({ text: "Cổng", hyperlink: link });
  });

  it("declares the relationships' namespace for a link in a sheet whose root lacks it", async () => {
    const link = "https://dichvucong.gov.vn";
    const bytes = await patch({ Trống: [{ row: 1, column: 2, content: { kind: "text", text: "Cổng", link } }] });
    const sheet = parseXml(part(bytes, "xl/worksheets/sheet2.xml")!);
    expect(child(sheet, NS.main, "hyperlinks").children[0].attributes).toMatchObject({ ref: "B1" });
    const ws = (await reopened(bytes)).getWorksheet("Trống")!;
    expect(ws.getCell("B1").value).toEqual({ text: "Cổng", hyperlink: link });
  });

  it("adds a link to a sheet's relationships, keeping those it has", async () => {
    const [first, second] = ["https://dichvucong.gov.vn", "https://thuvienphapluat.vn"];
    const once = await patch({ Trống: [{ row: 1, column: 2, content: { kind: "text", text: "Cổng", link: first } }] });
    const twice = await patchCells(
      once,
      new Map([["Trống", [{ row: 1, column: 3, content: { kind: "text", text: "Luật", link: second } }]]]),
    );
    const ws = (await reopened(twice)).getWorksheet("Trống")!;
    expect([ws.getCell("B1").value, ws.getCell("C1").value]).toEqual([
      { text: "Cổng", hyperlink: first },
      { text: "Luật", hyperlink: second },
    ]);
  });

  it("drops a written cell's old link, and the sheet's hyperlinks with it when it was the only one", async () => {
    const link = "https://dichvucong.gov.vn";
    const linked = await patch({ Trống: [{ row: 1, column: 2, content: { kind: "text", text: "Cổng", link } }] });
    const unlinked = await patchCells(
      linked,
      new Map([["Trống", [{ row: 1, column: 2, content: { kind: "text", text: "Cổng mới" } }]]]),
    );
    const sheet = parseXml(part(unlinked, "xl/worksheets/sheet2.xml")!);
    expect(sheet.children.map((c) => c.local)).toEqual(["dimension", "sheetData", "pageMargins"]);
    expect(sheet.text).toBe("");
    expect((await reopened(unlinked)).getWorksheet("Trống")!.getCell("B1").value).toBe("Cổng mới");
  });

  const ELEMENTS = ["sheets", "functionGroups", "externalReferences", "definedNames"];
  it.each([
    ["after sheets", "", ["sheets", "calcPr"]],
    ["after functionGroups", '<functionGroups builtInGroupCount="16"/>', [...ELEMENTS.slice(0, 2), "calcPr"]],
    [
      "after externalReferences",
      '<externalReferences><externalReference r:id="rId4"/></externalReferences>',
      ["sheets", "externalReferences", "calcPr"],
    ],
    [
      "after definedNames, before what follows",
      '<functionGroups/><definedNames><definedName name="Vùng">S!$A$1</definedName></definedNames><extLst/>',
      ["sheets", "functionGroups", "definedNames", "calcPr", "extLst"],
    ],
  ])("adds calcPr marked to compute on opening where the workbook has none: %s", async (_, tail, order) => {
    const workbook = parseXml(part(await patch({}, tail), "xl/workbook.xml")!);
    expect(workbook.children.map((c) => c.local)).toEqual(order);
    expect(child(workbook, NS.main, "calcPr").attributes).toEqual({ fullCalcOnLoad: "1" });
  });

  it.each([
    ["", '<calcPr calcId="191029" fullCalcOnLoad="0"></calcPr>'],
    [", with spaces around its '='", '<calcPr calcId="191029" fullCalcOnLoad = "false"/>'],
    [", in single quotes", "<calcPr calcId='191029' fullCalcOnLoad='true'/>"],
  ])("marks the calcPr there, whatever it said%s", async (_, calcPr) => {
    const workbook = parseXml(part(await patch({}, calcPr), "xl/workbook.xml")!);
    expect(workbook.children.map((c) => c.local)).toEqual(["sheets", "calcPr"]);
    expect(child(workbook, NS.main, "calcPr").attributes).toEqual({ calcId: "191029", fullCalcOnLoad: "1" });
  });
});
