/** A generated sheet written by ExcelJS (src/xlsx/write-sheets.ts): its columns and print setup, as saved. */
import ExcelJS from "exceljs";
import type { SheetDraft } from "../../src/core/edits";
import { replaceSheets, writeDraft } from "../../src/xlsx/write-sheets";
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

  it("lets units type only a date from 2000 on, or one of a list's words, and stops anything else with the draft's alert", async () => {
    const { sheet } = await saved({
      ...draft,
      validations: [
        { kind: "date", area: { top: 6, left: 10, bottom: 9, right: 10 }, title: "Hạn", message: "Nhập một ngày" },
        {
          kind: "list",
          area: { top: 6, left: 11, bottom: 9, right: 11 },
          items: ["Chưa thực hiện", "Hoàn thành"],
          title: "Tình trạng",
          message: "Chọn trong danh sách",
        },
      ],
    });
    const found = [...sheet.matchAll(/<dataValidation\b([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)];
    const read = found.map(([, attributes, formula]) => ({
      // Left out, errorStyle is "stop" (ECMA-376 CT_DataValidation): the alert refuses the entry.
      errorStyle: "stop",
      ...Object.fromEntries([...attributes.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
      formula: formula.replace(/&quot;/g, '"'),
    }));
    // A blank cell passes: a unit fills the cells in one by one.
    const alert = (title: string, error: string) => ({
      allowBlank: "1",
      showErrorMessage: "1",
      errorStyle: "stop",
      errorTitle: title,
      error,
    });
    expect(read).toEqual([
      {
        type: "date",
        operator: "greaterThanOrEqual",
        ...alert("Hạn", "Nhập một ngày"),
        sqref: "J6:J9",
        formula: "36526",
      },
      {
        type: "list",
        ...alert("Tình trạng", "Chọn trong danh sách"),
        sqref: "K6:K9",
        formula: '"Chưa thực hiện,Hoàn thành"',
      },
    ]);
  });
});

describe("replaceSheets", () => {
  it("puts a new sheet where its namesake was, in any letter case, and one without namesake at the end", async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["Kế hoạch", "Tổng hợp", "Ghi chú"]) wb.addWorksheet(name).getCell("A1").value = `cũ: ${name}`;
    // "P. Nội vụ" was generated by an earlier run and has been deleted by the user since.
    replaceSheets(
      wb,
      ["Tổng hợp", "P. Nội vụ"],
      [
        { ...draft, name: "TỔNG HỢP" },
        { ...draft, kind: "assignment", name: "P. Tư pháp", unit: "Phòng Tư pháp" },
      ],
    );
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Kế hoạch", "TỔNG HỢP", "Ghi chú", "P. Tư pháp"]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await wb.xlsx.writeBuffer());
    expect(read.worksheets.map((ws) => [ws.name, ws.getCell("A1").value])).toEqual([
      ["Kế hoạch", "cũ: Kế hoạch"],
      ["TỔNG HỢP", "STT"],
      ["Ghi chú", "cũ: Ghi chú"],
      ["P. Tư pháp", "STT"],
    ]);
  });

  it("puts a sheet without namesake at the end, even where an old sheet removed left a gap", async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["Kế hoạch", "P. Nội vụ", "Ghi chú"]) wb.addWorksheet(name);
    replaceSheets(wb, ["P. Nội vụ"], [{ ...draft, kind: "assignment", name: "P. Tư pháp", unit: "Phòng Tư pháp" }]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await wb.xlsx.writeBuffer());
    expect(read.worksheets.map((ws) => ws.name)).toEqual(["Kế hoạch", "Ghi chú", "P. Tư pháp"]);
  });
});
