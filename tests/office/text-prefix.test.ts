/** Text written through `formulas` arrives as text: what Excel's typing could read as a value gets the apostrophe. */
import { needsTextPrefix } from "../../src/office/text-prefix";

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
