/**
 * A table without a maximum column: nothing to compare a score with, so apply writes no highlights (no rule, no
 * legend), and still writes the rest (src/xlsx/write.ts takes the highlights' step only when there are some).
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { apply, tempDir } from "./helpers";

const HEADER = ["STT", "Lĩnh vực, tiêu chí", "Điểm năm 2024", "Mục tiêu năm 2025", "Cơ quan chủ trì"];

describe("apply on a table without a maximum column", () => {
  it("writes the subtotals and the units' sheets, and no highlight", async () => {
    const dir = tempDir();
    const file = path.join(dir, "no-max.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KH");
    [
      HEADER,
      ["1", "Cải cách thể chế", 3, 5],
      ["1.1", "Ban hành văn bản", 3, 5, "Phòng Nội vụ"],
      [null, "Tổng", 3, 5],
    ].forEach((row) => ws.addRow(row));
    await wb.xlsx.writeFile(file);

    const out = await apply(file, path.join(dir, "out.xlsx"));
    const table = out.getWorksheet("KH")!;
    // The domain's score is now the SUM of its criterion's (row 3), as is the total's.
    expect([table.getCell("C2").formula, table.getCell("C4").formula]).toEqual(["SUM(C3)", "SUM(C2)"]);
    expect(out.worksheets.map((w) => w.name)).toContain("P. Nội vụ");
    const rules = (table as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(rules).toEqual([]);
  });
});
