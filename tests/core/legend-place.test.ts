/**
 * Where the highlights' legend goes when something reaches the sheet's last column (XFD), and the merged areas a
 * legend or a write must keep clear of (src/core/edits/highlights.ts, merged.ts). The table: columns A..H, header in
 * row 1, so the legend's four cells are rows 1 to 4; the column either side of the legend must be empty too.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { CellArea, CellValue, SheetCells } from "../../src/core/cells";
import { highlightEdits } from "../../src/core/edits/highlights";
import { clearOfMerges, MergedAreas, mergeOverReads } from "../../src/core/edits/merged";
import { text } from "../../src/core/edits/types";
import { Plan } from "../../src/core/model";
import { messagesFor } from "../../src/i18n";
import { sheetOf } from "./helpers";

const XFD = 16_384;
const U = "Phòng Nội vụ";
const ROWS: CellValue[][] = [
  ["1", "Crit", 3, 2, 3, "t", U],
  ["2", "Crit", 3, 0, 3, "t", U],
  ["3", "Crit", 3, 3, 2, "t", U],
  [null, "Tổng", 9, 5, 8],
];

/** The table, with `cells` ("row:column" → value) written elsewhere on its sheet. */
function sheetWith(cells: Record<string, CellValue>, merges: CellArea[] = []): SheetCells {
  const values = [...sheetOf(ROWS).values.map((r) => [...r])];
  for (const [at, v] of Object.entries(cells)) {
    const [r, c] = at.split(":").map(Number);
    while (values.length < r) values.push([]);
    values[r - 1][c - 1] = v;
  }
  return { ...sheetOf(ROWS), values: values.map((r) => Array.from(r, (v) => v ?? null)), merges };
}
function legendOf(sheet: SheetCells) {
  const plan = analyzeSheet(sheet) as Plan;
  const made = highlightEdits(plan, sheet, messagesFor("vi"), null, new MergedAreas(sheet.merges));
  return made?.kind === "made" ? made.highlights.legend : made;
}

describe("the legend, with something in the sheet's last column", () => {
  it("goes in the first column right of the table whose cells and neighbours are empty", () => {
    expect(legendOf(sheetWith({ [`50:${XFD}`]: "x" }))).toEqual({ top: 1, left: 10, bottom: 4, right: 10 });
    // J's neighbour K holds something on a legend row: J, K and L cannot take it; M can (L, M, N empty).
    expect(legendOf(sheetWith({ [`50:${XFD}`]: "x", "3:11": "ghi chú" }))).toEqual({
      top: 1,
      left: 13,
      bottom: 4,
      right: 13,
    });
    // Under a merge: J cannot take it.
    const merged = sheetWith({ [`50:${XFD}`]: "x" }, [{ top: 2, left: 9, bottom: 2, right: 10 }]);
    expect(legendOf(merged)).toEqual({ top: 1, left: 11, bottom: 4, right: 11 });
  });
  it("goes left of the table when nothing right of it is free", () => {
    // The table in columns E..L; every column right of it but M holds something in row 2. Nearest the table: C
    // (B, C and D empty), not A.
    const shifted: SheetCells = { ...sheetWith({}), left: 5 };
    const right = Array.from({ length: XFD - 13 }, () => "x");
    const full = { ...shifted, values: shifted.values.map((r, i) => (i === 1 ? [...r, null, ...right] : r)) };
    const plan = analyzeSheet(full) as Plan;
    const made = highlightEdits(plan, full, messagesFor("vi"), null, new MergedAreas([]));
    expect(made?.kind === "made" && made.highlights.legend).toEqual({ top: 1, left: 3, bottom: 4, right: 3 });
  });
  it("has no room, nor highlights, when the table starts in A and nothing right of it is free", () => {
    const values = sheetWith({}).values.map((r, i) =>
      i === 1 ? [...r, ...Array.from({ length: XFD - 8 }, () => "x")] : r,
    );
    expect(legendOf({ ...sheetWith({}), values })).toEqual({ kind: "no-legend-room", top: 1, bottom: 4 });
  });
});

describe("the legend, beside the table", () => {
  it("goes past a merge over its column", () => {
    // J3 lies under I3:J3: the legend moves right to K; I, though that merge starts there, is next to the table.
    expect(legendOf(sheetWith({}, [{ top: 3, left: 9, bottom: 3, right: 10 }]))).toEqual({
      top: 1,
      left: 11,
      bottom: 4,
      right: 11,
    });
  });
  it("goes in the sheet's last column when that is the one after the empty column right of what the sheet holds", () => {
    expect(legendOf(sheetWith({ [`50:${XFD - 2}`]: "x" }))).toEqual({ top: 1, left: XFD, bottom: 4, right: XFD });
  });
  it("takes the rows below a short table as empty when something reaches the last column", () => {
    // Header and two criteria: the legend's row 4 lies below every row read.
    const short = sheetOf([ROWS[0], [...ROWS[1], ...Array.from({ length: XFD - 8 }, () => null), "x"]]);
    expect(legendOf(short)).toEqual({ top: 1, left: 10, bottom: 4, right: 10 });
  });
  it("never goes into empty columns between the table's own columns", () => {
    // The table in C..N with three empty columns after C and three before N; something in every column from P on.
    const header = [null, null, "STT", null, null, null, "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm năm 2024"];
    const line = (code: string): CellValue[] => [null, null, code, null, null, null, "Crit", 3, 2, 3, null, null];
    const values: CellValue[][] = [
      [...header, "Mục tiêu năm 2025", null, null, null, "Cơ quan chủ trì"],
      [...line("1"), null, U, null, ...Array.from({ length: XFD - 15 }, () => "x")],
      [...line("2"), null, U],
    ];
    const sheet: SheetCells = { ...sheetOf([]), values };
    const plan = analyzeSheet(sheet) as Plan;
    expect(plan.layout.columns).toEqual({ code: 3, name: 7, max: 8, score: 9, target: 10, lead: 14 });
    const made = highlightEdits(plan, sheet, messagesFor("vi"), null, new MergedAreas([]));
    // Left of the table: A, with B empty and nothing left of A.
    expect(made?.kind === "made" && made.highlights.legend).toEqual({ top: 1, left: 1, bottom: 4, right: 1 });
  });
});

describe("merged areas", () => {
  const tall = { top: 1, left: 2, bottom: 2000, right: 2 };
  const small = { top: 5, left: 4, bottom: 6, right: 5 };
  const merges = new MergedAreas([tall, small]);
  it("say which merge hides a cell, and which starts at it", () => {
    expect([merges.hiding(5, 4), merges.hiding(6, 5), merges.hiding(5, 6), merges.hiding(7, 4)]).toEqual([
      null,
      small,
      null,
      null,
    ]);
    expect([merges.hiding(1500, 2), merges.hiding(1, 2), merges.hiding(2001, 2)]).toEqual([tall, null, null]);
    expect([merges.startingAt(5, 4), merges.startingAt(1, 2), merges.startingAt(6, 4)]).toEqual([small, tall, null]);
  });
  it("keep the writes they do not hide, and tell of the others", () => {
    const edits = [
      { row: 5, column: 4, content: text("a") },
      { row: 6, column: 4, content: text("b") },
    ];
    expect(clearOfMerges(edits, merges)).toEqual({
      kept: [edits[0]],
      notices: [{ kind: "merged", sheet: null, row: 6, column: 4, area: small }],
    });
  });
  it("tell when a cell's own merge spreads over the cells its formula reads", () => {
    expect(mergeOverReads(merges, { row: 5, column: 4 }, [{ row: 6, column: 5 }])).toEqual(small);
    expect(
      mergeOverReads(merges, { row: 5, column: 4 }, [
        { row: 7, column: 5 },
        { row: 5, column: 6 },
      ]),
    ).toBeNull();
    expect(mergeOverReads(merges, { row: 8, column: 4 }, [{ row: 8, column: 5 }])).toBeNull();
  });
});
