/** The smallest plan a run generates sheets for: one domain, one criterion led by one unit, a total row. */
import { CellValue } from "../../src/core/cells";
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

/** The sheets a first run in Vietnamese drafts for the table `rows` (on sheet "Phụ lục", `header` in row 1). */
export function draftsOf(
  operations: Operation[],
  rows: CellValue[][] = ONE_CRITERION,
  header?: CellValue[],
): readonly SheetDraft[] {
  const sheet = header ? { ...sheetOf(rows), values: [header, ...rows] } : sheetOf(rows);
  const plan = analyzeSheet(sheet) as Plan;
  return prepareRun(seedRunInput({ plan, sheet }, { operations: new Set(operations) })).edits.sheets;
}
