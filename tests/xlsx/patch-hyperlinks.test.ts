/** The written cells' links in a worksheet's XML as it is (src/xlsx/patch-hyperlinks.ts), on sheets written here. */
import type { Content } from "../../src/core/edits";
import { withHyperlinks } from "../../src/xlsx/patch-hyperlinks";
import { MAIN_NS } from "./containers";
import { child, NS, parseXml } from "./package-parts";

const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const linked = (text: string, link: string): Content => ({ kind: "text", text, link });

describe("withHyperlinks", () => {
  it("puts a sheet's first links after its merged cells (the schema's order), one element each", () => {
    const sheet =
      `<worksheet ${MAIN_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kế hoạch</t></is></c></row></sheetData>` +
      `<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>${MARGINS}</worksheet>`;
    const written = withHyperlinks(sheet, undefined, [
      { row: 2, column: 2, content: linked("Cổng", "https://dichvucong.gov.vn") },
      { row: 3, column: 3, content: linked("Luật", "https://thuvienphapluat.vn") },
    ]);
    const root = parseXml(written.sheet);
    expect(root.children.map((c) => c.local)).toEqual(["sheetData", "mergeCells", "hyperlinks", "pageMargins"]);
    const links = child(root, NS.main, "hyperlinks");
    expect(links.children.map((h) => [h.local, h.attributes.ref, h.attributes["r:id"]])).toEqual([
      ["hyperlink", "B2", "rId1"],
      ["hyperlink", "C3", "rId2"],
    ]);
    expect(links.text).toBe("");
    // Excel knows a link's relationship by its type (ECMA-376 Part 1, 15.3), and its web address as external.
    const relationships = parseXml(written.rels!).children.map((r) => r.attributes);
    expect(relationships.map(({ Id, Target }) => [Id, Target])).toEqual([
      ["rId1", "https://dichvucong.gov.vn"],
      ["rId2", "https://thuvienphapluat.vn"],
    ]);
    for (const { Type, TargetMode } of relationships)
      expect([Type, TargetMode]).toEqual([`${NS.r}/hyperlink`, "External"]);
  });

  it("takes a written cell's old link off even where its reference is written with $, and keeps the others", () => {
    const sheet =
      `<worksheet ${MAIN_NS}><sheetData/><hyperlinks><hyperlink ref="$B$2" r:id="rId1"/>` +
      `<hyperlink ref="D4" r:id="rId2"/></hyperlinks>${MARGINS}</worksheet>`;
    const rels = `<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Target="https://a.vn"/><Relationship Id="rId2" Target="https://b.vn"/></Relationships>`;
    const written = withHyperlinks(sheet, rels, [{ row: 2, column: 2, content: { kind: "text", text: "mới" } }]);
    const links = child(parseXml(written.sheet), NS.main, "hyperlinks");
    expect(links.children.map((h) => h.attributes.ref)).toEqual(["D4"]);
  });

  it("leaves a sheet without links as it is when no written cell has one", () => {
    // Its root declares the main namespace only, as some writers leave it: nothing asks for the relationships' one.
    const sheet = `<worksheet xmlns="${NS.main}"><sheetData/>${MARGINS}</worksheet>`;
    const writes = [{ row: 1, column: 1, content: { kind: "text", text: "Sở Nội vụ" } as Content }];
    expect(withHyperlinks(sheet, undefined, writes)).toEqual({ sheet, rels: undefined });
  });
});
