/** The "nothing changed" comparison sees every change to what a user sees, however small. */
import { MemoryWorkbook, run } from "../../src/memory-excel";
import { everything } from "./workbooks";

const fresh = () =>
  MemoryWorkbook.fromSheets([
    {
      name: "Phụ lục",
      origin: "A1",
      cells: [
        ["STT", "Tiêu chí"],
        [1, 2],
      ],
    },
  ]);

describe("everything", () => {
  it.each<[string, (range: Excel.Range, sheet: Excel.Worksheet) => void]>([
    ["a fill far from the values", (_r, sheet) => (sheet.getRange("Z40").format.fill.color = "#FFF2CC")],
    ["a fill", (r) => (r.format.fill.color = "#FFF2CC")],
    ["bold", (r) => (r.format.font.bold = true)],
    ["italic", (r) => (r.format.font.italic = true)],
    ["a font colour", (r) => (r.format.font.color = "#C00000")],
    ["a font size", (r) => (r.format.font.size = 12)],
    ["a font name", (r) => (r.format.font.name = "Times New Roman")],
    ["a number format", (r) => (r.numberFormat = [["0.00"]])],
    ["a horizontal alignment", (r) => (r.format.horizontalAlignment = "Center")],
    ["a vertical alignment", (r) => (r.format.verticalAlignment = "Top")],
    ["wrapped text", (r) => (r.format.wrapText = true)],
    ["a border", (r) => (r.format.borders.getItem("EdgeBottom").style = "Continuous")],
    ["a border's colour", (r) => (r.format.borders.getItem("EdgeTop").color = "#C00000")],
    ["a column's width", (r) => (r.format.columnWidth = 120)],
    ["a row's height", (r) => (r.format.rowHeight = 30)],
    ["a whole column's fill", (_r, sheet) => (sheet.getRange("D:D").format.fill.color = "#FFF2CC")],
    ["a tab colour", (_r, sheet) => (sheet.tabColor = "#FF0000")],
  ])("tells %s apart", async (_what, change) => {
    const wb = fresh();
    const before = everything(wb);
    await run(wb, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Phụ lục");
      change(sheet.getRange("B2"), sheet);
      await context.sync();
    });
    expect(everything(wb)).not.toEqual(before);
  });

  it("does not tell a format set back to the default apart", async () => {
    const wb = fresh();
    const before = everything(wb);
    await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("Phụ lục").getRange("B2:C3");
      range.format.fill.color = "#FFF2CC";
      range.format.font.bold = true;
      await context.sync();
      range.format.fill.clear();
      range.format.font.bold = false;
      await context.sync();
    });
    expect(everything(wb)).toEqual(before);
  });
});
