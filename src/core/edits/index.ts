/** The edits a run makes, decided by the core and carried out by an adapter (Office.js or ExcelJS). */
export * from "./types";
export { HIGHLIGHT_COLORS, LEGEND_KINDS } from "./highlights";
export { ruleShape } from "./rule-shape";
export {
  ASSIGNMENT_COLUMNS,
  CODE_COLUMN,
  INPUT_COLUMNS,
  PROGRESS_COLORS,
  type KeptInputs,
  type ProgressInputs,
} from "./assignment";
export { progressRows, readKeptInputs } from "./kept-inputs";
export { planEdits, uniqueName, type PlannedRun } from "./plan";
export {
  prepareRun,
  prepareRestore,
  prepareClearHighlights,
  type RunInput,
  type PreparedRun,
  type PreparedUndo,
  type SheetNow,
  type SkippedCell,
} from "./run";
export * from "./state";
export { decodeState, type DecodedState } from "./state-decode";
export * from "./reconcile";
export { quoteSheet } from "./references";
export { cellsSumMisreads } from "./subtotals";
export { editCounts, type EditCounts } from "./counts";
