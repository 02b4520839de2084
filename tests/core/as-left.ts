import { CellArea } from "../../src/core/cells";
import { backupOf, contentOf, EMPTY, SheetNow, TableEdit, WorkbookState } from "../../src/core/edits";

/**
 * The sheet as the last run left it: every backed-up cell holds what the run wrote there, but for the `merges` the
 * user made since and the cells `since` holds (what the user typed, or what rows inserted or deleted moved there).
 */
export function asLeft(
  state: WorkbookState,
  sheet: string,
  merges: readonly CellArea[] = [],
  since: readonly TableEdit[] = [],
): SheetNow {
  const held = new Map(backupOf(state, sheet).map((c) => [`${c.row}:${c.column}`, contentOf(c.written)]));
  for (const e of since) held.set(`${e.row}:${e.column}`, e.content);
  return { merges, contentAt: (row, column) => held.get(`${row}:${column}`) ?? EMPTY };
}
