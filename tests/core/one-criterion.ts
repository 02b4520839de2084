/** The smallest plan a run generates sheets for: one domain, one criterion led by one unit, a total row. */
import { CellValue, SheetCells } from "../../src/core/cells";
import { analyzeSheet } from "../../src/core/analyze";
import { Operation, prepareRun, SheetDraft } from "../../src/core/edits";
import { Plan } from "../../src/core/model";
import { seedRunInput, sheetOf } from "./helpers";

export const U = "Phòng Nội vụ";
export const ONE_CRITERION: CellValue[][] = [
  ["1", "Cải cách thể chế", 3, 2, 3],
  ["1.1", "Ban hành văn bản", 3, 2, 3, "- Rà soát", U],
  [null, "Tổng", 3, 2, 3],
];

/** The same domain with a second criterion, led by a second unit: the smallest plan sending two unit files. */
export const J = "Phòng Tư pháp";
export const TWO_UNITS: CellValue[][] = [
  ["1", "Cải cách thể chế", 5, 3, 5],
  ["1.1", "Ban hành văn bản", 3, 2, 3, "- Rà soát", U],
  ["1.2", "Kiểm tra văn bản", 2, 1, 2, "- Kiểm tra", J],
  [null, "Tổng", 5, 3, 5],
];

/** Columns A..G of a criterion's row on a generated sheet, as the Vietnamese headers name them for this table. */
export const CRITERION_COLUMNS = [
  "STT",
  "Tiêu chí",
  "Tên tiêu chí",
  "Điểm tối đa",
  "Điểm năm 2024",
  "Điểm bị mất",
  "Mục tiêu năm 2025",
];

/** The table `rows` on sheet "Phụ lục" under `header` (the seed's by default) in row 1, and its plan. */
export function tableOf(rows: CellValue[][] = ONE_CRITERION, header?: CellValue[]): { plan: Plan; sheet: SheetCells } {
  const sheet = header ? { ...sheetOf(rows), values: [header, ...rows] } : sheetOf(rows);
  return { plan: analyzeSheet(sheet) as Plan, sheet };
}

/** The sheets a first run in Vietnamese drafts for the table `rows` (see tableOf). */
export function draftsOf(
  operations: Operation[],
  rows: CellValue[][] = ONE_CRITERION,
  header?: CellValue[],
): readonly SheetDraft[] {
  return prepareRun(seedRunInput(tableOf(rows, header), { operations: new Set(operations) })).edits.sheets;
}
