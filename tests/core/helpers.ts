import { CellValue, SheetCells } from "../../src/core/cells";

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
