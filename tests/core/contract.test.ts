/**
 * `par-index inspect --json` (src/core/contract.ts, docs/cli-contract.md): each criterion's lead and support rows,
 * each issue with exactly the contract's fields and its message in the language asked for (Vietnamese unless said).
 */
import { toInspectJson } from "../../src/core/contract";
import { tableOf, U } from "./one-criterion";

const J = "Phòng Tư pháp";
// 1.1's target (4) is above its maximum (3), and so is domain 1's. Tư pháp supports 1.1.
const { plan } = tableOf([
  ["1", "Cải cách thể chế", 3, 2, 4],
  ["1.1", "Ban hành văn bản", 3, 2, 4, "- Rà soát", U, J],
  [null, "Tổng", 3, 2, 4],
]);

describe("the inspect JSON", () => {
  it("gives each criterion's and unit's lead and support", () => {
    const json = toInspectJson(plan);
    expect(json.criteria.map((c) => [c.code, c.lead, c.support])).toEqual([
      ["1", [], []],
      ["1.1", [U], [J]],
    ]);
    expect(json.units.map((u) => [u.name, u.lead, u.support])).toEqual([
      [U, [3], []],
      [J, [], [3]],
    ]);
  });

  it("gives each issue the contract's fields, its message in Vietnamese unless English is asked for", () => {
    const vi = toInspectJson(plan).issues.find((i) => i.code === "1.1");
    expect(vi).toEqual({
      severity: "error",
      kind: "target-above-max",
      row: 3,
      code: "1.1",
      field: "target",
      message: "Tiêu chí 1.1: mục tiêu năm 2025 là 4, cao hơn điểm tối đa 3",
    });
    const en = toInspectJson(plan, "en").issues.find((i) => i.code === "1.1");
    expect(en?.message).toBe("Criterion 1.1: 2025 target is 4, above the maximum 3");
  });
});
