import { CellValue, SheetCells } from "../../src/core/cells";
import {
  EMPTY_STATE,
  encodeState,
  IDENTITY_COLUMNS,
  IDENTITY_ROWS,
  RunInput,
  SeenWorkbook,
  SheetDraft,
  SheetVisibility,
  STATE_SHEET,
  WorkbookState,
} from "../../src/core/edits";
import { Plan } from "../../src/core/model";

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

/** A sheet as an adapter sees it for reconcileState: visible unless said, its top cells from A1. */
export interface SheetSeenAs {
  readonly name: string;
  readonly top?: readonly (readonly CellValue[])[];
  readonly visibility?: SheetVisibility;
}

/** A workbook as an adapter sees it: `state` (a state, or the raw text) in its very hidden sheet, and the sheets. */
export function seenWith(state: WorkbookState | string | null, sheets: readonly SheetSeenAs[]): SeenWorkbook {
  const raw = typeof state === "string" ? [state] : state ? encodeState(state) : null;
  return {
    sheets: [
      ...sheets.map((s) => ({ name: s.name, visibility: s.visibility ?? "Visible", top: s.top ?? [] })),
      ...(raw ? [{ name: STATE_SHEET, visibility: "VeryHidden" as const, top: [] }] : []),
    ],
    stateCells: new Map(raw ? [[STATE_SHEET, raw]] : []),
  };
}

/** What an adapter reads of the top of a generated sheet a run drafted. */
export function topOf(draft: SheetDraft): CellValue[][] {
  return draft.cells
    .slice(0, IDENTITY_ROWS)
    .map((row) =>
      row.slice(0, IDENTITY_COLUMNS).map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null)),
    );
}
