/** The sentence a user reads for an issue (src/core/issue-text.ts): where, which column of which year, the figures. */
import { issueMessage } from "../../src/core/issue-text";
import { Issue } from "../../src/core/model";

const years = { score: 2024, target: 2025 };
const above: Issue = {
  severity: "error",
  kind: "target-above-max",
  row: 5,
  code: "1.1",
  field: "target",
  params: { level: 2, value: 3.5, max: 3 },
};
const total: Issue = {
  severity: "error",
  kind: "total-mismatch",
  row: 40,
  code: null,
  field: "score",
  params: { stated: 80.25, computed: 81 },
};

describe("issueMessage", () => {
  it("names the criterion by its level, the column by its year, and writes figures as the language does", () => {
    expect(issueMessage(above, years, "vi")).toBe("Tiêu chí 1.1: mục tiêu năm 2025 là 3,5, cao hơn điểm tối đa 3");
    expect(issueMessage(above, years, "en")).toBe("Criterion 1.1: 2025 target is 3.5, above the maximum 3");
  });

  it("names the total row, and a column without its year when the header gives none", () => {
    expect(issueMessage(total, years, "vi")).toBe(
      "Dòng Tổng cộng: điểm năm 2024 ghi 80,25 nhưng tổng các tiêu chí là 81",
    );
    expect(issueMessage(total, { score: null, target: null }, "vi")).toBe(
      "Dòng Tổng cộng: điểm năm trước ghi 80,25 nhưng tổng các tiêu chí là 81",
    );
  });
});
