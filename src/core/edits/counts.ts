import { EditPlan } from "./types";

/** What a run changes, counted as staff read it: in the preview before, and in the result after. */
export interface EditCounts {
  /** Subtotal formulas written into the table. */
  readonly formulas: number;
  /** Numbers stored as text turned into numbers. */
  readonly converted: number;
  /** Cells coloured because they lost points or have an odd target. */
  readonly highlighted: number;
}

export function editCounts(edits: EditPlan): EditCounts {
  return {
    formulas: edits.tableEdits.filter((e) => e.content.kind === "formula").length,
    converted: edits.tableEdits.filter((e) => e.content.kind === "number").length,
    highlighted: edits.highlights?.fills.length ?? 0,
  };
}
