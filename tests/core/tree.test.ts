/**
 * Criteria placed in their hierarchy (src/core/tree.ts): Arabic numbers under Roman domains only when the table has
 * bare Roman domains, rows before the first domain, letters, orphans and duplicates with what their issues say.
 */
import { RawCriterion } from "../../src/core/body";
import { parseCodeText } from "../../src/core/codes";
import { Issue } from "../../src/core/model";
import { placeCriteria } from "../../src/core/tree";

/** Criteria numbered `codes`, from row 2 down. */
function place(...codes: string[]) {
  const raw = codes.map((code, i): RawCriterion => ({
    row: i + 2,
    code: parseCodeText(code)!,
    name: "x",
    values: { max: null, score: null, target: null },
    tasks: [],
    leadTexts: [],
    supportTexts: [],
    continuationRows: [],
  }));
  const issues: Issue[] = [];
  const placed = placeCriteria(raw, issues);
  return { keys: placed.map((p) => [p.key, p.level, p.parentIndex, p.leaf]), issues };
}

describe("placeCriteria", () => {
  it("places a lettered item before any numbered row at the top", () => {
    expect(place("a)", "1")).toEqual({
      keys: [
        ["a", 1, null, true],
        ["1", 1, null, true],
      ],
      issues: [],
    });
  });

  it("puts Arabic numbers under a Roman domain only in a table with bare Roman domains", () => {
    // "I.1" is a criterion of domain I, not a domain: "1" stays a domain of its own.
    expect(place("I.1", "1").keys).toEqual([
      ["I.1", 2, null, true],
      ["1", 1, null, true],
    ]);
    // A number before the first domain stays at the top.
    expect(place("1", "I", "1").keys).toEqual([
      ["1", 1, null, true],
      ["I", 1, null, false],
      ["I.1", 2, 1, true],
    ]);
  });

  it("says which parent an orphan lacks, and where a duplicate number was first", () => {
    const { issues } = place("1", "1.2.1", "1");
    expect(issues).toEqual([
      { severity: "warning", kind: "orphan", row: 3, code: "1.2.1", field: null, params: { level: 3, parent: "1.2" } },
      {
        severity: "error",
        kind: "duplicate-code",
        row: 4,
        code: "1",
        field: null,
        params: { level: 1, code: "1", firstRow: 2 },
      },
    ]);
  });
});
