/** Which number formats show a date or time: what the cell reader turns into a date instead of a number. */
import { isDateFormat } from "../../src/core/date-format";

describe("isDateFormat", () => {
  it.each(["dd/mm/yyyy", "d-mmm-yy", "h:mm", "hh:mm:ss", "[h]:mm:ss", "[mm]:ss", "[$-42A]dd/mm/yyyy", "m/d/yyyy h:mm"])(
    "%j shows a date or time",
    (format) => expect(isDateFormat(format)).toBe(true),
  );

  it.each([
    "",
    "General",
    "@",
    "0",
    "0.00",
    "#,##0",
    "0%",
    // Letters that are no date part: in quotes, escaped, a colour or locale in brackets, a currency after the number.
    '0 "ngày"',
    '#,##0 "đ/năm"',
    "0\\d",
    "[Red]0.00",
    "[Blue]#,##0;[Red]-#,##0",
    "#,##0 ₫",
    // Only the first section (positive numbers) counts.
    "0;dd",
  ])("%j does not", (format) => expect(isDateFormat(format)).toBe(false));
});
