/**
 * What collecting into the open workbook writes, and how it is taken back: each taken cell with what the master's
 * cell held when the preview was made (the adapter refuses to write if it changed since), and the state with those
 * cells kept in the backup of their sheet, so that Restore puts them back (the same backups a run keeps of the table).
 */
import { DateSystem } from "../cells";
import { backupOf, Content, extendBackup, WorkbookState } from "../edits";
import { Plan } from "../model";
import { CollectPlan, planCollect, ReturnedFile } from "./collect-plan";
import { MasterPlan } from "./unit-file-identity";
import { cellOf, Grid } from "./progress-layout";

export interface CollectWrite {
  /** The unit's assignment sheet in the master. */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly content: Content;
  /** What the master's cell held when the preview was read. */
  readonly was: Content;
}

/** The master as collect needs it: the plan's identity, units, and the assignment sheets the workbook still has. */
export function masterPlanOf(plan: Plan, state: WorkbookState, sheetNames: readonly string[]): MasterPlan {
  const present = new Set(sheetNames);
  return {
    planId: state.planId,
    tableSheet: plan.layout.sheet,
    units: new Set(plan.units.map((u) => u.name)),
    unitSheets: new Map(
      state.generated
        .filter((g) => g.kind === "assignment" && g.unit !== null && present.has(g.name))
        .map((g) => [g.unit!, g.name]),
    ),
  };
}

export function collectWrites(collected: CollectPlan, masterGrid: (sheet: string) => Grid): CollectWrite[] {
  return [...collected.edits].flatMap(([sheet, takes]) => {
    const grid = masterGrid(sheet);
    return takes.map((t) => ({ sheet, ...t, was: cellOf(grid, t.row, t.column) }));
  });
}

/** The workbook open in Excel, as the pane reads it for its unit files: the plan, its state, the assignment sheets. */
export interface OpenMaster {
  readonly plan: Plan;
  readonly state: WorkbookState;
  /** The assignment sheets' contents from A1, by the name of those the workbook has. */
  readonly contents: ReadonlyMap<string, Grid>;
  /** The workbook's file name as Excel gives it (Workbook.name), with or without its extension. */
  readonly fileName: string;
  readonly dateSystem: DateSystem;
}

const baseName = (name: string) =>
  name
    .normalize("NFC")
    .replace(/\.xls[xm]?$/i, "")
    .toLowerCase();

/**
 * The master's own file picked as a returned one: the pane cannot compare paths or bytes as the command line does,
 * so a file is the master when it carries the same plan's state (a unit file carries a mark instead) under the
 * open workbook's name.
 */
function isOpenMaster(file: ReturnedFile, master: OpenMaster): boolean {
  if (file.kind !== "read" || file.workbook.mark || !file.workbook.state) return false;
  const { planId } = file.workbook.state;
  return planId !== null && planId === master.state.planId && baseName(file.file) === baseName(master.fileName);
}

/** What collecting the returned files into the open workbook would take, and the cells it would write. */
export function previewCollect(
  master: OpenMaster,
  files: readonly ReturnedFile[],
): { readonly collected: CollectPlan; readonly writes: readonly CollectWrite[] } {
  const masterGrid = (sheet: string) => master.contents.get(sheet) ?? [];
  const collected = planCollect({
    master: masterPlanOf(master.plan, master.state, [...master.contents.keys()]),
    masterGrid,
    planCodes: new Set(master.plan.criteria.map((c) => c.code)),
    files: files.map((f): ReturnedFile =>
      isOpenMaster(f, master) ? { file: f.file, kind: "unreadable", reason: "is-master" } : f,
    ),
    dateSystem: master.dateSystem,
  });
  return { collected, writes: collectWrites(collected, masterGrid) };
}

/** The state after the writes: each sheet's backup keeps the first original of every cell written. */
export function stateAfterCollect(
  state: WorkbookState,
  writes: readonly CollectWrite[],
  current: (sheet: string, row: number, column: number) => Content,
): WorkbookState {
  const sheets = [...new Set(writes.map((w) => w.sheet))];
  return sheets.reduce(
    (next, sheet) =>
      extendBackup(
        next,
        sheet,
        writes.filter((w) => w.sheet === sheet),
        (row, column) => current(sheet, row, column),
      ),
    state,
  );
}

/** The assignment sheets whose collected cells Restore can put back. */
export function collectedSheets(state: WorkbookState): string[] {
  return state.generated
    .filter((g) => g.kind === "assignment" && backupOf(state, g.name).length > 0)
    .map((g) => g.name);
}
