/** Localities after a unit's name (src/core/units/localities.ts): a two-word locality is known by both its words. */
import { createUnitResolver } from "../../src/core/units";

describe("a unit's locality", () => {
  it("tells 'thị trấn' from 'thị xã', which start with the same word", () => {
    // One table each: a unit named with the table's locality takes the locality the table names most.
    const resolve = (cell: string) => createUnitResolver([cell]).resolve(cell);
    expect([resolve("Công an thị trấn Đức An"), resolve("Công an thị xã Buôn Hồ")]).toEqual([
      ["Công an thị trấn"],
      ["Công an thị xã"],
    ]);
  });

  it("takes a unit written with or without the locality after it for one unit", () => {
    // Not in the dictionary: the unit is known by its words without the trailing locality.
    const cells = ["Trạm Y tế xã", "Trạm Y tế xã", "Trạm Y tế"];
    const resolver = createUnitResolver(cells);
    expect(cells.map((cell) => resolver.resolve(cell))).toEqual(cells.map(() => ["Trạm Y tế xã"]));
  });

  it("keeps a locality word that does not end the unit's name", () => {
    // The health stations of wards 3 and 4: two units, not one "Trạm Y tế" of a ward.
    const cells = ["Trạm Y tế phường 3", "Trạm Y tế phường 4"];
    const resolver = createUnitResolver(cells);
    expect(cells.map((cell) => resolver.resolve(cell))).toEqual([["Trạm Y tế phường 3"], ["Trạm Y tế phường 4"]]);
  });
});
