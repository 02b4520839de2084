/**
 * The plan's identity made from its table (src/core/unit-files/plan-identity.ts): it depends on what the cells hold,
 * where they are on the sheet and the sheet's name, never on where the adapter started reading.
 */
import { CellValue, SheetCells } from "../../src/core/cells";
import { planFingerprint } from "../../src/core/unit-files/plan-identity";

const table = (values: CellValue[][], top = 1, left = 1, name = "Phụ lục"): SheetCells => ({
  name,
  top,
  left,
  values,
  merges: [],
  hiddenRows: [],
  hiddenColumns: [],
});

describe("planFingerprint", () => {
  it("is the same for the same cells read from another first row or column", () => {
    const fromA1 = planFingerprint(
      table([
        [null, null],
        [null, "1.1"],
      ]),
    );
    expect(planFingerprint(table([["1.1"]], 2, 2))).toBe(fromA1);
    expect(planFingerprint(table([[null, "1.1"]], 2, 1))).toBe(fromA1);
    expect(fromA1).toMatch(/^[0-9a-f]{16}$/);
  });

  it("differs for another value, the same value elsewhere, or another sheet name", () => {
    const ids = [
      table([["1.1"]]),
      table([["1.2"]]),
      table([[1.1]]),
      table([["1.1"]], 2),
      table([["1.1"]], 1, 2),
      table([["1.1"]], 1, 1, "Phụ lục 2"),
    ].map(planFingerprint);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
