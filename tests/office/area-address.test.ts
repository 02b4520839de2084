/** Addresses as Excel reports them, for selections and merged areas alike. */
import { areaOfAddress, intersectAreas, sheetOfAddress } from "../../src/office/area-address";

describe("an address Excel reports", () => {
  it.each([
    ["Sheet1!B2", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["'Phụ lục'!$B$2:$D$4", { top: 2, left: 2, bottom: 4, right: 4 }],
    ["Sheet1!B:D", { top: 1, left: 2, bottom: 1_048_576, right: 4 }],
    ["Sheet1!3:5", { top: 3, left: 1, bottom: 5, right: 16_384 }],
    ["Sheet1!1:1048576", { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }],
  ])("%p is the area %p", (address, area) => {
    expect(areaOfAddress(address)).toEqual(area);
  });

  it.each(["Sheet1!B2:5", "Sheet1!", "Sheet1!B2,C3"])("%p is refused", (address) => {
    expect(() => areaOfAddress(address)).toThrow(/Not an address/);
  });
});

describe("the sheet an address names", () => {
  // Excel quotes a name with a space or an apostrophe, and doubles the apostrophe.
  it.each([
    ["Sheet1!B2", "Sheet1"],
    ["'Phụ lục'!$B$2:$D$4", "Phụ lục"],
    ["'Sở Nội vụ ''24'!A1", "Sở Nội vụ '24"],
  ])("%p is on %p", (address, sheet) => {
    expect(sheetOfAddress(address)).toBe(sheet);
  });
});

describe("the cells two areas share", () => {
  it.each([
    // One row in common (row 4), columns C to D.
    [
      { top: 2, left: 2, bottom: 4, right: 4 },
      { top: 4, left: 3, bottom: 9, right: 9 },
      { top: 4, left: 3, bottom: 4, right: 4 },
    ],
    // One column in common (column D), rows 3 to 4.
    [
      { top: 2, left: 2, bottom: 4, right: 4 },
      { top: 3, left: 4, bottom: 9, right: 9 },
      { top: 3, left: 4, bottom: 4, right: 4 },
    ],
    // The same rows, apart by their columns (B:C and E:F); the same columns, apart by their rows.
    [{ top: 2, left: 2, bottom: 4, right: 3 }, { top: 2, left: 5, bottom: 4, right: 6 }, null],
    [{ top: 2, left: 2, bottom: 3, right: 4 }, { top: 5, left: 2, bottom: 6, right: 4 }, null],
  ])("%p and %p: %p", (a, b, shared) => {
    expect(intersectAreas(a, b)).toEqual(shared);
    expect(intersectAreas(b, a)).toEqual(shared);
  });
});
