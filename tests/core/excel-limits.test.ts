import { EMPTY, num, text } from "../../src/core/edits";
import { draftWithinLimits, fitText, MAX_CELL_TEXT, tableEditsWithinLimits } from "../../src/core/edits/excel-limits";
import { draftsOf } from "./one-criterion";
import { areasReadBy } from "../../src/core/formula-refs";
import { SheetFormulas } from "../../src/core/edits/circular";

describe("what a cell holds", () => {
  it("keeps text that fits, and cuts longer text at the last word that leaves room for the ellipsis", () => {
    expect(fitText("ngắn")).toBe("ngắn");
    const exact = "a".repeat(MAX_CELL_TEXT);
    expect(fitText(exact)).toBe(exact);
    const words = "từ ".repeat(20_000);
    const cut = fitText(words);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.endsWith("từ…")).toBe(true);
  });

  it("cuts one word longer than a cell where the cell ends, and never inside a surrogate pair", () => {
    expect(fitText("x".repeat(40_000))).toHaveLength(MAX_CELL_TEXT);
    const emoji = "😀".repeat(20_000);
    const cut = fitText(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.slice(0, -1)).toBe("😀".repeat((cut.length - 1) / 2));
  });

  it("leaves out a number Excel cannot hold and a formula over 8,192 characters, and says where", () => {
    const { kept, notices } = tableEditsWithinLimits(
      [
        { row: 2, column: 3, content: { kind: "number", value: Infinity } },
        { row: 3, column: 3, content: { kind: "number", value: NaN } },
        { row: 4, column: 3, content: { kind: "formula", formula: `=SUM(${"C1,".repeat(3_000)}C1)` } },
        { row: 5, column: 3, content: { kind: "number", value: 1.5 } },
      ],
      () => null,
    );
    expect(kept).toEqual([{ row: 5, column: 3, content: { kind: "number", value: 1.5 } }]);
    expect(notices.map((n) => [n.kind, n.row])).toEqual([
      ["not-a-number", 2],
      ["not-a-number", 3],
      ["formula-too-long", 4],
    ]);
  });
});

describe("the cells a formula reads", () => {
  it("finds references with and without the sheet, ranges, whole columns and rows; not text, names of functions or other sheets", () => {
    expect(areasReadBy("=D2", "Phụ lục")).toEqual([{ top: 2, bottom: 2, left: 4, right: 4 }]);
    expect(areasReadBy("=LOG10(A1)+$B$2", "S")).toEqual([
      { top: 1, bottom: 1, left: 1, right: 1 },
      { top: 2, bottom: 2, left: 2, right: 2 },
    ]);
    expect(areasReadBy(`='Phụ lục'!D2+Khác!A1+"E5"`, "Phụ lục")).toEqual([{ top: 2, bottom: 2, left: 4, right: 4 }]);
    expect(areasReadBy("=SUM(D:D)+SUM(4:4)", "S")).toEqual([
      { top: 1, bottom: 1_048_576, left: 4, right: 4 },
      { top: 4, bottom: 4, left: 1, right: 16_384 },
    ]);
  });

  it("follows formulas from cell to cell to the one that reads the subtotal back", () => {
    const formulas: Record<string, string> = { "5:4": "=D7+1", "7:4": "=MAX(D1:D3)" };
    const within = { top: 1, left: 1, bottom: 10, right: 8 };
    const at = (row: number, column: number) => formulas[`${row}:${column}`] ?? null;
    const sheet = new SheetFormulas(at, within, "S");
    expect(sheet.loopBack({ row: 2, column: 4 }, "=SUM(D5)").through).toEqual({
      row: 7,
      column: 4,
      formula: "=MAX(D1:D3)",
    });
    const clear = sheet.loopBack({ row: 9, column: 4 }, "=SUM(D5)");
    expect(clear).toEqual({ through: null, closed: false });
    // A formula the run writes counts as the cell's: D3 = SUM(D9) makes D9's SUM come back through D5, D7 and D3.
    sheet.write({ row: 3, column: 4 }, "=SUM(D9)", clear);
    expect(sheet.loopBack({ row: 9, column: 4 }, "=SUM(D5)").through).toEqual({
      row: 3,
      column: 4,
      formula: "=SUM(D9)",
    });
    // Over constants only, a written SUM is closed: a later check does not look through it again.
    expect(sheet.loopBack({ row: 10, column: 4 }, "=SUM(D8)")).toEqual({ through: null, closed: true });
  });
});

describe("Excel's limits, at their bounds", () => {
  it("cuts at the last line break too, drops the spaces before the ellipsis, and cuts one word after a leading space", () => {
    expect(fitText("từ\n".repeat(12_000)).endsWith("\ntừ…")).toBe(true);
    expect(fitText(`${"a".repeat(32_760)}  ${"b".repeat(100)}`)).toBe(`${"a".repeat(32_760)}…`);
    const word = fitText(` ${"x".repeat(40_000)}`);
    expect([word.length, word.startsWith(" x"), word.endsWith("x…")]).toEqual([MAX_CELL_TEXT, true, true]);
  });

  it("keeps a formula of 8,192 characters and text of 32,767, and tells the length of what is longer", () => {
    const sum = (length: number) => `=SUM(${"C1,".repeat((length - 8) / 3)}C1)`;
    expect([sum(8_192).length, sum(8_195).length]).toEqual([8_192, 8_195]);
    const edits = [
      { row: 2, column: 3, content: { kind: "formula" as const, formula: sum(8_192) } },
      { row: 3, column: 3, content: { kind: "formula" as const, formula: sum(8_195) } },
      { row: 4, column: 6, content: { kind: "text" as const, text: "a".repeat(MAX_CELL_TEXT) } },
    ];
    const { kept, notices } = tableEditsWithinLimits(edits, () => null);
    expect(kept).toEqual([edits[0], edits[2]]);
    expect(notices).toEqual([{ kind: "formula-too-long", sheet: null, row: 3, column: 3, length: 8_195 }]);
  });

  it("leaves empty a generated sheet's cell Excel cannot take, and cuts its text", () => {
    const long = "từ ".repeat(12_000);
    const draft = { ...draftsOf(["assignments"])[0] };
    const cells = [[num(1), { kind: "number" as const, value: Infinity }], [text(long)]];
    const within = draftWithinLimits({ ...draft, cells }, () => "1.1");
    expect(within.draft.cells[0]).toEqual([num(1), EMPTY]);
    expect(within.draft.cells[1][0]).toEqual(text(fitText(long)));
    expect(within.notices.map((n) => [n.kind, n.sheet, n.row, n.column])).toEqual([
      ["not-a-number", draft.name, 1, 2],
      ["text-cut", draft.name, 2, 1],
    ]);
  });
});
