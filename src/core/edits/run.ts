import { Language } from "../../i18n";
import { CellArea, SheetCells } from "../cells";
import { Plan } from "../model";
import { KeptInputs } from "./assignment";
import { readKeptInputs } from "./kept-inputs";
import { planEdits, PlannedRun } from "./plan";
import { planFingerprint } from "../unit-files/plan-identity";
import { unitInTitle } from "./reconcile";
import {
  afterRestore,
  BackupCell,
  backupOf,
  extendBackup,
  GeneratedSheet,
  HighlightState,
  highlightsOn,
  withBackup,
  withHighlightsOn,
  WorkbookState,
} from "./state";
import { MergedAreas } from "./merged";
import { Content, Operation, TableEdit } from "./types";

/** What an adapter has read before a run. */
export interface RunInput {
  readonly plan: Plan;
  readonly sheet: SheetCells;
  readonly sheetNames: readonly string[];
  readonly state: WorkbookState;
  /** The cells of the earlier assignment sheets from A1, by sheet name: what units typed there is kept. */
  readonly generatedCells: ReadonlyMap<string, readonly (readonly Content[])[]>;
  /** What a table cell holds now (formula or constant), for the backup. */
  readonly current: (row: number, column: number) => Content;
  readonly operations: ReadonlySet<Operation>;
  readonly language: Language;
}

export interface PreparedRun extends PlannedRun {
  /** The state to save with this run's changes. */
  readonly nextState: WorkbookState;
}

/** Everything a run decides, before an adapter writes a single cell. */
export function prepareRun(given: RunInput): PreparedRun {
  const input = { ...given, state: withUnitsOfPlan(given.state, given.plan) };
  const kept = new Map<string, KeptInputs>();
  for (const g of input.state.generated) {
    const cells = input.generatedCells.get(g.name);
    if (g.kind === "assignment" && g.unit && cells) kept.set(g.unit, readKeptInputs(cells));
  }
  const formulaAt = (row: number, column: number) => {
    const content = input.current(row, column);
    return content.kind === "formula" ? content.formula : null;
  };
  const planned = planEdits({ ...input, kept, formulaAt });
  const { edits, replaces } = planned;
  const replaced = new Set(replaces);
  const generated: GeneratedSheet[] = [
    ...input.state.generated.filter((g) => !replaced.has(g.name)),
    ...edits.sheets.map((s) => ({ name: s.name, kind: s.kind, unit: s.unit })),
  ];
  const planId = input.state.planId ?? planFingerprint(input.sheet);
  // A replaced sheet's cells collected from unit files cannot be put back by row: its rows are written anew.
  const backups = input.state.backups.filter((b) => !replaced.has(b.sheet));
  let nextState = extendBackup(
    { ...input.state, planId, generated, backups },
    edits.sheet,
    edits.tableEdits,
    input.current,
  );
  if (edits.highlights) {
    const { rules, legend } = edits.highlights;
    nextState = withHighlightsOn(nextState, edits.sheet, { rules, fills: [], legend });
  }
  return { ...planned, nextState };
}

/**
 * A generated sheet known again only by its title (a damaged state rebuilt) names its unit in upper case: it takes
 * the name of the plan's unit it writes, so that the sheet is replaced in place and keeps what the unit typed.
 */
function withUnitsOfPlan(state: WorkbookState, plan: Plan): WorkbookState {
  const names = new Set(plan.units.map((u) => u.name));
  const byTitle = new Map(plan.units.map((u) => [unitInTitle(u.name), u.name]));
  const unitOf = (unit: string) => (names.has(unit) ? unit : (byTitle.get(unitInTitle(unit)) ?? unit));
  if (state.generated.every((g) => g.unit === null || names.has(g.unit))) return state;
  return { ...state, generated: state.generated.map((g) => (g.unit === null ? g : { ...g, unit: unitOf(g.unit) })) };
}

/** A backed-up cell not put back because a merge the user made since hides it: the user is told which and why. */
export interface SkippedUnderMerge {
  readonly row: number;
  readonly column: number;
  readonly area: CellArea;
}

export interface PreparedUndo {
  /** Table cells to put back as they were. */
  readonly tableEdits: readonly TableEdit[];
  /** Backed-up cells left as they are (they stay in the backup). */
  readonly skipped: readonly SkippedUnderMerge[];
  /** Highlights to remove (rules, one-by-one fills, the legend's fills). */
  readonly highlights: HighlightState | null;
  readonly nextState: WorkbookState;
}

/**
 * The backup cells that can be put back, and those the user has since put under another cell's merge: they are not
 * written but stay in the backup, so that a later Restore, once unmerged, puts them back too.
 */
function puttingBack(
  cells: readonly BackupCell[],
  merges: readonly CellArea[],
): { tableEdits: TableEdit[]; kept: BackupCell[]; skipped: SkippedUnderMerge[] } {
  const hidden = new MergedAreas(merges);
  const tableEdits: TableEdit[] = [];
  const kept: BackupCell[] = [];
  const skipped: SkippedUnderMerge[] = [];
  for (const b of cells) {
    const area = hidden.hiding(b.row, b.column);
    if (area) {
      kept.push(b);
      skipped.push({ row: b.row, column: b.column, area });
    } else tableEdits.push({ row: b.row, column: b.column, content: b.content });
  }
  return { tableEdits, kept, skipped };
}

/** Restore (Khôi phục): every changed cell of the table back to its original (see puttingBack), and no highlights. */
export function prepareRestore(state: WorkbookState, sheet: string, merges: readonly CellArea[] = []): PreparedUndo {
  const { tableEdits, kept, skipped } = puttingBack(backupOf(state, sheet), merges);
  const nextState = withBackup(afterRestore(state, sheet), sheet, kept);
  return { tableEdits, skipped, highlights: highlightsOn(state, sheet), nextState };
}

/** Clear highlights on a sheet: our conditional formats, fills and legend there go; subtotals and other sheets' stay. */
export function prepareClearHighlights(
  state: WorkbookState,
  sheet: string,
  merges: readonly CellArea[] = [],
): PreparedUndo {
  const highlights = highlightsOn(state, sheet);
  if (!highlights) return { tableEdits: [], skipped: [], highlights: null, nextState: state };
  const { legend } = highlights;
  const inLegend = (b: BackupCell) =>
    b.row >= legend.top && b.row <= legend.bottom && b.column >= legend.left && b.column <= legend.right;
  const backup = backupOf(state, sheet);
  const { tableEdits, kept, skipped } = puttingBack(backup.filter(inLegend), merges);
  const rest = [...backup.filter((b) => !inLegend(b)), ...kept];
  return {
    tableEdits,
    skipped,
    highlights,
    nextState: withHighlightsOn(withBackup(state, sheet, rest), sheet, null),
  };
}
