/**
 * Merged cells in the table, as Word tables paste: a domain's title merged across the name and point columns, a
 * leaf's point cells merged over its two rows, a group's maximum merged over its child's row, the total's label
 * merged across the point columns. No cell under another cell's merge is written; each subtotal left out is told.
 */
import ExcelJS from "exceljs";
import { messagesFor } from "../../src/i18n";
import { run } from "../../src/memory-excel";

const vi = messagesFor("vi");
import { changedCells, HEADER, parseEveryPart, UserTable, viaCommandLine, viaOffice } from "./tables";

const TABLE: UserTable = {
  sheet: "Phụ lục",
  rows: [
    HEADER,
    ["1", "Công tác chỉ đạo, điều hành", null, null, null, null, null, null],
    ["1.1", "Kế hoạch CCHC", 4, 3, 4, "Ban hành kế hoạch", "Phòng Nội vụ", ""],
    ["1.2", "Báo cáo CCHC", 2, 2, 2, "Báo cáo đúng hạn", "Phòng Nội vụ", ""],
    ["2", "Cải cách thể chế", 10, 7, 9, null, null, null],
    ["2.1", "Văn bản quy phạm pháp luật", 4, 3, 4, "Rà soát văn bản", "Phòng Tư pháp", ""],
    [null, null, null, null, null, "Kiểm tra việc thi hành", null, null],
    ["2.2", "Kiểm tra văn bản", 6, 4, 5, null, null, null],
    ["2.2.1", "Tự kiểm tra", null, 4, 5, "Tự kiểm tra định kỳ", "Phòng Tư pháp", ""],
    [null, "Tổng cộng", null, null, null, null, null, null],
  ],
  merges: [
    "B2:E2", // the domain's title over its point cells
    "C6:C7", // a leaf's points over its two rows
    "D6:D7",
    "E6:E7",
    "C8:C9", // a group's maximum over its child's row
    "B10:E10", // the total's label over the point columns
    "J3:K4", // an empty merge where the legend would go
  ],
};

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

describe.each([
  ["par-index apply", viaCommandLine],
  ["the add-in (Office.js)", viaOffice],
])("merged cells through %s", (_, via) => {
  let outcome: Awaited<ReturnType<typeof via>>;
  beforeAll(async () => {
    outcome = await via(TABLE);
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
    const { out } = await viaCommandLine(TABLE);
    const wb = await new ExcelJS.Workbook().xlsx.readFile(out);
    const ws = wb.getWorksheet(TABLE.sheet)!;
    expect([...ws.model.merges].sort()).toEqual([...TABLE.merges].sort());
    // J and K are under the empty merge J3:K4 in the legend's rows: it moves on to L.
    expect(ws.getCell("L1").value).toBe(messagesFor("vi").sheets.legendTitle);
    expect(ws.getCell("J1").value).toBeNull();
    expect((await parseEveryPart(out)).length).toBeGreaterThan(5);
  });

  it("says it in English with --lang en", async () => {
    const { told } = await viaCommandLine(TABLE, "en");
    expect(told[0]).toBe(
      "Domain 1, maximum (cell C2): no subtotal formula written, the merged cells B2:E2 are in the way (Excel keeps only the first cell of a merge); the cell is left as it is. To have a formula there, unmerge the cells and run again.",
    );
  });
});

describe("merged cells through the add-in, then Restore", () => {
  it("puts every cell back as it was, and leaves the merges", async () => {
    const outcome = await viaOffice(TABLE);
    const restored = await outcome.restore();
    expect([...restored]).toEqual([...outcome.before]);
    expect([...outcome.workbook.layout(TABLE.sheet).merges].sort()).toEqual([...TABLE.merges].sort());
  });
});

describe("Restore after the user merged over a subtotal the run wrote", () => {
  it("writes nothing under the merge, keeps that cell's original for a later Restore, and puts the rest back", async () => {
    const outcome = await viaOffice(TABLE);
    const wb = outcome.workbook;
    // The user merges C5:D5 (Excel keeps C5's content, D5's goes).
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(TABLE.sheet).getRange("C5:D5").merge(false);
      await context.sync();
    });
    const restored = await outcome.restore();
    expect(restored.get("D5")).toBeNull();
    expect(restored.get("C5")).toBe(outcome.before.get("C5"));
    expect(restored.get("E5")).toBe(outcome.before.get("E5"));
    expect(wb.layout(TABLE.sheet).merges).toContain("C5:D5");
    // Unmerged, a second Restore puts D5 back as it was.
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(TABLE.sheet).getRange("C5:D5").unmerge();
      await context.sync();
    });
    expect((await outcome.restore()).get("D5")).toBe(outcome.before.get("D5"));
  });
});
