/**
 * A leaf whose score is a formula reading its own group (`=D2/2` in a sub-criterion, D2 the domain): a SUM in D2
 * would read itself through the leaf. That subtotal is left as it is and told; the others are written.
 */
import { BOTH_ADAPTERS, changedCells, parseEveryPart, viaCommandLine, viaOffice } from "./tables";
import { CIRCULAR } from "./fixtures";

describe.each(BOTH_ADAPTERS)("a leaf reading its own domain, through %s", (_, via) => {
  let outcome: Awaited<ReturnType<typeof via>>;
  beforeAll(async () => {
    outcome = await via(CIRCULAR);
  }, 30_000);

  it("leaves the domain's score as it is, and writes every other subtotal", () => {
    expect(outcome.after.get("D2")).toBe(8);
    expect(changedCells(outcome).sort()).toEqual(["C2", "C4", "C6", "C8", "D4", "D6", "D8", "E2", "E4", "E6", "E8"]);
    // The group between them is written: the leaf reads the domain, not it.
    expect(outcome.after.get("D4")).toBe("=SUM(D5)");
    expect(outcome.after.get("D5")).toBe("=D2/2");
  });

  it("says which subtotal, which cell and which formula would have made the loop", () => {
    expect(outcome.told).toEqual([
      "Lĩnh vực 1, điểm năm 2024 (ô D2): không ghi công thức tổng vì ô D5 (=D2/2) lấy lại chính tổng điểm này, công thức sẽ thành tham chiếu vòng; ô giữ nguyên" +
        (outcome.notices === null ? "." : ""),
    ]);
  });
});

describe("a leaf reading its own domain, in the add-in's workbook", () => {
  it("leaves no circular reference: every formula computes", async () => {
    const { workbook } = await viaOffice(CIRCULAR);
    const values = workbook.values(CIRCULAR.sheet, "C2:E8").flat();
    expect(values.filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
    expect(workbook.cell(CIRCULAR.sheet, "D8").value).toBe(8 + 5);
  });
});

describe("a leaf reading its own domain, in apply's package", () => {
  it("writes only well-formed parts", async () => {
    const { out } = await viaCommandLine(CIRCULAR);
    expect((await parseEveryPart(out)).length).toBeGreaterThan(5);
  });
});
