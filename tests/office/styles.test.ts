/**
 * The looks of a generated sheet's styles as the pane writes them through Office.js (src/office/styles.ts, into the
 * in-memory Excel) and as `par-index apply` writes them through ExcelJS (src/xlsx/write-styles.ts): a sheet made
 * from the pane must look as one made by the command line, cell for cell.
 */
import ExcelJS from "exceljs";
import { Style } from "../../src/core/edits";
import { MemoryWorkbook, run } from "../../src/memory-excel";
import { applyStyle } from "../../src/office/styles";
import { applyStyles } from "../../src/xlsx/write-styles";

const STYLES: readonly Style[] = [
  "title",
  "subtitle",
  "section",
  "header",
  "cell",
  "number",
  "percent",
  "input",
  "date",
  "total",
];

/** Each style is given to B2:C3: B2 shows the range's outer borders, C3 the inside ones. */
const CELLS = ["B2", "C3"];

/** What a user sees of B2 and C3, the style applied by the Office.js adapter. */
async function fromPane(style: Style) {
  const wb = new MemoryWorkbook(["S"]);
  await run(wb, async (context) => applyStyle(context.workbook.worksheets.getItem("S").getRange("B2:C3"), style, 2, 2));
  return CELLS.map((address) => {
    const c = wb.cell("S", address);
    const { bold, italic, fontSize, fill, numberFormat, wrapText, horizontalAlignment, verticalAlignment, borders } = c;
    return { bold, italic, fontSize, fill, numberFormat, wrapText, horizontalAlignment, verticalAlignment, borders };
  });
}

/** ExcelJS's words for Office.js's (its defaults: Excel's for a new workbook). */
const HORIZONTAL: Record<string, string> = { center: "Center", left: "Left", right: "Right" };
const VERTICAL: Record<string, string> = { top: "Top", middle: "Center", bottom: "Bottom" };
const BORDER: Record<string, string> = { thin: "Continuous" };

/** What a user sees of B2 and C3, the style applied by the ExcelJS writer. */
function fromCommandLine(style: Style) {
  const ws = new ExcelJS.Workbook().addWorksheet("S");
  applyStyles(ws, [{ area: { top: 2, left: 2, bottom: 3, right: 3 }, style }]);
  return CELLS.map((address) => {
    const { font, fill, numFmt, alignment, border } = ws.getCell(address).style;
    const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
    const side = (b: Partial<ExcelJS.Border> | undefined) => (b?.style ? BORDER[b.style] : "None");
    return {
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      fontSize: font?.size ?? 11,
      fill: argb ? `#${argb.slice(2)}` : null,
      numberFormat: numFmt ?? "General",
      wrapText: alignment?.wrapText ?? false,
      horizontalAlignment: alignment?.horizontal ? HORIZONTAL[alignment.horizontal] : "General",
      verticalAlignment: alignment?.vertical ? VERTICAL[alignment.vertical] : "Bottom",
      borders: {
        top: side(border?.top),
        bottom: side(border?.bottom),
        left: side(border?.left),
        right: side(border?.right),
      },
    };
  });
}

describe("a generated sheet's styles", () => {
  it.each(STYLES)("%s: the pane's look is the command line's", async (style) => {
    expect(await fromPane(style)).toEqual(fromCommandLine(style));
  });
});
