/**
 * Small helpers at their edges, each where no other test of src/core reaches: a cell past a grid's end, a day that
 * is no ISO date, an empty name, a cut between the halves of a character, a returned
 * sheet whose A1 holds no text.
 */
import { EMPTY, text } from "../../src/core/edits";
import { fitText, MAX_CELL_TEXT, tableEditsWithinLimits } from "../../src/core/edits/excel-limits";
import { Grid } from "../../src/core/grid";
import { readPoints, round3 } from "../../src/core/numbers";
import { compareStated } from "../../src/core/points";
import { isoOfLocalDay, serialOfIso } from "../../src/core/progress/dates";
import { capitalizeFirst } from "../../src/core/text";
import { recogniseReturned } from "../../src/core/unit-files";
import { cellOf } from "../../src/core/unit-files/progress-layout";
import { sheetOf } from "./helpers";

describe("at the edges", () => {
  it("reads nothing past a grid's last row or column", () => {
    expect([cellOf([[text("a")]], 1, 1), cellOf([[text("a")]], 2, 1), cellOf([[text("a")]], 1, 2)]).toEqual([
      text("a"),
      EMPTY,
      EMPTY,
    ]);
    const grid = new Grid(sheetOf([["1", "Tên"]]));
    expect([grid.value(2, 2), grid.value(3, 1), grid.value(2, 9)]).toEqual(["Tên", null, null]);
  });

  it("takes only ISO days, and a moment's day where the user is", () => {
    // "0099-05-10": Date.UTC takes a year under 100 for 1900 and more (10 May 1999), no day of the year 99.
    const refused = ["30/06/2025", "2025-6-30", "x2025-06-30", "2025-06-30T00:00", "2025-02-29", "0099-05-10", ""];
    expect(refused.map(serialOfIso)).toEqual(refused.map(() => null));
    expect(serialOfIso("2024-02-29")).toBe(45_351);
    expect([isoOfLocalDay(new Date(2025, 5, 30, 23, 59)), isoOfLocalDay(new Date(2025, 0, 1, 0, 0))]).toEqual([
      "2025-06-30",
      "2025-01-01",
    ]);
  });

  it("capitalises nothing in an empty name, and only the first letter of another", () => {
    expect([capitalizeFirst(""), capitalizeFirst("đội quản lý")]).toEqual(["", "Đội quản lý"]);
  });

  it("cuts a long word before a character's second half, and a cut text edit keeps its cut", () => {
    const cut = fitText(`a${"🏛".repeat(20_000)}`);
    // "a", then as many whole characters as leave room for "…".
    expect(cut).toBe(`a${"🏛".repeat((MAX_CELL_TEXT - 3) / 2)}…`);
    const { kept } = tableEditsWithinLimits([{ row: 2, column: 6, content: text("từ ".repeat(20_000)) }], () => "1.1");
    expect(kept.map((e) => [e.row, e.column, e.content.kind === "text" && e.content.text.length])).toEqual([
      [2, 6, MAX_CELL_TEXT - 1],
    ]);
  });

  it("rounds a sum lying just under a half-thousandth up, as the published figure is", () => {
    // 0.1245 + 0.15 is 0.27449999999999997 in binary: 0.2745, published as 0.275.
    expect([round3(0.1245 + 0.15), round3(0.2744), round3(1.0005)]).toEqual([0.275, 0.274, 1.001]);
  });

  it("compares a stated subtotal with its parts to the thousandth, as scores are published", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary; 14.13 - 14.125 is 0.005000000000000782.
    expect([compareStated(0.3, 0.1 + 0.2), compareStated(14.13, 14.125), compareStated(14.131, 14.125)]).toEqual([
      "equal",
      "rounding",
      "mismatch",
    ]);
  });

  it("says what a cell that is no number holds as it was typed, its unit word included", () => {
    expect([readPoints("tám điểm"), readPoints("8,5,1 %")]).toEqual([
      { kind: "unreadable", text: "tám điểm" },
      { kind: "unreadable", text: "8,5,1 %" },
    ]);
  });

  it("recognises no unit in a returned sheet whose A1 holds a number or nothing", () => {
    const master = {
      planId: "kh-1",
      tableSheet: "Phụ lục",
      units: new Set(["Phòng Nội vụ"]),
      unitSheets: new Map([["Phòng Nội vụ", "P. Nội vụ"]]),
    };
    const sheets = [
      { name: "P. Nội vụ", grid: [], title: 5 },
      { name: "Khác", grid: [], title: null },
    ];
    expect(recogniseReturned({ sheets, mark: null, state: null }, master)).toEqual({
      kind: "skip",
      reason: { kind: "unrecognised" },
    });
  });
});
