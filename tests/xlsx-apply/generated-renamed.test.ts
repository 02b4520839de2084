/** `apply` on a workbook whose generated sheets the user renamed: they are replaced in place, under the user's names. */
import * as path from "path";
import ExcelJS from "exceljs";
import { INPUT_COLUMNS } from "../../src/core/edits";
import { loadWorkbook } from "../../src/xlsx/load";
import { readState } from "../../src/xlsx/write";
import { apply, PASTED, sectionRows, sheet, sheetTitled, tempDir, variant, vi } from "./helpers";

const HOME = vi.sheets.assignmentTitle("Phòng Nội vụ");
const RENAMED = "Nội vụ 2024";
const PROGRESS = "Đang làm, 50%";

describe("apply after the user renamed generated sheets", () => {
  let once: ExcelJS.Workbook;
  let renamed: ExcelJS.Workbook;
  let twice: ExcelJS.Workbook;
  let home: string;
  let row: number;
  beforeAll(async () => {
    const dir = tempDir();
    once = await apply(PASTED, path.join(dir, "once.xlsx"));
    [home] = sheetTitled(once, HOME).map((ws) => ws.name);
    const file = await variant(path.join(dir, "once.xlsx"), path.join(dir, "renamed.xlsx"), (wb) => {
      const ws = sheet(wb, home);
      ws.name = RENAMED;
      row = sectionRows(ws, vi.sheets.leadSection).values().next().value!;
      ws.getCell(row, INPUT_COLUMNS[1]).value = PROGRESS;
      sheet(wb, vi.sheets.summaryName).name = "TH 2025";
    });
    renamed = await loadWorkbook(file);
    twice = await apply(file, path.join(dir, "twice.xlsx"));
  });

  it("makes no second sheet for the unit nor the summary: the same sheets in the same order", () => {
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(renamed.worksheets.map((ws) => ws.name));
    expect(twice.worksheets.map((ws) => ws.name)).not.toContain(home);
    expect(sheetTitled(twice, HOME).map((ws) => ws.name)).toEqual([RENAMED]);
    const summaries = twice.worksheets.filter((ws) => String(ws.getCell(1, 1).value).startsWith("TỔNG HỢP"));
    expect(summaries.map((ws) => ws.name)).toEqual(["TH 2025"]);
  });

  it("keeps what the unit typed there", () => {
    expect(sheet(twice, RENAMED).getCell(row, INPUT_COLUMNS[1]).value).toBe(PROGRESS);
  });

  it("remembers the sheets under the user's names, so that the next run replaces them again", () => {
    const names = readState(twice).generated.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining([RENAMED, "TH 2025"]));
    expect(names).not.toContain(home);
  });
});
