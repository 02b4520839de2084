/**
 * References in formulas (src/core/formula-refs.ts): a reference as an area of the sheet, within Excel's grid only;
 * which sheet a reference names.
 */
import { areaOfReference, areasReadBy } from "../../src/core/formula-refs";

const area = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe("areaOfReference", () => {
  it("reads cells, ranges either way round, whole columns and whole rows", () => {
    expect(["B2", "$C$3:D9", "D9:C3", "d:f", "$4:$6"].map(areaOfReference)).toEqual([
      area(2, 2, 2, 2),
      area(3, 3, 9, 4),
      area(3, 3, 9, 4),
      area(1, 4, 1_048_576, 6),
      area(4, 1, 6, 16_384),
    ]);
  });

  it("refuses what leaves the grid or is no reference without a sheet", () => {
    const refused = ["XFE1", "A0", "A1048577", "A1:A1048577", "B1:XFE2", "Sheet1!A1", "ABCD1", "A1B2", "", "A1:"];
    expect(refused.map(areaOfReference)).toEqual(refused.map(() => null));
    expect(["XFD1048576", "A1048576"].map(areaOfReference)).toEqual([
      area(1_048_576, 16_384, 1_048_576, 16_384),
      area(1_048_576, 1, 1_048_576, 1),
    ]);
  });
});

describe("areasReadBy", () => {
  it("takes the sheet's name in any letter case, quoted with its quotes doubled", () => {
    expect(areasReadBy("='phụ LỤC'!D2+'It''s'!A1", "Phụ lục")).toEqual([area(2, 4, 2, 4)]);
    expect(areasReadBy("='phụ LỤC'!D2+'It''s'!A1", "It's")).toEqual([area(1, 1, 1, 1)]);
  });

  it("reads nothing in what lies outside the grid: a name such as XFE1, row 1,048,577", () => {
    expect(areasReadBy("=XFE1+B2+A1048577", "S")).toEqual([area(2, 2, 2, 2)]);
  });
});
