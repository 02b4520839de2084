import * as path from "path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { CellValue, SheetCells } from "../../src/core/cells";
import { EMPTY_STATE, RunInput } from "../../src/core/edits";
import { Plan } from "../../src/core/model";
import { readWorkbookCells } from "../../src/xlsx/read";

export const HEADER: CellValue[] = [
  "STT",
  "Lĩnh vực, tiêu chí",
  "Điểm tối đa",
  "Điểm năm 2024",
  "Mục tiêu năm 2025",
  "Nhiệm vụ, giải pháp",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
];

/** A sheet whose A1 holds the seed-shaped header and whose next rows are `rows`. */
export function sheetOf(rows: CellValue[][], extra: Partial<SheetCells> = {}): SheetCells {
  return {
    name: "Phụ lục",
    top: 1,
    left: 1,
    values: [HEADER, ...rows],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    ...extra,
  };
}

/** The pasted seed, analysed: its plan and the cells of its table's sheet. */
export async function analysedSeed(): Promise<{ plan: Plan; sheet: SheetCells }> {
  const cells = await readWorkbookCells(path.join(__dirname, "..", "fixtures", "gia-nghia-2024.pasted.xlsx"));
  const result = analyzeWorkbook(cells);
  if (!result.ok) throw new Error("no table");
  return { plan: result.plan, sheet: cells.find((s) => s.name === result.plan.layout.sheet)! };
}

/** A first run of every operation on the seed, in Vietnamese; `over` changes what a test is about. */
export function seedRunInput(seed: { plan: Plan; sheet: SheetCells }, over: Partial<RunInput> = {}): RunInput {
  return {
    plan: seed.plan,
    sheet: seed.sheet,
    sheetNames: ["Phụ lục", "Ghi chú"],
    state: EMPTY_STATE,
    generatedCells: new Map(),
    current: () => ({ kind: "empty" }),
    operations: new Set(["subtotals", "highlights", "assignments", "summary"]),
    language: "vi",
    ...over,
  };
}
