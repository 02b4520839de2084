/** Each spelling of a points cell that numbers.ts's patterns promise to read, and the ones it must refuse. */
import { analyzeSheet } from "../../src/core/analyze";
import { readPoints, round3 } from "../../src/core/numbers";
import { sheetOf } from "./helpers";

describe("reading a points cell", () => {
  it.each([
    ["8,5đ", 8.5],
    ["8.5 đ.", 8.5],
    ["8,5 diem", 8.5],
    ["8,5 ĐIỂM", 8.5],
    ["8,5d", 8.5],
    ["3 points", 3],
    ["1 point", 1],
    ["2 pts", 2],
    ["2 pt.", 2],
    ["-1,5", -1.5],
    ["+2", 2],
    ["\u00a08,5\u00a0", 8.5],
    ["1 , 5", 1.5],
    ["7 điểm".normalize("NFD"), 7],
  ])("reads %j as %p", (cell, value) => {
    expect(readPoints(cell)).toEqual({ kind: "number", value, guessed: false });
  });

  it.each([
    ["50 %", 50],
    ["12,5%", 12.5],
  ])("reads %j as a guessed %p", (cell, value) => {
    expect(readPoints(cell)).toEqual({ kind: "number", value, guessed: true });
  });

  it.each(["", "   ", "-", "–", " – ", "\u00a0"])("takes %j for empty", (cell) => {
    expect(readPoints(cell)).toEqual({ kind: "empty" });
  });

  it.each([Infinity, -Infinity, NaN])("takes the number %p for empty", (cell) => {
    expect(readPoints(cell)).toEqual({ kind: "empty" });
  });

  it.each([
    ["1.2.3", "1.2.3"],
    ["1,5,2", "1,5,2"],
    ["8,5 điểm thưởng", "8,5 điểm thưởng"],
    ["x8", "x8"],
    ["8x", "8x"],
    ["--1", "--1"],
    ["  đạt   yêu cầu ", "đạt yêu cầu"],
  ])("refuses %j, quoting it as %j", (cell, text) => {
    expect(readPoints(cell)).toEqual({ kind: "unreadable", text });
  });

  it("refuses digits too many for a number", () => {
    const huge = "9".repeat(400);
    expect(readPoints(huge)).toEqual({ kind: "unreadable", text: huge });
  });

  it("refuses booleans and error values, naming them", () => {
    expect(readPoints(true)).toEqual({ kind: "unreadable", text: "true" });
    expect(readPoints(false)).toEqual({ kind: "unreadable", text: "false" });
    expect(readPoints({ kind: "error", code: "#REF!" })).toEqual({ kind: "unreadable", text: "#REF!" });
  });
});

describe("rounding to thousandths", () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [1.0005, 1.001],
    [2.0004, 2],
    [14.4944, 14.494],
    [-0.0004, -0],
    [7, 7],
  ])("rounds %p to %p", (n, rounded) => {
    expect(round3(n)).toBe(rounded);
  });
});

describe("what a row's points say about themselves", () => {
  const issuesOf = (rows: Parameters<typeof sheetOf>[0], extra?: Parameters<typeof sheetOf>[1]) =>
    analyzeSheet(sheetOf(rows, extra))!.issues.map((i) => [i.kind, i.row, i.field, i.params]);

  it("quotes a guessed and an unreadable number in its issue", () => {
    const issues = issuesOf([
      ["1", "Crit", 2, "1,5%", 2, "t", "Phòng Nội vụ"],
      ["2", "Crit", 2, "đạt", 2, "t", "Phòng Nội vụ"],
      [null, "Tổng", 4, null, 4],
    ]);
    expect(issues.filter(([kind]) => kind === "guessed-number" || kind === "unreadable-number")).toEqual([
      ["guessed-number", 2, "score", expect.objectContaining({ text: "1,5%", value: 1.5 })],
      ["unreadable-number", 3, "score", expect.objectContaining({ text: "đạt" })],
    ]);
  });

  it("tells a date and an unreadable text as errors, a guessed number as a warning (docs/cli.md)", () => {
    const plan = analyzeSheet(
      sheetOf([
        ["1", "Crit", { kind: "date", serial: 45_419 }, 1, 2, "t", "Phòng Nội vụ"],
        ["2", "Crit", 2, "1,5%", "đạt", "t", "Phòng Nội vụ"],
        [null, "Tổng", 4, 2.5, 4],
      ]),
    )!;
    const severities = plan.issues
      .filter((i) => ["date-as-score", "guessed-number", "unreadable-number"].includes(i.kind))
      .map((i) => [i.kind, i.field, i.severity])
      .sort();
    expect(severities).toEqual([
      ["date-as-score", "max", "error"],
      ["guessed-number", "score", "warning"],
      ["unreadable-number", "target", "error"],
    ]);
  });

  it("asks for no value in a column the table does not have", () => {
    // No target column: nothing is missing there.
    const header = [
      "STT",
      "Lĩnh vực, tiêu chí",
      "Điểm tối đa",
      "Điểm năm 2024",
      "Nhiệm vụ, giải pháp",
      "Cơ quan chủ trì",
    ];
    const issues = issuesOf([], {
      values: [header, ["1", "Crit", 2, 1, "t", "Phòng Nội vụ"], [null, "Tổng", 2, 1]],
    });
    expect(issues).toEqual([]);
  });
});
