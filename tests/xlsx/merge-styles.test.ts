/**
 * A set-aside sheet's cell styles added to the styles.xml ExcelJS wrote (src/xlsx/merge-styles.ts): each with its
 * number format, font, fill and border, what is already there used as it is, the written styles keeping their numbers.
 */
import { StyleMerger } from "../../src/xlsx/merge-styles";
import { parseXml } from "./package-parts";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NONE = '<fill><patternFill patternType="none"/></fill>';
const GRAY = '<fill><patternFill patternType="gray125"/></fill>';
const PLAIN = '<font><sz val="11"/><name val="Calibri"/></font>';
const BOLD = '<font><b/><sz val="13"/><name val="Times New Roman"/></font>';
const YELLOW = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill>';
const BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/** As Excel writes one: a custom format, two named styles, cell styles referring to both. */
const ORIGINAL = `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0&quot; đ&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2">${PLAIN}${BOLD}</fonts><fills count="3">${NONE}${GRAY}${YELLOW}</fills><borders count="1">${BORDER}</borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="1" applyNumberFormat="1" applyFont="1" applyFill="1"><alignment horizontal="center" wrapText="1"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** As ExcelJS writes one without custom formats: no numFmts at all, its own default font. */
const WRITTEN = `<styleSheet ${NS}><fonts count="1" x14ac:knownFonts="1" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">${PLAIN}</fonts><fills count="2">${NONE}${GRAY}</fills><borders count="1">${BORDER}</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

const list = (xml: string, local: string) => parseXml(xml).children.find((c) => c.local === local)!;

describe("a set-aside sheet's cell styles added to the written styles", () => {
  it("adds a style with its format, font and fill, and reuses what is there", () => {
    const merger = new StyleMerger(ORIGINAL, WRITTEN);
    expect(merger.cellStyle(0)).toBe(0);
    expect(merger.cellStyle(1)).toBe(1);
    expect(merger.cellStyle(1)).toBe(1);
    expect(merger.cellStyle(2)).toBe(2);
    // Excel's own date format keeps its number.
    expect(merger.cellStyle(3)).toBe(3);
    const xml = merger.xml();
    const formats = list(xml, "numFmts");
    expect(formats.attributes.count).toBe("2");
    expect(formats.children.map((f) => [f.attributes.numFmtId, f.attributes.formatCode])).toEqual([
      ["164", '#,##0" đ"'],
      ["165", "dd/mm/yyyy"],
    ]);
    // The numFmts list goes first, as CT_Stylesheet wants it.
    expect(
      parseXml(xml)
        .children.map((c) => c.local)
        .slice(0, 2),
    ).toEqual(["numFmts", "fonts"]);
    expect(list(xml, "fonts").attributes).toMatchObject({ count: "2", "x14ac:knownFonts": "1" });
    expect(list(xml, "fills").children).toHaveLength(3);
    const xfs = list(xml, "cellXfs");
    expect(xfs.attributes.count).toBe("4");
    expect(xfs.children[1].attributes).toMatchObject({ numFmtId: "164", fontId: "1", fillId: "2", xfId: "0" });
    expect(xfs.children[1].children[0].attributes).toEqual({ horizontal: "center", wrapText: "1" });
    expect(xfs.children[3].attributes).toMatchObject({ numFmtId: "14", fontId: "0", fillId: "0" });
  });

  it("gives a custom format a free number when the written one is another format", () => {
    const written = WRITTEN.replace(
      "<fonts",
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0##"/></numFmts><fonts',
    );
    const merger = new StyleMerger(ORIGINAL, written);
    merger.cellStyle(1);
    const formats = list(merger.xml(), "numFmts").children.map((f) => [f.attributes.numFmtId, f.attributes.formatCode]);
    expect(formats).toEqual([
      ["164", "0.0##"],
      ["165", '#,##0" đ"'],
    ]);
  });

  it("uses the written format of the same code", () => {
    const written = WRITTEN.replace(
      "<fonts",
      '<numFmts count="1"><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></numFmts><fonts',
    );
    const merger = new StyleMerger(ORIGINAL, written);
    const xml = (merger.cellStyle(2), merger.xml());
    expect(list(xml, "numFmts").children).toHaveLength(1);
    expect(list(xml, "cellXfs").children[1].attributes.numFmtId).toBe("170");
  });
});

describe("cell styles of the original that the written styles do not have yet", () => {
  const ITALIC = '<font><i/><sz val="11"/><name val="Calibri"/></font>';
  const THIN = '<border><left style="thin"/><right/><top/><bottom/><diagonal/></border>';
  const THICK = '<border><left style="thick"/><right/><top/><bottom/><diagonal/></border>';

  it("keeps a cell of the original's default style on the written default, whatever the original's default font", () => {
    const original = ORIGINAL.replace(`<fonts count="2">${PLAIN}`, `<fonts count="2">${BOLD.replace("<b/>", "")}`);
    const merger = new StyleMerger(original, WRITTEN);
    expect(merger.cellStyle(0)).toBe(0);
    expect(list(merger.xml(), "cellXfs").attributes.count).toBe("1");
  });

  it("numbers a font added for one style the same for the next style using it, and borders by their place", () => {
    const original = `<styleSheet ${NS}><fonts count="3">${PLAIN}${BOLD}${ITALIC}</fonts><fills count="3">${NONE}${GRAY}${YELLOW}</fills><borders count="3">${BORDER}${THIN}${THICK}</borders><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="2" xfId="0"/><xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="9" xfId="0"/></cellXfs></styleSheet>`;
    const merger = new StyleMerger(original, WRITTEN);
    expect([1, 2, 3, 4].map((s) => merger.cellStyle(s))).toEqual([1, 2, 3, 4]);
    const xml = merger.xml();
    // The written fonts are PLAIN, then BOLD and ITALIC added; its one border, then THICK; a border the original
    // does not have (9) is the first.
    expect(xml).toContain(`count="3">${PLAIN}${BOLD}${ITALIC}</fonts>`);
    expect(xml).toContain(`<borders count="2">${BORDER}${THICK}</borders>`);
    const xfs = list(xml, "cellXfs").children;
    expect(xfs[2].attributes).toMatchObject({ fontId: "2", borderId: "1" });
    expect(xfs[3].attributes).toMatchObject({ fontId: "2", fillId: "2", borderId: "0" });
    expect(xfs[4].attributes).toMatchObject({ fontId: "1", fillId: "2", borderId: "0" });
  });

  it("writes a list's new count in place of its old one, however that was written", () => {
    const twelve = Array.from(
      { length: 12 },
      (_, i) => `<xf numFmtId="${i}" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    );
    const written = WRITTEN.replace('<fonts count="1"', '<fonts count = "1"').replace(
      /<cellXfs\b[\s\S]*<\/cellXfs>/,
      `<cellXfs count="12">${twelve.join("")}</cellXfs>`,
    );
    const merger = new StyleMerger(ORIGINAL, written);
    expect(merger.cellStyle(1)).toBe(12);
    const xml = merger.xml();
    expect(list(xml, "fonts").attributes.count).toBe("2");
    expect(list(xml, "cellXfs").attributes.count).toBe("13");
    expect(list(xml, "cellXfs").children).toHaveLength(13);
  });

  it("reads attributes with spaces around '=' and single quotes, as XML allows", () => {
    const original = `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId = '164' formatCode = '0.0&quot;%&quot;'/><numFmt numFmtId = "165" formatCode = 'dd/mm'/></numFmts><fonts count="2">${PLAIN}${BOLD}</fonts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId = "164" fontId = '1'/><xf numFmtId = "165" fontId = "0"/></cellXfs></styleSheet>`;
    const written = WRITTEN.replace(
      "<fonts",
      `<numFmts count="2"><numFmt numFmtId = "164" formatCode = '0.00'/><numFmt numFmtId = "166" formatCode = 'dd/mm'/></numFmts><fonts`,
    );
    const merger = new StyleMerger(original, written);
    expect([merger.cellStyle(1), merger.cellStyle(2)]).toEqual([1, 2]);
    const xml = merger.xml();
    expect(list(xml, "numFmts").children.map((f) => [f.attributes.numFmtId, f.attributes.formatCode])).toEqual([
      ["164", "0.00"],
      ["166", "dd/mm"],
      ["167", '0.0"%"'],
    ]);
    const xfs = list(xml, "cellXfs").children;
    expect(xfs[1].attributes).toMatchObject({ numFmtId: "167", fontId: "1" });
    expect(xfs[2].attributes).toMatchObject({ numFmtId: "166", fontId: "0" });
  });

  it("gives a styled cell of an original without styles an empty style of its own", () => {
    const merger = new StyleMerger("", WRITTEN);
    expect(merger.cellStyle(3)).toBe(1);
    const xfs = list(merger.xml(), "cellXfs");
    expect(xfs.attributes.count).toBe("2");
    expect(xfs.children).toHaveLength(2);
    // Nothing else is added: no list of number formats the written styles did not have.
    expect(parseXml(merger.xml()).children.map((c) => c.local)).toEqual(parseXml(WRITTEN).children.map((c) => c.local));
  });
});
