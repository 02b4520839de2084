/** Text written through `formulas` arrives as text: what Excel's typing could read as a value gets the apostrophe. */
import { text } from "../../src/core/edits";
import { EN_US, MemoryWorkbook, run, VI_VN } from "../../src/memory-excel";
import { cellInput, needsTextPrefix } from "../../src/office/text-prefix";

describe("the text prefix", () => {
  it.each(["6/2025", "12:30", "(1)", "$5", "1 1/2", "1E5", "1,5", "3.7", "TRUE", "#N/A", "=A1", "-2", "  12"])(
    "protects %p, which Excel could read as a value",
    (text) => {
      expect(needsTextPrefix(text)).toBe(true);
    },
  );

  it.each(["Phòng Nội vụ", "Hoàn thành", "Chỉ số 1", "UBND các xã"])("leaves %p as it is", (text) => {
    expect(needsTextPrefix(text)).toBe(false);
  });
});

/** Through the in-memory Excel, which converts typed strings as Excel does by the en-US rules and the host's. */
describe.each([
  ["en-US", EN_US],
  ["vi-VN", VI_VN],
])("text written on a %s host", (_, locale) => {
  const risky = [
    ...["TRUE", "false", "-5", "+5", "5%", "1E5", "6/2025", "12:30", "(1)", "$5", "1 1/2", "#N/A", "=A1", "@x"],
    ...["Jan 2025", "March 5", "December 2025", "Sep-25", "5 ₫", "₫5", "1.234,5", "1,5", "12:30 CH", " 12", "3.7"],
    ...["1.1 Công tác", "Phòng Nội vụ", "Quý 1/2025"],
  ];

  it("arrives as the text it is, whatever Excel could read in it", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const read = await run(
      wb,
      async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, risky.length, 1);
        range.formulas = risky.map((t) => [cellInput(text(t))]);
        range.load("values,valueTypes");
        await context.sync();
        const { values, valueTypes } = range;
        return risky.map((t, i) => [t, values[i][0], valueTypes[i][0]]);
      },
      { locale },
    );
    expect(read).toEqual(risky.map((t) => [t, t, "String"]));
  });
});
