/**
 * `par-index apply` on a workbook whose first sheet is the user's notes and whose table comes second: the run works on
 * the table's sheet (src/xlsx/write-input.ts finds it by name, not by place), and OUT is marked for Excel to compute
 * its formulas on opening, since they are written without results (src/xlsx/write.ts).
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readZipEntries } from "../../src/xlsx/zip-package";
import { apply, tempDir } from "./helpers";

const NOTES = [["Ghi chú của phòng"], ["Hạn nộp: 15/01"]];

describe("apply on a table that is not the workbook's first sheet", () => {
  it("sums the table's rows, writes its numbers typed as text as numbers, leaves the notes before it as they were, and marks OUT to compute on opening", async () => {
    const dir = tempDir();
    const file = path.join(dir, "notes-first.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").addRows(NOTES);
    const ws = wb.addWorksheet("KH");
    [
      ["STT", "Lĩnh vực, tiêu chí", "Điểm năm 2024", "Mục tiêu năm 2025", "Cơ quan chủ trì"],
      ["1", "Cải cách thể chế", 3, 5],
      // A score typed as text, as pasted: apply writes it as the number it reads.
      ["1.1", "Ban hành văn bản", "3", 5, "Phòng Nội vụ"],
      [null, "Tổng", 3, 5],
    ].forEach((row) => ws.addRow(row));
    await wb.xlsx.writeFile(file);

    const output = path.join(dir, "out.xlsx");
    const out = await apply(file, output);
    const table = out.getWorksheet("KH")!;
    expect(table.getCell("C3").value).toBe(3);
    // The domain (row 2) sums its one criterion (row 3), the total (row 4) its one domain, in both score columns.
    expect(["C2", "D2", "C4", "D4"].map((a) => table.getCell(a).formula)).toEqual([
      "SUM(C3)",
      "SUM(D3)",
      "SUM(C2)",
      "SUM(D2)",
    ]);
    const notes = out.getWorksheet("Ghi chú")!;
    expect(
      notes
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual(NOTES);
    const workbookXml = readZipEntries(await fs.readFile(output))
      .find((e) => e.name === "xl/workbook.xml")!
      .data.toString("utf8");
    expect(/<calcPr\b[^>]*\bfullCalcOnLoad="1"/.test(workbookXml)).toBe(true);
  });
});
