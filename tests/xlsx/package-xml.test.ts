/** Reading and writing a package's parts as text (src/xlsx/package-xml.ts), on XML as Excel and ExcelJS write it. */
import {
  attributes,
  escapeXml,
  escapeXstring,
  freeId,
  needsXstringEscape,
  relsOf,
  resolveTarget,
  sheetPartOf,
  sheetParts,
  withTopLevel,
} from "../../src/xlsx/package-xml";
import { smallPackage } from "./containers";

describe("sheetParts", () => {
  it("reads a sheet's name written with character references, decimal or hexadecimal", () => {
    const entries = smallPackage({ sheets: { "P. T&#432; ph&#xE1;p &amp; H&#7897;i": "<worksheet/>", Khác: "" } });
    const parts = new Map(entries.map((e) => [e.name, e.data.toString("utf8")]));
    expect([...sheetParts((name) => parts.get(name)!)]).toEqual([
      ["P. Tư pháp & Hội", "xl/worksheets/sheet1.xml"],
      ["Khác", "xl/worksheets/sheet2.xml"],
    ]);
  });
});

describe("text in XML", () => {
  it("escapes what a cell's text cannot hold as Excel writes it, and an underscore that would read as an escape", () => {
    expect(escapeXstring("a\u000Bb\rc\u007F\u0001")).toBe("a_x000B_b_x000D_c_x007F__x0001_");
    expect(escapeXstring("mã_x0041_ và _x41_")).toBe("mã_x005F_x0041_ và _x41_");
    expect(escapeXstring("\uD800 \uDFFF \uFFFE")).toBe("_xD800_ _xDFFF_ _xFFFE_");
    expect(escapeXstring("tab\tdòng\nmới 😀")).toBe("tab\tdòng\nmới 😀");
  });

  it("says whether a text needs it, the same when asked again", () => {
    for (let i = 0; i < 2; i++) {
      expect([
        needsXstringEscape("a\u000Bb"),
        needsXstringEscape("x_x000D_y"),
        needsXstringEscape("Phòng Nội vụ"),
      ]).toEqual([true, true, false]);
    }
  });

  it("writes the five special characters as entities and leaves out what XML cannot hold", () => {
    expect(escapeXml(`<a href="x">B & C's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;B &amp; C&apos;s&lt;/a&gt;");
    expect(escapeXml("a\u0001\u000Bb\t\n\r\uFFFFc\uD800")).toBe("ab\t\n\rc");
  });
});

describe("parts and relationships", () => {
  it("resolves a target relative to its part's folder, with . and .., or from the package's root", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/./drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "/xl/media/image1.png")).toBe("xl/media/image1.png");
  });

  it("names a part's relationships, and the first relationship id free", () => {
    expect(relsOf("xl/worksheets/sheet3.xml")).toBe("xl/worksheets/_rels/sheet3.xml.rels");
    expect(relsOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    const rel = (id: string) => `<Relationship Id="${id}" Type="t" Target="x"/>`;
    expect(freeId(`<Relationships>${rel("rId1")}${rel("rId2")}${rel("rId4")}</Relationships>`)).toBe("rId3");
    expect(freeId("")).toBe("rId1");
  });

  it("reads attributes in either quotes, with entities, prefixed or not", () => {
    expect([
      ...attributes(`<hyperlink ref='A1' r:id="rId2" display="&lt;B &amp; C&gt; &quot;x&quot; &apos;y&apos;"/>`),
    ]).toEqual([
      ["ref", "A1"],
      ["r:id", "rId2"],
      ["display", `<B & C> "x" 'y'`],
    ]);
  });

  it("finds a sheet's part by its name, and says which is missing", () => {
    const entries = smallPackage({ sheets: { "Phụ lục": "<worksheet/>" } });
    const parts = new Map(entries.map((e) => [e.name, e.data.toString("utf8")]));
    expect(sheetPartOf((name) => parts.get(name)!, "Phụ lục")).toBe("xl/worksheets/sheet1.xml");
    expect(() => sheetPartOf((name) => parts.get(name)!, "Khác")).toThrow("Khác");
  });
});

describe("withTopLevel", () => {
  const sheet = (after: string) => `<worksheet><sheetData><row r="1"/></sheetData>${after}</worksheet>`;
  const HYPERLINKS = '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>';
  const MERGES = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';

  it("places an element before the first one the schema wants after it", () => {
    const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    const setup = `<pageSetup paperSize="9" r:id="rId2" x:note="a>b"/>`;
    expect(withTopLevel(sheet(`${MERGES}${margins}${setup}`), HYPERLINKS, "hyperlinks")).toBe(
      sheet(`${MERGES}${HYPERLINKS}${margins}${setup}`),
    );
    // Inside another element (here a prefixed one, as Excel wraps newer parts) nothing is a place.
    const wrapped =
      '<mc:AlternateContent><mc:Choice Requires="x14"><hyperlinks/><pageMargins/></mc:Choice></mc:AlternateContent>';
    expect(withTopLevel(sheet(`${MERGES}${wrapped}${margins}`), HYPERLINKS, "hyperlinks")).toBe(
      sheet(`${MERGES}${wrapped}${HYPERLINKS}${margins}`),
    );
    // Attributes in single quotes, as XML allows.
    const quoted = "<pageMargins left='0.7' right='0.7' top='0.75' bottom='0.75' header='0.3' footer='0.3'/>";
    expect(withTopLevel(sheet(`${MERGES}${quoted}`), HYPERLINKS, "hyperlinks")).toBe(
      sheet(`${MERGES}${HYPERLINKS}${quoted}`),
    );
  });

  it("places it last when nothing must follow it, and refuses a second one", () => {
    expect(withTopLevel(sheet(MERGES), HYPERLINKS, "hyperlinks")).toBe(sheet(`${MERGES}${HYPERLINKS}`));
    expect(() => withTopLevel(sheet(`${MERGES}${HYPERLINKS}`), HYPERLINKS, "hyperlinks")).toThrow("hyperlinks");
    expect(() => withTopLevel(sheet(`${MERGES}<hyperlinks/>`), HYPERLINKS, "hyperlinks")).toThrow("hyperlinks");
    expect(() => withTopLevel("<worksheet><sheetData/></worksheet>", HYPERLINKS, "hyperlinks")).toThrow("sheetData");
  });
});
