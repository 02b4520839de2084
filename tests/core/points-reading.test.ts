/** Each spelling of a points cell that numbers.ts's patterns promise to read, and the ones it must refuse. */
import { readPoints, round3 } from "../../src/core/numbers";

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
