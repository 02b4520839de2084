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
});
