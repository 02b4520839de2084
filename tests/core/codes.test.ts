/** Criterion numbers as written (src/core/codes.ts): typed as numbers, as text, or opening the name. */
import { parseCode, parseCodeText, splitCodePrefix } from "../../src/core/codes";

describe("parseCode", () => {
  it("reads a positive number as its digits, and refuses zero, negatives and what no cell shows as digits", () => {
    expect([2, 1.1].map((n) => parseCode(n))).toEqual([
      { written: "2", shape: { kind: "numeric", parts: ["2"] } },
      { written: "1.1", shape: { kind: "numeric", parts: ["1", "1"] } },
    ]);
    expect([0, -1, Infinity, NaN, 1e21].map((n) => parseCode(n))).toEqual([null, null, null, null, null]);
  });

  it("refuses a boolean, a date and an error", () => {
    expect(
      [true, { kind: "date", serial: 2 } as const, { kind: "error", code: "#N/A" } as const].map(parseCode),
    ).toEqual([null, null, null]);
  });

  it("reads text trimmed and without its last dot: Roman domains with levels, numbers, letters", () => {
    expect(["  1.2.  ", " 4 . ", "C", "II.3.1", "đ)", "b"].map(parseCodeText)).toEqual([
      { written: "1.2", shape: { kind: "numeric", parts: ["1", "2"] } },
      { written: "4", shape: { kind: "numeric", parts: ["4"] } },
      { written: "C", shape: { kind: "roman", parts: ["C"] } },
      { written: "II.3.1", shape: { kind: "roman", parts: ["II", "3", "1"] } },
      { written: "đ)", shape: { kind: "letter", letter: "đ" } },
      { written: "b", shape: { kind: "letter", letter: "b" } },
    ]);
    expect([" . ", "A)", "1.a", "ab", "1..2", "x1"].map(parseCodeText)).toEqual([null, null, null, null, null, null]);
  });
});

describe("splitCodePrefix", () => {
  it("takes the number opening a name, with or without its dot or bracket", () => {
    const split = (text: string) => {
      const s = splitCodePrefix(text);
      return s && [s.code.written, s.code.shape.kind, s.rest];
    };
    expect(["1.1. Ban hành văn bản", " II) Cải cách", "2 Tên", "3.\nTên trên hai dòng"].map(split)).toEqual([
      ["1.1", "numeric", "Ban hành văn bản"],
      ["II", "roman", "Cải cách"],
      ["2", "numeric", "Tên"],
      ["3", "numeric", "Tên trên hai dòng"],
    ]);
  });

  it("takes none from a name without one, a number glued to the name, or a number alone", () => {
    expect(["Tên 1.1", "1.1Tên", "1.1.", "a) Tên", "Tổng cộng"].map(splitCodePrefix)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
