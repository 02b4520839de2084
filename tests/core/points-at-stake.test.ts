import { analyzeSheet } from "../../src/core/analyze";
import { pointsAtStake } from "../../src/core/plan-totals";
import { Plan } from "../../src/core/model";
import { sheetOf } from "./helpers";

const [HOME, LAW, IT] = ["Phòng Nội vụ", "Phòng Tư pháp", "Văn phòng HĐND và UBND"];

/** Domain 1 led by HOME with sub-criteria of its own leads; domain 2 led by LAW as a whole; domain 3 by IT. */
function plan(): Plan {
  const analysed = analyzeSheet(
    sheetOf([
      ["1", "Chỉ đạo, điều hành", 6, 3, 6, "", HOME, ""],
      ["1.1", "Kế hoạch", 2, 1, 2, "t", HOME, ""],
      ["1.2", "Báo cáo", 4, 2, 4, "t", IT, ""],
      ["2", "Thể chế", 5, 4, 5, "", LAW, ""],
      ["2.1", "Ban hành văn bản", 3, 2.5, 3, "t", "", ""],
      ["2.2", "Rà soát", 2, 1.5, 2, "t", "", ""],
      ["3", "Thủ tục hành chính", 3, 3, 3, "t", IT, ""],
    ]),
  );
  if (!analysed) throw new Error("no table");
  return analysed;
}

const stake = (p: Plan, unit: string) =>
  pointsAtStake(
    p,
    p.units.find((u) => u.name === unit)!,
  );

describe("points at stake for a unit", () => {
  it("counts each leaf once when the unit leads both a group and one of its sub-criteria", () => {
    // 1.1 loses 1 and 1.2 loses 2: HOME leads the group, so both; not 1 again for leading 1.1 too.
    expect(stake(plan(), HOME)).toBe(3);
  });

  it("counts the sub-criteria of a group the unit leads as a whole", () => {
    expect(stake(plan(), LAW)).toBe(1);
  });

  it("counts the leaves a unit leads inside another unit's group, and nothing for a criterion at its maximum", () => {
    expect(stake(plan(), IT)).toBe(2);
  });
});
