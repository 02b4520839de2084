import { CellArea, cellsInArea, SheetCells } from "../../core/cells";
import { userSheets } from "../../core/edits";
import { Plan } from "../../core/model";
import { analyzeWithState } from "../../core/analyze-with-state";
import type { Snapshot } from "../../office";

/** Where the pane looks for the table: the engine's pick, one sheet, or the range the user selected. */
export type Target =
  | { readonly kind: "auto" }
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "selection"; readonly sheet: string; readonly area: CellArea };

/** The cells the pane analysed and, when it found one, the table in them. */
export interface TableDetection {
  readonly cells: SheetCells;
  readonly plan: Plan | null;
}

/** The sheets that may hold the user's table: not the ones the add-in generated. */
export function tableSheets(snapshot: Snapshot): string[] {
  return userSheets(snapshot.sheetNames, snapshot.state);
}

/**
 * Analyses what the snapshot holds for the target. For "auto": the sheet the user's column choice is for,
 * else the best-recognised of the user's sheets. Null when the snapshot holds no cells to look at.
 */
export function detectTable(snapshot: Snapshot, target: Target): TableDetection | null {
  const { state, sheetNames } = snapshot;
  const users = new Set(tableSheets(snapshot));
  const candidates = snapshot.sheets.filter((s) => users.has(s.name));
  if (target.kind !== "auto") {
    const sheet = candidates.find((s) => s.name === target.sheet);
    if (!sheet) return null;
    const cells = target.kind === "selection" ? cellsInArea(sheet, target.area) : sheet;
    const result = analyzeWithState([cells], sheetNames, state, cells.name);
    return { cells, plan: result.ok ? result.plan : null };
  }
  const chosen = candidates.find((s) => s.name === state.layout?.sheet);
  if (chosen) return detectTable(snapshot, { kind: "sheet", sheet: chosen.name });
  const result = analyzeWithState(candidates, sheetNames, state);
  if (result.ok) return { cells: candidates.find((s) => s.name === result.plan.layout.sheet)!, plan: result.plan };
  const fallback = candidates.find((s) => s.name === snapshot.activeSheet) ?? candidates[0];
  return fallback ? { cells: fallback, plan: null } : null;
}
