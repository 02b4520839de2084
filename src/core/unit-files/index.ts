/** Unit files: what `split` sends each unit, and what `collect` takes back from them. */
export { planFingerprint } from "./plan-identity";
export { criterionLines, type Grid, type Section } from "./progress-layout";
export { MARK_SHEET, decodeMark, encodeMark, type UnitMark } from "./unit-mark";
export {
  unitFile,
  unitFileName,
  unitFilesOf,
  type UnitFile,
  type UnitFileInput,
  type UnitFilesSource,
} from "./unit-file-draft";
export {
  mergeUnitSheet,
  sameContent,
  type CellTake,
  type Conflict,
  type OutsideCell,
  type SheetMerge,
  type StrayCode,
} from "./collect-merge";
export { recogniseReturned, type MasterPlan, type ReturnedWorkbook, type SkipReason } from "./unit-file-identity";
export {
  planCollect,
  type CollectPlan,
  type CollectSkip,
  type ReturnedFile,
  type TakenSheet,
  type UnreadableReason,
} from "./collect-plan";
export {
  collectedSheets,
  collectWrites,
  masterPlanOf,
  previewCollect,
  stateAfterCollect,
  type CollectWrite,
  type OpenMaster,
} from "./collect-writes";
export { collectReportLines, shownProgress, skipReasonText } from "./collect-report";
