/** A1-style addresses (src/core/cells.ts): Excel's columns run A..Z, AA..ZZ, AAA..XFD (16,384). */
import { areaAddress, cellAddress, columnLetters, columnNumber } from "../../src/core/cells";

describe("a column's letters", () => {
  it.each([
    [1, "A"],
    [25, "Y"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s, and back", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });

  it("reads lower case as upper", () => {
    expect(columnNumber("xfd")).toBe(16384);
  });

  it("makes a cell's and an area's address", () => {
    expect(cellAddress(7, 26)).toBe("Z7");
    expect(areaAddress({ top: 2, left: 26, bottom: 40, right: 52 })).toBe("Z2:AZ40");
  });
});
