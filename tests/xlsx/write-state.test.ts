/** The add-in's memory in an ExcelJS workbook (src/xlsx/write-state.ts): written, saved, read back. */
import ExcelJS from "exceljs";
import { EMPTY_STATE, reconcileState, WorkbookState } from "../../src/core/edits";
import { readState, seenWorkbookOf, writeState } from "../../src/xlsx/write-state";

describe("writeState, then readState", () => {
  it("keeps a state longer than a cell holds, spread down column A of a very hidden sheet, whole", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kế hoạch").getCell("A1").value = "Kế hoạch cải thiện";
    // 3,000 units of about 25 characters: some 80,000 characters of JSON, three cells of at most 32,767.
    const known = Array.from({ length: 3000 }, (_, i) => `Phòng chuyên môn số ${i + 1}`);
    const state: WorkbookState = { ...EMPTY_STATE, planId: "kh-2025", units: { aliases: {}, known } };
    writeState(wb, state, reconcileState(seenWorkbookOf(wb), null).stateSheet);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await wb.xlsx.writeBuffer());
    const sheet = read.worksheets[1];
    expect(sheet.state).toBe("veryHidden");
    const column = sheet.getColumn(1).values.slice(1) as string[];
    expect(column.map((chunk) => chunk.length > 0 && chunk.length <= 32_767)).toEqual([true, true, true]);
    expect(readState(read)).toEqual(state);
  });
});
