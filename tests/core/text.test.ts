/** Vietnamese text brought to forms that compare equal (src/core/text.ts). */
import { cleanText, collapseSpaces, foldKey, normalizeTonePlacement } from "../../src/core/text";

describe("text", () => {
  it("puts the tone where official documents do, composed, and leaves the rest as it is", () => {
    const typed = ["hoá", "Uỷ ban", "khoẻ", "Thuỷ lợi", "hoán đổi", "quý", "HOÀ"];
    expect(typed.map(normalizeTonePlacement)).toEqual(["hóa", "Ủy ban", "khỏe", "Thủy lợi", "hoán đổi", "quý", "HÒA"]);
    // Decomposed, as Windows' keyboard sends it.
    expect(normalizeTonePlacement("hoá".normalize("NFD"))).toBe("hóa");
  });

  it("makes one space of every run of white space, and none at the ends", () => {
    expect(collapseSpaces(" \u00a0Phòng \t Nội\u200bvụ\n ")).toBe("Phòng Nội vụ");
  });

  it("gives spellings that differ in case, diacritics, dashes and spaces one key", () => {
    expect(foldKey("Văn hoá – Thông tin")).toBe("van hoa - thong tin");
    expect(foldKey(" VĂN  HÓA - THÔNG TIN ")).toBe("van hoa - thong tin");
    expect(foldKey("Đào tạo")).toBe("dao tao");
  });

  it("cleans a name for display: tones placed, spaces collapsed, dashes kept as typed", () => {
    expect(cleanText("  Phòng Tài chính – Kế hoạch,  Uỷ ban ")).toBe("Phòng Tài chính – Kế hoạch, Ủy ban");
  });
});
