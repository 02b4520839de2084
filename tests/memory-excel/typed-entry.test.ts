/**
 * Strings written through Range.values become what typing them would give: numbers, dates, times, percentages,
 * currency, fractions, booleans, by the en-US rules and, on a Vietnamese host, by vi-VN's too; an apostrophe keeps
 * them text. Serial numbers: 1 January 2025 is 45658 (1 January 2024 is 45292, and 2024 has 366 days).
 */
import { EN_US, HostLocale, MemoryWorkbook, run, VI_VN } from "../../src/memory-excel";

const JAN_1_2025 = 45658;
const MARCH_4_2025 = JAN_1_2025 + 31 + 28 + 3;
const MAY_13_2025 = JAN_1_2025 + 31 + 28 + 31 + 30 + 12;
const JUNE_1_2025 = JAN_1_2025 + 31 + 28 + 31 + 30 + 31;

/** What each string reads back as, written on a host with `locale`: value and value type. */
async function written(texts: readonly string[], locale: HostLocale): Promise<[unknown, string][]> {
  const wb = new MemoryWorkbook(["S"]);
  return run(
    wb,
    async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, texts.length, 1);
      range.values = texts.map((t) => [t]);
      range.load("values,valueTypes");
      await context.sync();
      const { values, valueTypes } = range;
      return texts.map((_, i) => [values[i][0], valueTypes[i][0]] as [unknown, string]);
    },
    { locale },
  );
}

const both: [string, unknown][] = [
  ["12", 12],
  ["-5", -5],
  ["+5", 5],
  ["5%", 0.05],
  ["1E5", 100000],
  ["(1)", -1],
  ["$5", 5],
  ["1 1/2", 1.5],
  ["12:30", 12.5 / 24],
  ["2025-03-04", MARCH_4_2025],
  ["6/2025", JUNE_1_2025],
  ["Jan 2025", JAN_1_2025],
  ["1-Jan-2025", JAN_1_2025],
  ["TRUE", true],
  ["false", false],
];

describe.each([
  ["en-US", EN_US],
  ["vi-VN", VI_VN],
])("typed strings on a %s host", (_, locale) => {
  it.each(both)("%p becomes %p", async (text, value) => {
    const [[read, type]] = await written([text], locale);
    if (typeof value === "number") expect(read as number).toBeCloseTo(value, 9);
    else expect(read).toBe(value);
    expect(type).toBe(typeof value === "boolean" ? "Boolean" : "Double");
  });

  it.each(["Phòng Nội vụ", "Chỉ số 1", "Quý 1/2025", "Hoàn thành 100"])("%p stays text", async (text) => {
    expect(await written([text], locale)).toEqual([[text, "String"]]);
  });

  it("counts the days of 1900 as Excel does, 29 February 1900 too (serial 60)", async () => {
    // 1 January 1900 is 1; January has 31 days, so 28 February is 59; Excel's phantom leap day is 60, 1 March 61.
    expect(await written(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "1900-02-30"], locale)).toEqual([
      [1, "Double"],
      [59, "Double"],
      [60, "Double"],
      [61, "Double"],
      ["1900-02-30", "String"],
    ]);
  });

  it.each(["123", "6/2025", "TRUE", "(1)", "12:30", "1 1/2"])(
    "'%s with its apostrophe stays text, read back without it",
    async (text) => {
      expect(await written([`'${text}`], locale)).toEqual([[text, "String"]]);
    },
  );
});

describe("the apostrophe", () => {
  it("is read back neither through values nor through formulas (OfficeDev/office-js#6687)", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const read = await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.formulas = [["'=AVERAGE(B2:B9)", "'123"]];
      range.load("values,formulas,valueTypes");
      await context.sync();
      const { values, formulas, valueTypes } = range;
      return { values, formulas, valueTypes };
    });
    expect(read).toEqual({
      values: [["=AVERAGE(B2:B9)", "123"]],
      formulas: [["=AVERAGE(B2:B9)", "123"]],
      valueTypes: [["String", "String"]],
    });
  });
});

describe("by the host's locale", () => {
  it("en-US: month first, a point for decimals, a comma for thousands", async () => {
    expect(await written(["3/4/2025", "1,234.5", "13/5/2025", "1,5", "1:30 PM"], EN_US)).toEqual([
      [MARCH_4_2025, "Double"],
      [1234.5, "Double"],
      ["13/5/2025", "String"],
      ["1,5", "String"],
      [13.5 / 24, "Double"],
    ]);
  });

  it("vi-VN: day first where the en-US reading fails, a comma for decimals, a point for thousands, the đồng", async () => {
    const read = await written(["13/5/2025", "1,5", "1.234,5", "5 ₫", "1:30 CH", "3/4/2025"], VI_VN);
    expect(read).toEqual([
      [MAY_13_2025, "Double"],
      [1.5, "Double"],
      [1234.5, "Double"],
      [5, "Double"],
      [13.5 / 24, "Double"],
      // Read by the en-US rules first, as Office.js does by design (OfficeDev/office-js#1559).
      [MARCH_4_2025, "Double"],
    ]);
  });
});
