/** A unit file as an .xlsx (what `split` writes and the pane offers), and a returned file read back for `collect`. */
import ExcelJS from "exceljs";
import { reconcileState } from "../core/edits";
import { decodeMark, encodeMark, MARK_SHEET, ReturnedWorkbook, UnitFile } from "../core/unit-files";
import { toCellValue } from "./cell-value";
import { contentsOf } from "./write-cell";
import { writeDraft } from "./write-sheets";
import { seenWorkbookOf } from "./write-state";

/** The unit's sheet, ready to fill in, and the mark in a very hidden sheet after it. */
export async function unitWorkbook(file: UnitFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Before the cells: their dates are written in it (write-cell.ts).
  workbook.properties.date1904 = file.dateSystem === "1904";
  const ws = workbook.addWorksheet(file.draft.name);
  writeDraft(ws, file.draft);
  // Protected without a password: the unit types only into its progress cells (the draft's input cells, left
  // unlocked), yet can lift it if it must.
  await ws.protect("", { formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true });
  const mark = workbook.addWorksheet(MARK_SHEET, { state: "veryHidden" });
  encodeMark(file.mark).forEach((chunk, i) => (mark.getCell(i + 1, 1).value = chunk));
  return workbook;
}

/** What collect needs of a returned workbook: each sheet's cells from A1, its mark, and its state if it has one. */
export function returnedWorkbook(workbook: ExcelJS.Workbook): ReturnedWorkbook {
  const seen = seenWorkbookOf(workbook);
  const markSheet = workbook.getWorksheet(MARK_SHEET);
  const markCells: unknown[] = [];
  markSheet?.getColumn(1).eachCell({ includeEmpty: false }, ({ value }) => markCells.push(value));
  // A plan workbook (a copy of the master) keeps its state in a very hidden sheet; a unit file has none.
  const state = seen.stateCells.size > 0 ? reconcileState(seen, null).state : null;
  const skipped = new Set([MARK_SHEET, ...seen.stateCells.keys()]);
  return {
    sheets: workbook.worksheets
      .filter((ws) => !skipped.has(ws.name))
      .map((ws) => ({ name: ws.name, grid: contentsOf(ws), title: toCellValue(ws.getCell(1, 1).value) })),
    mark: decodeMark(markCells),
    state: state && { planId: state.planId, generated: state.generated },
  };
}

/** The unit file as base64, as Excel.createWorkbook takes it; browser-safe (btoa), for the pane's lazy loading. */
export async function unitWorkbookBase64(file: UnitFile): Promise<string> {
  const bytes = new Uint8Array((await (await unitWorkbook(file)).xlsx.writeBuffer()) as ArrayBuffer);
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
