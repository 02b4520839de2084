/** Cell text cut into tokens (src/core/units/tokens.ts): what stands between the words of a unit's name. */
import { JOINT, tokenize } from "../../src/core/units/tokens";

const between = (text: string) =>
  tokenize(text)
    .tokens.filter((t) => t.kind !== "word")
    .map((t) => [t.lower, t.kind, t.key === JOINT]);

describe("tokens between words", () => {
  it("takes a comma as a joiner, as '-', '&', '/' and 'và': inside a unit's name they mean the same", () => {
    expect(between("Tài chính, Kế hoạch - Đầu tư & Xây dựng / Môi trường và Đô thị")).toEqual([
      [",", "joiner", true],
      ["-", "joiner", true],
      ["&", "joiner", true],
      ["/", "joiner", true],
      ["và", "joiner", true],
    ]);
  });

  it("takes a dash opening a line as a bullet that ends a unit, a comma there still as a joiner", () => {
    expect(between("- Phòng Nội vụ\n, Phòng Tư pháp")).toEqual([
      ["-", "break", false],
      ["\n", "break", false],
      [",", "joiner", true],
    ]);
  });
});
