import { CellArea } from "../core/cells";

/** One `Range.merge` call: an area, merged whole or (across) each of its rows on its own. */
export interface MergeCall {
  readonly area: CellArea;
  readonly across: boolean;
}

/**
 * The merges of a new sheet as few `Range.merge` calls: one-row merges over the same columns in consecutive rows
 * (a unit's name over B:C in every row of a section) become one call with `across` (ExcelApi 1.2), so a request
 * carries one command for the run instead of one per row.
 */
export function mergeCalls(merges: readonly CellArea[]): MergeCall[] {
  const runs: CellArea[] = [];
  const oneRow = merges
    .filter((m) => m.top === m.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const m of oneRow) {
    const run = runs[runs.length - 1];
    if (run && run.left === m.left && run.right === m.right && run.bottom + 1 === m.top) {
      runs[runs.length - 1] = { ...run, bottom: m.top };
    } else runs.push(m);
  }
  return [
    ...runs.map((area) => ({ area, across: area.bottom > area.top })),
    ...merges.filter((m) => m.top !== m.bottom).map((area) => ({ area, across: false })),
  ];
}
