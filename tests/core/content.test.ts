/**
 * A cell's content as the engine and both adapters understand it (src/core/edits/types.ts): what a value read through
 * `formulas` is, when two contents hold the same (what decides whether a cell is still the one a run wrote), the
 * number formats worth keeping, and the few helpers over areas and charts.
 */
import {
  cellsOfArea,
  chartSeriesCount,
  ChartDraft,
  Content,
  contentOf,
  EMPTY,
  keptFormat,
  num,
  sameValue,
  shownText,
  text,
} from "../../src/core/edits/types";

describe("a value read through formulas", () => {
  it.each([
    [null, EMPTY],
    [undefined, EMPTY],
    ["", EMPTY],
    [0, { kind: "number", value: 0 }],
    [false, { kind: "boolean", value: false }],
    [true, { kind: "boolean", value: true }],
    ["=SUM(C3:C5)", { kind: "formula", formula: "=SUM(C3:C5)" }],
    ["- Rà soát, =đánh giá", { kind: "text", text: "- Rà soát, =đánh giá" }],
    ["12", { kind: "text", text: "12" }],
  ])("%j is %j", (value, content) => {
    expect(contentOf(value)).toEqual(content);
  });
  it("is nothing for empty text or no number", () => {
    expect(text("")).toEqual({ kind: "empty" });
    expect(num(null)).toEqual({ kind: "empty" });
    expect(text("x")).toEqual({ kind: "text", text: "x" });
    expect(num(0)).toEqual({ kind: "number", value: 0 });
  });
});

describe("two contents hold the same", () => {
  const t = (s: string): Content => ({ kind: "text", text: s });
  const n = (v: number): Content => ({ kind: "number", value: v });
  const b = (v: boolean): Content => ({ kind: "boolean", value: v });
  const f = (s: string): Content => ({ kind: "formula", formula: s });
  const e = (code: string): Content => ({ kind: "error", code });
  it.each([
    // Excel gives a formula's functions and references back in capitals.
    [f("=sum(c3:c5)"), f("=SUM(C3:C5)"), true],
    [f("=SUM(C3:C5)"), f("=SUM(C3:C6)"), false],
    [f("=1"), n(1), false],
    [t("Đang làm"), t("Đang làm"), true],
    [t("Đang làm"), t("đang làm"), false],
    [t("1"), n(1), false],
    [n(1.5), n(1.5), true],
    [n(1.5), n(2), false],
    [n(1), b(true), false],
    [b(true), b(true), true],
    [b(true), b(false), false],
    [e("#N/A"), e("#N/A"), true],
    [e("#N/A"), e("#REF!"), false],
    [e("#N/A"), t("#N/A"), false],
    [EMPTY, EMPTY, true],
    [EMPTY, t(""), false],
  ])("%j and %j: %p", (a, c, same) => {
    expect(sameValue(a, c)).toBe(same);
    expect(sameValue(c, a)).toBe(same);
  });
  it("whatever number format or link they have", () => {
    expect(sameValue({ kind: "number", value: 2, format: "0.00" }, n(2))).toBe(true);
    expect(sameValue({ kind: "text", text: "Báo cáo", link: "https://example.vn" }, t("Báo cáo"))).toBe(true);
  });
});

describe("helpers", () => {
  it("keeps a number format only where it is one other than General", () => {
    expect(keptFormat("0.00")).toEqual({ format: "0.00" });
    expect(keptFormat("dd/mm/yyyy")).toEqual({ format: "dd/mm/yyyy" });
    expect([keptFormat("General"), keptFormat(""), keptFormat(undefined), keptFormat(4)]).toEqual([{}, {}, {}, {}]);
  });
  it("shows each content as text", () => {
    const contents: Content[] = [
      { kind: "text", text: "Đạt" },
      { kind: "number", value: 8.5 },
      { kind: "formula", formula: "=C3" },
      { kind: "boolean", value: true },
      { kind: "boolean", value: false },
      { kind: "error", code: "#DIV/0!" },
      EMPTY,
    ];
    expect(contents.map(shownText)).toEqual(["Đạt", "8.5", "=C3", "TRUE", "FALSE", "#DIV/0!", ""]);
  });
  it("lists an area's cells row by row", () => {
    expect(cellsOfArea({ top: 2, left: 3, bottom: 3, right: 4 })).toEqual([
      { row: 2, column: 3 },
      { row: 2, column: 4 },
      { row: 3, column: 3 },
      { row: 3, column: 4 },
    ]);
    expect(cellsOfArea({ top: 5, left: 1, bottom: 5, right: 1 })).toEqual([{ row: 5, column: 1 }]);
  });
  it("gives a chart one series per source column after the labels'", () => {
    const area = { top: 1, left: 1, bottom: 1, right: 1 };
    const chart: ChartDraft = {
      title: "Điểm",
      source: { top: 6, left: 1, bottom: 14, right: 3 },
      categories: area,
      anchor: area,
    };
    expect(chartSeriesCount(chart)).toBe(2);
  });
});
