/**
 * The highlights' conditional formats and their cell-by-cell fills (src/core/edits/highlights.ts): which body rows
 * they cover, their formulas, and which score and target cells are coloured. The fills stand in for the formats where
 * a host has none, so each row below is worked out from the formats' formulas: a score is "zero" when it is 0 and the
 * maximum above 0, "partial" when it lies strictly between 0 and the maximum; a target is coloured when it is above
 * the maximum or below the score, each compared only where that cell holds a number.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { CellArea, CellValue, SheetCells } from "../../src/core/cells";
import { highlightEdits } from "../../src/core/edits/highlights";
import { MergedAreas } from "../../src/core/edits/merged";
import { Plan } from "../../src/core/model";
import { messagesFor } from "../../src/i18n";
import { HEADER, sheetOf } from "./helpers";
import { U } from "./one-criterion";

/** Columns C (maximum), D (score), E (target) under the seed's header, body from row 2. */
const row = (code: string, max: CellValue, score: CellValue, target: CellValue): CellValue[] => [
  code,
  "Tiêu chí",
  max,
  score,
  target,
  "- Rà soát",
  U,
];
const TOTAL: CellValue[] = [null, "Tổng"];

function highlightsOf(sheet: SheetCells) {
  const plan = analyzeSheet(sheet) as Plan;
  return highlightEdits(plan, sheet, messagesFor("vi"), null, new MergedAreas(sheet.merges));
}
function madeOf(sheet: SheetCells) {
  const made = highlightsOf(sheet);
  if (made?.kind !== "made") throw new Error(`no highlights: ${JSON.stringify(made)}`);
  return made.highlights;
}
const areasOf = (sheet: SheetCells) => madeOf(sheet).rules.map((r) => [r.kind, r.area]);
const body = (top: number, bottom: number, column: number): CellArea => ({ top, bottom, left: column, right: column });

describe("the highlight rules", () => {
  it("cover the body rows above the total row, or to the table's last row without one", () => {
    const rows = [row("1", 3, 2, 3), row("2", 3, 1, 3)];
    expect(areasOf(sheetOf([...rows, TOTAL]))).toEqual([
      ["zero", body(2, 3, 4)],
      ["partial", body(2, 3, 4)],
      ["target", body(2, 3, 5)],
    ]);
    expect(areasOf(sheetOf(rows))).toEqual([
      ["zero", body(2, 3, 4)],
      ["partial", body(2, 3, 4)],
      ["target", body(2, 3, 5)],
    ]);
    // One criterion above the total: its row alone.
    expect(areasOf(sheetOf([row("1", 3, 2, 3), TOTAL]))[0]).toEqual(["zero", body(2, 2, 4)]);
  });

  it("are none when the table's only body row is its total", () => {
    const sheet = sheetOf([[null, "Tổng", 3, 2, 3], row("1", 3, 2, 3)]);
    expect((analyzeSheet(sheet) as Plan).total.row).toBe(2);
    expect(highlightsOf(sheet)).toBeNull();
  });

  it("compare each row's cells with its own row's, from the rules' first row, columns fixed", () => {
    const [zero, partial, target] = madeOf(sheetOf([row("1", 3, 2, 3), row("2", 3, 1, 3), TOTAL])).rules;
    expect(zero.formula).toBe("=AND(ISNUMBER($D2),ISNUMBER($C2),$D2=0,$C2>0)");
    expect(partial.formula).toBe("=AND(ISNUMBER($D2),ISNUMBER($C2),$D2>0,$D2<$C2)");
    expect(target.formula).toBe("=AND(ISNUMBER($E2),OR(AND(ISNUMBER($C2),$E2>$C2),AND(ISNUMBER($D2),$E2<$D2)))");
  });

  it("are none without a maximum to compare the score with", () => {
    const header = ["STT", "Lĩnh vực, tiêu chí", "Điểm năm 2024", "Mục tiêu năm 2025", "Cơ quan chủ trì"];
    const sheet = { ...sheetOf([]), values: [header, ["1", "Tiêu chí", 2, 3, U], TOTAL] };
    expect((analyzeSheet(sheet) as Plan).layout.columns).toMatchObject({ score: 3, target: 4 });
    expect(highlightsOf(sheet)).toBeNull();
  });

  it("leave the target out on a table without a target column", () => {
    const header = HEADER.filter((h) => h !== "Mục tiêu năm 2025");
    const sheet = { ...sheetOf([]), values: [header, ["1", "Tiêu chí", 3, 0, "- Rà soát", U], TOTAL] };
    const made = madeOf(sheet);
    expect(made.rules.map((r) => r.kind)).toEqual(["zero", "partial"]);
    expect(made.fills).toEqual([{ row: 2, column: 4, kind: "zero" }]);
  });
});

describe("the cells coloured one by one", () => {
  it("are those the rules colour, but for a cell under another cell's merge", () => {
    const sheet = sheetOf(
      [
        row("1", 3, 0, 3), // 2: score 0 of 3
        row("2", 3, 2, 3), // 3: part of the maximum, target the maximum
        row("3", 3, 3, 3), // 4: the maximum
        row("4", 0, 0, 0), // 5: a maximum of 0: nothing to lose
        row("5", 3, -1, 3), // 6: below 0 is neither 0 nor part of the maximum
        row("6", 3, 2, 4), // 7: target above the maximum
        row("7", 3, 2, 1), // 8: target below the score
        row("8", 3, 2, 2), // 9: target the score
        row("9", 3, 2, null), // 10: no target
        row("10", null, null, 1), // 11: no maximum nor score to compare the target with
        row("11", 3, null, -1), // 12: no score, a target below 0 and the maximum
        row("12", 3, 2, 3), // 13: D13 spans D13:D14
        row("13", 3, 2, 4), // 14: its score under D13's merge (the value kept as another program may keep it)
        TOTAL,
      ],
      { merges: [{ top: 13, left: 4, bottom: 14, right: 4 }] },
    );
    const fill = (r: number, column: number, kind: string) => ({ row: r, column, kind });
    expect(madeOf(sheet).fills).toEqual([
      fill(2, 4, "zero"),
      fill(3, 4, "partial"),
      fill(7, 4, "partial"),
      fill(7, 5, "target"),
      fill(8, 4, "partial"),
      fill(8, 5, "target"),
      fill(9, 4, "partial"),
      fill(10, 4, "partial"),
      fill(13, 4, "partial"),
      fill(14, 5, "target"),
    ]);
  });
});
