/**
 * Merged cells in the table, as Word tables paste: a domain's title merged across the name and point columns, a
 * leaf's point cells merged over its two rows, a group's maximum merged over its child's row, the total's label
 * merged across the point columns. No cell under another cell's merge is written; each subtotal left out is told.
 */
import ExcelJS from "exceljs";
import { messagesFor } from "../../src/i18n";
import { run } from "../../src/memory-excel";

const vi = messagesFor("vi");
import { BOTH_ADAPTERS, changedCells, parseEveryPart, viaCommandLine, viaOffice } from "./tables";
import { MERGED } from "./fixtures";

/** The subtotals that can be written: domain 2's three, and group 2.2's score and target. */
const WRITTEN = ["C5", "D5", "E5", "D8", "E8"];
/** Under a merge (or their own merge over the cell they would add): left as they are, each one told. */
const LEFT_OUT: readonly [string, string][] = [
  ["Lĩnh vực 1, điểm tối đa (ô C2)", "B2:E2"],
  ["Lĩnh vực 1, điểm năm 2024 (ô D2)", "B2:E2"],
  ["Lĩnh vực 1, mục tiêu năm 2025 (ô E2)", "B2:E2"],
  ["Tiêu chí 2.2, điểm tối đa (ô C8)", "C8:C9"],
  [`${vi.totalRow}, điểm tối đa (ô C10)`, "B10:E10"],
  [`${vi.totalRow}, điểm năm 2024 (ô D10)`, "B10:E10"],
  [`${vi.totalRow}, mục tiêu năm 2025 (ô E10)`, "B10:E10"],
];

describe.each(BOTH_ADAPTERS)("merged cells through %s", (_, via) => {
  let outcome: Awaited<ReturnType<typeof via>>;
  beforeAll(async () => {
    outcome = await via(MERGED);
  }, 30_000);

  it("writes the subtotals that are clear of merges, and changes no other cell of the table", () => {
    expect(changedCells(outcome).sort()).toEqual([...WRITTEN].sort());
    expect(outcome.after.get("C5")).toBe("=SUM(C6,C8)");
    expect(outcome.after.get("D8")).toBe("=SUM(D9)");
  });

  it("tells each subtotal it left out: which criterion, which cell, why", () => {
    expect(outcome.told).toHaveLength(LEFT_OUT.length);
    LEFT_OUT.forEach(([where, area], i) => {
      expect(outcome.told[i]).toContain(`${where}: không ghi công thức tổng vì vướng vùng ô gộp ${area}`);
      expect(outcome.told[i]).toContain("ô giữ nguyên");
    });
  });
});

describe("merged cells through par-index apply, in the package", () => {
  it("keeps every merge, puts the legend clear of them, and writes only well-formed parts", async () => {
    const { out } = await viaCommandLine(MERGED);
    const wb = await new ExcelJS.Workbook().xlsx.readFile(out);
    const ws = wb.getWorksheet(MERGED.sheet)!;
    expect([...ws.model.merges].sort()).toEqual([...MERGED.merges].sort());
    // J and K are under the empty merge J3:K4 in the legend's rows: it moves on to L.
    expect(ws.getCell("L1").value).toBe(messagesFor("vi").sheets.legendTitle);
    expect(ws.getCell("J1").value).toBeNull();
    expect((await parseEveryPart(out)).length).toBeGreaterThan(5);
  });

  it("says it in English with --lang en", async () => {
    const { told } = await viaCommandLine(MERGED, "en");
    expect(told[0]).toBe(
      "Domain 1, maximum (cell C2): no subtotal formula written, the merged cells B2:E2 are in the way (Excel keeps only the first cell of a merge); the cell is left as it is. To have a formula there, unmerge the cells and run again.",
    );
  });
});

describe("merged cells through the add-in, then Restore", () => {
  it("puts every cell back as it was, and leaves the merges", async () => {
    const outcome = await viaOffice(MERGED);
    const restored = await outcome.restore();
    expect([...restored.cells]).toEqual([...outcome.before]);
    expect(restored.skipped).toEqual([]);
    expect([...outcome.workbook.layout(MERGED.sheet).merges].sort()).toEqual([...MERGED.merges].sort());
  });
});

describe("Restore after the user merged over a subtotal the run wrote", () => {
  it("writes nothing under the merge, keeps that cell's original for a later Restore, and puts the rest back", async () => {
    const outcome = await viaOffice(MERGED);
    const wb = outcome.workbook;
    // The user merges C5:D5 (Excel keeps C5's content, D5's goes).
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(MERGED.sheet).getRange("C5:D5").merge(false);
      await context.sync();
    });
    const restored = await outcome.restore();
    expect(restored.cells.get("D5")).toBeNull();
    expect(restored.cells.get("C5")).toBe(outcome.before.get("C5"));
    expect(restored.cells.get("E5")).toBe(outcome.before.get("E5"));
    // The user is told which cell stayed and why.
    expect(restored.skipped).toEqual([
      { kind: "merged", row: 5, column: 4, area: { top: 5, left: 3, bottom: 5, right: 4 } },
    ]);
    expect(wb.layout(MERGED.sheet).merges).toContain("C5:D5");
    // Unmerged, a second Restore puts D5 back as it was.
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(MERGED.sheet).getRange("C5:D5").unmerge();
      await context.sync();
    });
    const again = await outcome.restore();
    expect(again.cells.get("D5")).toBe(outcome.before.get("D5"));
    expect(again.skipped).toEqual([]);
  });
});
