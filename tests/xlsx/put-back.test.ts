/**
 * A set-aside sheet's rows put back into what ExcelJS wrote (src/xlsx/put-back.ts), on a small original written here
 * part by part: a sheet ExcelJS wrote without rows, a shared string the original lacks, namespaces the original
 * declares, no dimension, and a link in the rows below the top where ExcelJS wrote no link and no relationships.
 */
import ExcelJS from "exceljs";
import { putBack } from "../../src/xlsx/put-back";
import { readZipEntries, writeStoredZip, ZipEntry } from "../../src/xlsx/zip-package";
import { MAIN_NS, smallPackage } from "./containers";
import { child, descendants, NS, parseXml } from "./package-parts";

const LINK = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html";
const TITLE_LINK = "https://thuvienphapluat.vn";
const XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
const si = (t: string) => `<si><t>${t}</t></si>`;
/** The original's twelve strings: the rows below use 0, 1, 2, 3 and 11. */
const STRINGS = ["Một", "Hai", "Tiêu đề", "Cổng", ...Array.from({ length: 7 }, (_, i) => `khác ${i}`), "Mười một"];

/**
 * Rows 1 and 40, row 40 formatted as a whole (italic, style 3); A1 bold (style 1); B1 refers to a shared string the file does not have (a
 * damaged file: it reads as empty); C1 to string 11; A40 and B40 to the same string, B40 linked; a list to pick from in column C.
 */
const BIG = `<worksheet ${MAIN_NS} xmlns:xr="${XR}" xr:uid="{6F1A0C52-0000-4000-8000-000000000001}"><sheetData><row r="1"><c r="A1" s="1" t="s"><v>1</v></c><c r="B1" t="s"><v>17</v></c><c r="C1" t="s"><v>11</v></c></row><row r="40" s="3" customFormat="1"><c r="A40" t="s"><v>0</v></c><c r="B40" t="s"><v>0</v></c></row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="C2:C1000"><formula1>"Có,Không"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="B40" r:id="rId1"/></hyperlinks></worksheet>`;
/**
 * The top of "Liên kết" is read by ExcelJS, which writes its linked title and merge again; below it, a link whose
 * relationship is named under another prefix, with spaces and single quotes as XML allows, and a link to a place in
 * the workbook (no relationship); a check on whole numbers.
 */
const LINKED = `<worksheet ${MAIN_NS} xmlns:rel="${NS.r}"><dimension ref="A1:B40"/><sheetData><row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1"/></row><row r="40"><c r="A40" t="s"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="B2:B39"><formula1>0</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A1" r:id="rId2"/><hyperlink ref="A40" rel:id = 'rId7'/><hyperlink ref="B40" location="'Khác'!A1" display="Khác"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
/** Fonts 0 to 2 regular, bold, italic; cell styles 1 bold, 2 gray, 3 italic. */
const STYLES = `<styleSheet xmlns="${NS.main}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><i/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="1" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" applyFont="1"/></cellXfs></styleSheet>`;
const SHARED_STRINGS = `<sst xmlns="${NS.main}" count="12" uniqueCount="12">${STRINGS.map(si).join("")}</sst>`;
const ORIGINAL = writeStoredZip(
  smallPackage({
    sheets: { Lớn: BIG, "Liên kết": LINKED, Khác: `<worksheet ${MAIN_NS}><sheetData/></worksheet>` },
    styles: STYLES,
    sharedStrings: SHARED_STRINGS,
    parts: {
      "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${NS.r}/hyperlink" Target="${LINK}" TargetMode="External"/></Relationships>`,
      "xl/worksheets/_rels/sheet2.xml.rels": `<Relationships xmlns="${NS.rels}"><Relationship Id = 'rId7' Type="${NS.r}/hyperlink" Target="${LINK}" TargetMode="External"/><Relationship Id="rId2" Type="${NS.r}/hyperlink" Target="${TITLE_LINK}" TargetMode="External"/></Relationships>`,
    },
  }),
);

/** What ExcelJS writes for the original with its large sheets' tops only: nothing of "Lớn", the linked title of the other. */
async function writtenByExcelJS(): Promise<ZipEntry[]> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lớn");
  const linked = wb.addWorksheet("Liên kết");
  linked.getCell("A1").value = { text: "Tiêu đề", hyperlink: TITLE_LINK };
  linked.mergeCells("A1:B1");
  wb.addWorksheet("Khác").getCell("A1").value = "x";
  return readZipEntries(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The package's parts as text, with the two large sheets put back (inside each test: Stryker credits work there). */
async function putBackParts(): Promise<Map<string, string>> {
  const entries = putBack(await writtenByExcelJS(), ORIGINAL, ["Lớn", "Liên kết"]);
  return new Map(entries.map((e) => [e.name, e.data.toString("utf8")]));
}

/** Each cell's text through its shared string, by address. */
const texts = (parts: Map<string, string>, sheetPart: string) => {
  const strings = parseXml(parts.get("xl/sharedStrings.xml")!).children.map((s) => descendants(s, NS.main, "t"));
  return Object.fromEntries(
    descendants(parseXml(parts.get(sheetPart)!), NS.main, "c")
      .filter((c) => c.attributes.t === "s" && c.children.length > 0)
      .map((c) => [c.attributes.r, strings[Number(child(c, NS.main, "v").text)].map((t) => t.text).join("")]),
  );
};

describe("putBack", () => {
  it("puts the rows into a sheet written without any, each shared string found, a missing one empty", async () => {
    const parts = await putBackParts();
    expect(texts(parts, "xl/worksheets/sheet1.xml")).toEqual({
      A1: "Hai",
      B1: "",
      C1: "Mười một",
      A40: "Một",
      B40: "Một",
    });
    expect(texts(parts, "xl/worksheets/sheet2.xml")).toEqual({ A1: "Tiêu đề", A40: "Cổng" });
    const sst = parseXml(parts.get("xl/sharedStrings.xml")!);
    // ExcelJS's two strings, and the six the rows use, each once.
    expect(sst.children).toHaveLength(2 + 6);
    expect(Number(sst.attributes.uniqueCount)).toBe(sst.children.length);
    // The references in all: at least the seven string cells put back.
    expect(Number(sst.attributes.count)).toBeGreaterThanOrEqual(7);
    // Each sheet's rows once, nothing else in its sheetData.
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const data = child(parseXml(parts.get(part)!), NS.main, "sheetData");
      expect([data.children.map((row) => row.attributes.r), data.text]).toEqual([["1", "40"], ""]);
    }
  });

  it("declares what the original's root declares, ignores what either ignores, and drops the top's dimension", async () => {
    const parts = await putBackParts();
    const sheet = parseXml(parts.get("xl/worksheets/sheet1.xml")!);
    expect(sheet.attributes["xmlns:xr"]).toBe(XR);
    expect(sheet.attributes["mc:Ignorable"]).toBe("x14ac");
    expect(sheet.text).toBe("");
    expect(sheet.children.map((c) => c.local)).toEqual([
      "sheetFormatPr",
      "sheetData",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
    ]);
  });

  it("takes the links of the rows along, renumbered among the written relationships, after the merges; and the styles", async () => {
    const parts = await putBackParts();
    const sheet = parseXml(parts.get("xl/worksheets/sheet2.xml")!);
    expect(sheet.children.map((c) => c.local)).toEqual([
      "dimension",
      "sheetFormatPr",
      "sheetData",
      "mergeCells",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
    ]);
    const hyperlinks = child(sheet, NS.main, "hyperlinks");
    expect(hyperlinks.text).toBe("");
    // Each link to a web address by its new relationship, under the written sheet's prefix; the place in the workbook as it was.
    expect(hyperlinks.children.map((h) => Object.keys(h.attributes))).toEqual([
      ["ref", "r:id"],
      ["ref", "r:id"],
      ["ref", "location", "display"],
    ]);
    expect(hyperlinks.children[2].attributes).toEqual({ ref: "B40", location: "'Khác'!A1", display: "Khác" });
    const wb = await new ExcelJS.Workbook().xlsx.load(
      writeStoredZip([...parts].map(([name, xml]) => ({ name, data: Buffer.from(xml) }))) as unknown as ExcelJS.Buffer,
    );
    expect(wb.getWorksheet("Liên kết")!.getCell("A40").value).toEqual({ text: "Cổng", hyperlink: LINK });
    expect(wb.getWorksheet("Liên kết")!.getCell("A1").value).toEqual({ text: "Tiêu đề", hyperlink: TITLE_LINK });
    // ExcelJS's relationship for the title gives way to the original's.
    const rels = parseXml(parts.get("xl/worksheets/_rels/sheet2.xml.rels")!);
    expect([rels.children.map((r) => r.attributes.Type), rels.text]).toEqual([
      [`${NS.r}/hyperlink`, `${NS.r}/hyperlink`],
      "",
    ]);
    // A sheet ExcelJS wrote without relationships gets a part of its own for its link.
    expect(wb.getWorksheet("Lớn")!.getCell("B40").value).toEqual({ text: "Một", hyperlink: LINK });
    // The cells' own formatting, and the row's, renumbered into the written styles.
    const big = wb.getWorksheet("Lớn")!;
    expect([big.getCell("A1").font?.bold, big.getRow(40).font?.italic, big.getCell("B1").font?.bold]).toEqual([
      true,
      true,
      undefined,
    ]);
  });
});

/**
 * A set-aside sheet's string cells as XML allows them but Excel seldom writes them: a value with spaces around it, a
 * string cell without a value, the number one past the original's last string (a damaged file); ExcelJS's own top
 * using one string ten times, so that its count of references (11) is above its count of strings (2).
 */
const ODD = `<worksheet ${MAIN_NS}><sheetData><row r="1"><c r="A1" t="s"><v> 3 </v></c><c r="B1" s="1" t="s"/><c r="C1" t="s"><v>12</v></c><c r="D1" t="s"><v>3</v></c></row></sheetData></worksheet>`;

describe("putBack, the shared strings", () => {
  it("renumbers a value written with spaces, keeps a string cell without one, and counts every reference", async () => {
    const original = writeStoredZip(
      smallPackage({ sheets: { Lớn: ODD }, styles: STYLES, sharedStrings: SHARED_STRINGS }),
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lớn");
    const other = wb.addWorksheet("Khác");
    [...Array<string>(10).fill("x"), "y"].forEach((text, i) => (other.getCell(i + 1, 1).value = text));
    const written = readZipEntries(Buffer.from(await wb.xlsx.writeBuffer()));
    const writtenCount = Number(
      /\scount="(\d+)"/.exec(written.find((e) => e.name === "xl/sharedStrings.xml")!.data.toString())![1],
    );
    expect(writtenCount).toBe(11);

    const entries = putBack(written, original, ["Lớn"]);
    // Each part once: those ExcelJS wrote, changed in place.
    expect(entries.map((e) => e.name)).toEqual(written.map((e) => e.name));
    const parts = new Map(entries.map((e) => [e.name, e.data.toString("utf8")]));
    expect(texts(parts, "xl/worksheets/sheet1.xml")).toEqual({ A1: "Cổng", C1: "", D1: "Cổng" });
    const sheet = parseXml(parts.get("xl/worksheets/sheet1.xml")!);
    // No data validations, nothing added in their place.
    expect([sheet.children.map((c) => c.local), sheet.text]).toEqual([
      ["sheetFormatPr", "sheetData", "pageMargins", "pageSetup"],
      "",
    ]);
    const b1 = descendants(sheet, NS.main, "c")[1];
    expect([b1.attributes.r, b1.attributes.t, b1.children]).toEqual(["B1", "s", []]);
    const sst = parseXml(parts.get("xl/sharedStrings.xml")!);
    // "x", "y", then "Cổng" once and an empty string for 12.
    expect(
      sst.children.map((s) =>
        descendants(s, NS.main, "t")
          .map((t) => t.text)
          .join(""),
      ),
    ).toEqual(["x", "y", "Cổng", ""]);
    expect(sst.text).toBe("");
    // ExcelJS's 11 references and the rows' 3 (A1, C1, D1).
    expect([sst.attributes.count, sst.attributes.uniqueCount]).toEqual(["14", "4"]);
  });
});

describe("putBack, rows above a slice", () => {
  /** 30,000 rows of one string cell each, A{r} holding string (r + 5) % 12 (so that no string keeps its number): about 1.6 MB, renumbered in two slices. */
  const ROWS = 30_000;
  const many = () =>
    `<worksheet ${MAIN_NS}><sheetData>${Array.from({ length: ROWS }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i + 6) % 12}</v></c></row>`).join("")}</sheetData></worksheet>`;

  it("renumbers every cell, those around where a slice ends too", async () => {
    const original = writeStoredZip(
      smallPackage({ sheets: { Lớn: many() }, styles: STYLES, sharedStrings: SHARED_STRINGS }),
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lớn");
    wb.addWorksheet("Khác").getCell("A1").value = "x";
    const entries = putBack(readZipEntries(Buffer.from(await wb.xlsx.writeBuffer())), original, ["Lớn"]);
    const part = (name: string) => entries.find((e) => e.name === name)!.data.toString("utf8");
    const strings = [...part("xl/sharedStrings.xml").matchAll(/<si><t>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const cells = [...part("xl/worksheets/sheet1.xml").matchAll(/<c r="A(\d+)" t="s"><v>(\d+)<\/v><\/c>/g)];
    expect(cells).toHaveLength(ROWS);
    const wrong = cells.filter(([, r, v]) => strings[Number(v)] !== STRINGS[(Number(r) + 5) % 12]).map(([c]) => c);
    expect(wrong).toEqual([]);
  });
});
