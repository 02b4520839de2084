/** The add-in's memory in the workbook: a very hidden sheet whose column A holds the encoded state. */
import ExcelJS from "exceljs";
import {
  encodeState,
  IDENTITY_COLUMNS,
  IDENTITY_ROWS,
  Reconciled,
  reconcileState,
  SeenWorkbook,
  SheetVisibility,
  stateCandidates,
  WorkbookState,
} from "../core/edits";
import { toCellValue } from "./cell-value";

const VISIBILITY: Record<string, SheetVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** What reconcileState needs of the workbook: every sheet's visibility and top cells, and the state's column A. */
export function seenWorkbookOf(workbook: ExcelJS.Workbook): SeenWorkbook {
  const listed = workbook.worksheets.map((ws) => ({ name: ws.name, visibility: VISIBILITY[ws.state] ?? "Visible" }));
  const candidates = new Set(stateCandidates(listed));
  const sheets = workbook.worksheets.map((ws, i) => ({
    ...listed[i],
    top: candidates.has(ws.name)
      ? []
      : Array.from({ length: IDENTITY_ROWS }, (_, r) =>
          Array.from({ length: IDENTITY_COLUMNS }, (_, c) => toCellValue(ws.findCell(r + 1, c + 1)?.value)),
        ),
  }));
  const stateCells = new Map(
    workbook.worksheets
      .filter((ws) => candidates.has(ws.name))
      .map((ws) => {
        const chunks: unknown[] = [];
        ws.getColumn(1).eachCell({ includeEmpty: false }, (cell) => chunks.push(cell.value));
        return [ws.name, chunks];
      }),
  );
  return { sheets, stateCells };
}

/** Replaces the state sheet's contents; it goes last, so generated sheets keep their places between runs. */
export function writeState(
  workbook: ExcelJS.Workbook,
  state: WorkbookState,
  stateSheet: Reconciled["stateSheet"],
): void {
  const old = stateSheet.exists ? workbook.getWorksheet(stateSheet.name) : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(stateSheet.name, { state: "veryHidden" });
  encodeState(state).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}

/** The workbook's state as reconcileState reads it, before any table is known. */
export function readState(workbook: ExcelJS.Workbook): WorkbookState {
  return reconcileState(seenWorkbookOf(workbook), null).state;
}
