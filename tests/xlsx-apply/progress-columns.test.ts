/** The assignment sheets' progress columns as `apply` writes them, and what units typed in the earlier layout. */
import * as path from "path";
import ExcelJS from "exceljs";
import { INPUT_COLUMNS } from "../../src/core/edits";
import { apply, CLEAN, sectionRows, sheet, sheetTitled, tempDir, variant, visibleContents, vi } from "./helpers";

/** A unit that leads criteria and supports others: both sections have rows. */
const HOME = "UBND các phường, xã";
const [DEADLINE, STATUS, RESULT, EVIDENCE] = INPUT_COLUMNS;
const HEADERS = ["Thời hạn", "Trạng thái", "Kết quả thực hiện", "Tài liệu kiểm chứng"];

/** ExcelJS reads data validations back cell by cell, in a property its typings leave out. */
const validationAt = (ws: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined =>
  (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model[
    address
  ];

const homeSheet = (wb: ExcelJS.Workbook) => sheetTitled(wb, vi.sheets.assignmentTitle(HOME))[0];

describe("the progress columns of an assignment sheet", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await apply(CLEAN, path.join(tempDir(), "once.xlsx"));
  });

  it("are headed Thời hạn, Trạng thái, Kết quả thực hiện, Tài liệu kiểm chứng in both sections", () => {
    const ws = homeSheet(wb);
    for (const title of [vi.sheets.leadSection, vi.sheets.supportSection]) {
      const rows = sectionRows(ws, title);
      const header = Math.min(...rows.values()) - 1;
      expect(INPUT_COLUMNS.map((c) => ws.getCell(header, c).value)).toEqual(HEADERS);
    }
  });

  it("take a date shown dd/mm/yyyy and a status from a drop-down list, on every criterion of both sections", () => {
    const ws = homeSheet(wb);
    const rows = [
      ...sectionRows(ws, vi.sheets.leadSection).values(),
      ...sectionRows(ws, vi.sheets.supportSection).values(),
    ];
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const date = validationAt(ws, ws.getCell(r, DEADLINE).address);
      expect(date).toMatchObject({ type: "date", operator: "greaterThanOrEqual", showErrorMessage: true });
      expect(ws.getCell(r, DEADLINE).numFmt).toBe("dd/mm/yyyy");
      expect(validationAt(ws, ws.getCell(r, STATUS).address)).toMatchObject({
        type: "list",
        formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"'],
      });
      expect(validationAt(ws, ws.getCell(r, RESULT).address)).toBeUndefined();
    }
  });
});

describe("what a unit typed in the earlier layout (Thời hạn, Tiến độ, Kết quả)", () => {
  const deadline = new Date(Date.UTC(2024, 5, 30));
  let dir: string;
  let carried: ExcelJS.Workbook;
  let rows: Map<string, number>;
  beforeAll(async () => {
    dir = tempDir();
    await apply(CLEAN, path.join(dir, "once.xlsx"));
    // The sheet as the earlier version wrote it: three progress columns, and what the unit typed there.
    const earlier = await variant(path.join(dir, "once.xlsx"), path.join(dir, "earlier.xlsx"), (wb) => {
      const ws = homeSheet(wb);
      for (const title of [vi.sheets.leadSection, vi.sheets.supportSection]) {
        const header = Math.min(...sectionRows(ws, title).values()) - 1;
        ["Thời hạn", "Tiến độ", "Kết quả", null].forEach((h, i) => (ws.getCell(header, DEADLINE + i).value = h));
      }
      const lead = sectionRows(ws, vi.sheets.leadSection);
      const [a, b] = [...lead.values()];
      ws.getCell(a, DEADLINE).value = deadline;
      ws.getCell(a, STATUS).value = "HOÀN THÀNH";
      ws.getCell(a, RESULT).value = "Đã ban hành kế hoạch";
      ws.getCell(b, DEADLINE).value = "quý III";
      ws.getCell(b, STATUS).value = "Đang làm, 50%";
      ws.getCell(b, RESULT).value = "Dự thảo xong";
    });
    carried = await apply(earlier, path.join(dir, "carried.xlsx"));
    rows = sectionRows(homeSheet(carried), vi.sheets.leadSection);
  });

  it("is carried into the new columns, matched by criterion: a status word becomes the status", () => {
    const ws = homeSheet(carried);
    const [a, b] = [...rows.values()];
    expect(INPUT_COLUMNS.map((c) => ws.getCell(a, c).value)).toEqual([
      deadline,
      "HOÀN THÀNH",
      "Đã ban hành kế hoạch",
      null,
    ]);
    // A progress that names no status is not lost: it goes into the result, before what was there.
    expect(INPUT_COLUMNS.map((c) => ws.getCell(b, c).value)).toEqual([
      "quý III",
      null,
      "Đang làm, 50%\nDự thảo xong",
      null,
    ]);
    expect(INPUT_COLUMNS.map((c) => ws.getCell(Math.min(...rows.values()) - 1, c).value)).toEqual(HEADERS);
  });

  it("stays as it is on the next run", async () => {
    const again = await apply(path.join(dir, "carried.xlsx"), path.join(dir, "again.xlsx"));
    expect(visibleContents(again)).toEqual(visibleContents(carried));
    expect(sheet(again, homeSheet(carried).name).getCell([...rows.values()][1], EVIDENCE).value).toBeNull();
  });
});
