/**
 * The workbook as the pane sees it: the only place that calls Office.js. Every operation
 * costs a fixed number of syncs, whatever the table's size.
 */
import { Capabilities, detectCapabilities } from "./requirements";
import type { ApplyOutcome, ApplyRequest } from "./apply-run";
import { readSnapshot, selectCell, openSheet, Snapshot, SnapshotScope } from "./snapshot";
import type { ProgressSheets } from "./read-progress";
import type { UndoOutcome } from "./undo";
import { StopWatching, watchSheet } from "./watch";
import { WorkbookState } from "../core/edits";
import { openAsWorkbook, readUnitFilesSource, UnitFilesRead } from "./unit-files-source";
import type { CollectRequest } from "./collect-run";

export type { ApplyOutcome, ApplyRequest } from "./apply-run";
export type { Snapshot, SnapshotScope } from "./snapshot";
export type { Selection } from "./selection";
export type { Capabilities } from "./requirements";
export type { NumberSeparators } from "./culture";
export type { StopWatching } from "./watch";
export type { UnitFilesRead } from "./unit-files-source";
export type { CollectRequest } from "./collect-run";
export type { ProgressSheets } from "./read-progress";
export type { UndoOutcome } from "./undo";
export { HostError, type HostErrorKind } from "./host-error";
export { displayLanguageTag, hasExcelApi, isOfficeDarkTheme, whenOfficeReady } from "./environment";

export interface WorkbookHost {
  readonly capabilities: Capabilities;
  snapshot(scope: SnapshotScope): Promise<Snapshot>;
  apply(request: ApplyRequest): Promise<ApplyOutcome>;
  restore(sheet: string): Promise<UndoOutcome>;
  clearHighlights(sheet: string): Promise<UndoOutcome>;
  select(sheet: string, row: number, column: number): Promise<void>;
  openSheet(sheet: string): Promise<void>;
  saveChoices(change: (state: WorkbookState) => WorkbookState): Promise<WorkbookState>;
  /** Calls `onChange` when the sheet's cells change (not by the add-in, where Excel can tell); resolves to the stop. */
  watch(sheet: string, onChange: () => void): Promise<StopWatching>;
  /** The plan, its state and its assignment sheets' contents: what the files sent to units are made of. */
  readUnitFilesSource(sheet: string): Promise<UnitFilesRead>;
  /** Opens an .xlsx (base64) as a new workbook (capabilities.createWorkbook). */
  openAsWorkbook(base64: string): Promise<void>;
  /** Writes what the preview took from unit files into the assignment sheets, kept for restoreCollected. */
  collect(request: CollectRequest): Promise<WorkbookState>;
  /** Puts back every assignment sheet's cells that collect wrote. */
  restoreCollected(sheet: string): Promise<UndoOutcome>;
  /** The assignment sheets' values, for the follow-up. */
  readProgress(): Promise<ProgressSheets>;
}

/**
 * The host over the `Excel` and `Office` globals (real Excel, or the in-memory one in the playground).
 * `limits` lowers the request and response size, for tests of the splits that Excel on the web's limit forces.
 */
export function createOfficeHost(limits: { readonly payloadLimitBytes?: number } = {}): WorkbookHost {
  const capabilities = { ...detectCapabilities(), ...limits };
  // Writing (the edit plan and its undo) loads on the first write: the pane's first view only reads.
  const writing = () => import(/* webpackChunkName: "office-write" */ "./apply-run");
  const undoing = () => import(/* webpackChunkName: "office-undo" */ "./undo");
  const choosing = () => import(/* webpackChunkName: "office-choices" */ "./save-choices");
  const following = () => import(/* webpackChunkName: "office-follow-up" */ "./read-progress");
  const collecting = () => import(/* webpackChunkName: "office-collect" */ "./collect-run");
  return {
    capabilities,
    snapshot: (scope) => readSnapshot(scope, capabilities),
    apply: async (request) => (await writing()).applyRun(request, capabilities),
    restore: async (sheet) => (await undoing()).restoreTable(sheet, capabilities),
    clearHighlights: async (sheet) => (await undoing()).clearHighlights(sheet, capabilities),
    select: selectCell,
    openSheet,
    saveChoices: async (change) => (await choosing()).saveChoices(change),
    watch: watchSheet,
    readUnitFilesSource: (sheet) => readUnitFilesSource(sheet, capabilities),
    openAsWorkbook,
    collect: async (request) => (await collecting()).collectIntoWorkbook(request, capabilities),
    restoreCollected: async (sheet) => (await undoing()).restoreCollected(sheet, capabilities),
    readProgress: async () => (await following()).readProgress(),
  };
}
