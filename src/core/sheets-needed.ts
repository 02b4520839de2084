import { SheetCells } from "./cells";
import { WorkbookState } from "./edits";
import { Grid } from "./grid";
import { findHeader } from "./header";

/**
 * A sheet with more cells than this is read only at its top unless the plan may be on it or the state names it
 * (sheetsNeededWhole), by the command line (src/xlsx/set-aside.ts) and the add-in (src/office/snapshot.ts): the
 * sample plan's sheet has 444 cells, an 8,000-criterion table 61,000.
 */
export const LARGE_SHEET_CELLS = 100_000;

/**
 * Which of the sheets read only at their top (a large sheet: src/xlsx/set-aside.ts) must be read whole: one that
 * the state names (a generated sheet, or the table's chosen layout, backup or highlights), or one whose top holds
 * what findHeader takes for a plan's header. findHeader looks no further than HEADER_SEARCH_ROWS below a sheet's
 * first value, so a top of that many rows shows every header the whole sheet could.
 */
export function sheetsNeededWhole(tops: readonly SheetCells[], state: WorkbookState): string[] {
  const named = new Set([
    ...state.generated.map((g) => g.name),
    ...state.backups.map((b) => b.sheet),
    ...state.highlights.map((h) => h.sheet),
    ...(state.layout ? [state.layout.sheet] : []),
  ]);
  return tops.filter((top) => named.has(top.name) || findHeader(new Grid(top)) !== null).map((top) => top.name);
}
