/** Displayed text with the decimal and grouping symbols of the system's regional settings. */
import { MemoryWorkbook, run } from "../../src/memory-excel";
import { US_SEPARATORS, VIETNAMESE_SEPARATORS } from "../../src/memory-excel/model/number-format";
import { textAt } from "../../src/memory-excel/model/read-cells";

const VALUES = [14.494, 1234567.891, 0.256, -1234.5, 1 / 3, 1.5e11, 2, "1,5"];
const FORMATS = ["General", "#,##0.00", "0.0%", "#,##0", "General", "General", "0.00", "General"];

async function formatted(): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.fromSheets([{ name: "S", cells: [VALUES] }]);
  await run(wb, async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:H1").numberFormat = [FORMATS];
    await context.sync();
  });
  return wb;
}

function texts(wb: MemoryWorkbook, separators?: typeof US_SEPARATORS): string[] {
  const sheet = wb.sheet("S");
  const recalc = wb.recalc();
  return VALUES.map((_, c) => textAt(recalc, sheet, 0, c, separators));
}

describe("numbers shown with the regional settings' separators", () => {
  it("writes a decimal comma and groups thousands with dots on Vietnamese settings", async () => {
    expect(texts(await formatted(), VIETNAMESE_SEPARATORS)).toEqual([
      "14,494",
      "1.234.567,89",
      "25,6%",
      "-1.235",
      "0,333333333",
      "1,5E+11",
      "2,00",
      "1,5",
    ]);
  });

  it("keeps Range.text's US symbols by default", async () => {
    const wb = await formatted();
    const expected = ["14.494", "1,234,567.89", "25.6%", "-1,235", "0.333333333", "1.5E+11", "2.00", "1,5"];
    expect(texts(wb)).toEqual(expected);
    expect(texts(wb, US_SEPARATORS)).toEqual(expected);
    const text = await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:H1").load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([expected]);
  });
});
