/** Reading a package's parts as text (src/xlsx/package-xml.ts): sheet names and targets as XML writes them. */
import { sheetParts } from "../../src/xlsx/package-xml";
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
