/** The add-in's memory in the workbook: a very hidden sheet whose column A holds the encoded state. */
import ExcelJS from "exceljs";
import { decodeState, encodeState, STATE_SHEET, WorkbookState } from "../core/edits";

export function readState(workbook: ExcelJS.Workbook): WorkbookState {
  const ws = workbook.getWorksheet(STATE_SHEET);
  const chunks: unknown[] = [];
  ws?.getColumn(1).eachCell({ includeEmpty: false }, (cell) => chunks.push(cell.value));
  return decodeState(chunks);
}

/** Replaces the state sheet's contents; it goes last, so generated sheets keep their places between runs. */
export function writeState(workbook: ExcelJS.Workbook, state: WorkbookState): void {
  const old = workbook.getWorksheet(STATE_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  encodeState(state).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}
