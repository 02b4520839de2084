/** A generated sheet written by ExcelJS (src/xlsx/write-sheets.ts): its columns and print setup, as saved. */
import ExcelJS from "exceljs";
import type { SheetDraft } from "../../src/core/edits";
import { writeDraft } from "../../src/xlsx/write-sheets";
import { openZip } from "../../src/xlsx/zip-package";

const draft: SheetDraft = {
  kind: "summary",
  name: "Tổng hợp",
  unit: null,
  cells: [[{ kind: "text", text: "STT" }, { kind: "text", text: "Đơn vị" }, { kind: "empty" }]],
  styles: [],
  columnWidths: [6, 40, 12.5],
  titleRows: null,
  merges: [],
  chart: null,
  validations: [],
  rules: [],
  linkedCells: null,
};

/** The parts of a workbook holding `written` alone: the sheet's, and the workbook's. */
async function saved(written: SheetDraft): Promise<{ sheet: string; workbook: string }> {
  const wb = new ExcelJS.Workbook();
  writeDraft(wb.addWorksheet(written.name), written);
  const zip = openZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const part = (name: string) => zip.read(name)!.toString("utf8");
  return { sheet: part("xl/worksheets/sheet1.xml"), workbook: part("xl/workbook.xml") };
}

const savedSheet = async () => (await saved(draft)).sheet;

const attribute = (element: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

describe("writeDraft", () => {
  it("gives columns A, B, C the draft's widths", async () => {
    const cols = [...(await savedSheet()).matchAll(/<col\b[^>]*>/g)].map((m) => [
      attribute(m[0], "min"),
      attribute(m[0], "max"),
      attribute(m[0], "width"),
      attribute(m[0], "customWidth"),
    ]);
    expect(cols).toEqual([
      ["1", "1", "6", "1"],
      ["2", "2", "40", "1"],
      ["3", "3", "12.5", "1"],
    ]);
  });

  it("prints on A4 in landscape, one page wide and as many pages tall as it takes", async () => {
    const sheet = await savedSheet();
    const setup = /<pageSetup\b[^>]*>/.exec(sheet)?.[0] ?? "";
    // ST_PaperSize 9 is A4; fitToHeight 0 leaves the number of pages tall free (ECMA-376 CT_PageSetup).
    expect(["paperSize", "orientation", "fitToWidth", "fitToHeight"].map((a) => attribute(setup, a))).toEqual([
      "9",
      "landscape",
      "1",
      "0",
    ]);
    // The fit only counts where the sheet's properties ask for it.
    expect(sheet).toMatch(/<pageSetUpPr\b[^>]*\bfitToPage="1"/);
  });

  it("freezes the title rows and prints them on every page; without title rows, neither", async () => {
    const titled = await saved({ ...draft, titleRows: { first: 3, last: 4 } });
    const pane = /<pane\b[^>]*>/.exec(titled.sheet)?.[0] ?? "";
    expect([attribute(pane, "ySplit"), attribute(pane, "topLeftCell"), attribute(pane, "state")]).toEqual([
      "4",
      "A5",
      "frozen",
    ]);
    expect(pane).not.toMatch(/\bxSplit="[1-9]/);
    const titles = /<definedName\b[^>]*name="_xlnm.Print_Titles"[^>]*>([^<]*)</.exec(titled.workbook)?.[1];
    expect(titles?.replace(/&apos;/g, "'")).toBe("'Tổng hợp'!$3:$4");
    const untitled = await saved(draft);
    expect(untitled.sheet).not.toContain("<pane");
    expect(untitled.workbook).not.toContain("Print_Titles");
  });
});
