/** Displayed and typed numbers with the decimal and grouping symbols of the system's regional settings. */
import { MemoryWorkbook, run } from "../../src/memory-excel";
import {
  displayText,
  editingText,
  readNumber,
  US_SEPARATORS,
  VIETNAMESE_SEPARATORS,
} from "../../src/memory-excel/model/number-format";
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

describe("numbers typed with the regional settings' separators", () => {
  it("reads a decimal comma and grouping dots on Vietnamese settings", () => {
    const read = (text: string) => readNumber(text, VIETNAMESE_SEPARATORS)?.value ?? null;
    expect(["1,5", "1.234,5", "-1.234.567,891", "0,5", "14", "+2", "1,5E+11"].map(read)).toEqual([
      1.5, 1234.5, -1234567.891, 0.5, 14, 2, 1.5e11,
    ]);
    expect(readNumber("12,5%", VIETNAMESE_SEPARATORS)).toEqual({ value: 0.125, percent: true });
  });

  it("keeps as text what the settings would not read as a number", () => {
    // "1.5" has no decimal point on Vietnamese settings; thousands are grouped by three.
    for (const text of ["1.5", "1,2,3", "12.34", "1,5 điểm", "Tổng", "", ",", "1,5.0"])
      expect({ text, read: readNumber(text, VIETNAMESE_SEPARATORS) }).toEqual({ text, read: null });
    expect(readNumber("1,5", US_SEPARATORS)).toBeNull();
    expect(readNumber("1,234.5", US_SEPARATORS)?.value).toBe(1234.5);
  });

  it("reads what it displays back to a number displayed the same, close to the value", () => {
    for (const separators of [VIETNAMESE_SEPARATORS, US_SEPARATORS]) {
      VALUES.forEach((value, c) => {
        if (typeof value !== "number") return;
        const shown = displayText(value, FORMATS[c], separators);
        const read = readNumber(shown, separators);
        expect({ shown, again: read && displayText(read.value, FORMATS[c], separators) }).toEqual({
          shown,
          again: shown,
        });
        // Within half a unit of the last digit shown ("1,5E+11": of the mantissa's).
        const [mantissa, exponent = "0"] = shown.replace("%", "").split("E");
        const decimals = mantissa.split(separators.decimal)[1]?.length ?? 0;
        const unit = 10 ** (Number(exponent) - decimals) / (shown.endsWith("%") ? 100 : 1);
        expect(Math.abs((read?.value ?? NaN) - value)).toBeLessThanOrEqual(unit / 2 + 1e-12);
      });
    }
  });

  it("writes a number for editing with every digit Excel keeps, and reads it back exactly", () => {
    const edited = (value: number, format: string) => editingText(value, format, VIETNAMESE_SEPARATORS);
    expect(edited(1234567.891, "#,##0.00")).toBe("1234567,891");
    expect(edited(0.256, "0.0%")).toBe("25,6%");
    expect(edited(1 / 3, "General")).toBe("0,333333333333333");
    expect(edited(-1.5e-7, "General")).toBe("-1,5e-7");
    for (const value of [14.494, 1234567.891, 0.256, -1234.5, 1.5e11, 2, 0.1 + 0.2, -1.5e-7, 1e21]) {
      for (const format of ["General", "#,##0.00", "0.0%"]) {
        const read = readNumber(edited(value, format), VIETNAMESE_SEPARATORS);
        expect({ value, format, read: read?.value }).toEqual({ value, format, read: Number(value.toPrecision(15)) });
      }
    }
    expect(editingText("1,5", "General", VIETNAMESE_SEPARATORS)).toBe("1,5");
    expect(editingText(null, "General", VIETNAMESE_SEPARATORS)).toBe("");
  });
});
