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
  stillAsWritten,
  withBackup,
  withHighlightsOn,
  WorkbookState,
} from "./state";
import { MergedAreas } from "./merged";
import { CellRef, cellsOfArea, Content, Operation, TableEdit } from "./types";

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

/**
 * A backed-up cell left as it is, and why: a merge the user made since hides it, or it no longer holds what the run
 * wrote (rows inserted or deleted moved another cell's content there, or the user typed over it). It stays in the
 * backup; the user is told which and why.
 */
export type SkippedCell = CellRef &
  ({ readonly kind: "merged"; readonly area: CellArea } | { readonly kind: "changed" });

/** The sheet as it is when Restore or Clear highlights runs. */
export interface SheetNow {
  readonly merges: readonly CellArea[];
  /** What a backed-up cell holds now. */
  readonly contentAt: (row: number, column: number) => Content;
}

export interface PreparedUndo {
  /** Table cells to put back as they were. */
  readonly tableEdits: readonly TableEdit[];
  /** Backed-up cells left as they are (they stay in the backup). */
  readonly skipped: readonly SkippedCell[];
  /** Highlights to remove (rules, one-by-one fills); their legend's colours go from `legendCells`. */
  readonly highlights: HighlightState | null;
  /** The legend's cells that still hold what the run wrote: the others are the user's now and keep their look. */
  readonly legendCells: readonly CellRef[];
  readonly nextState: WorkbookState;
}

/** Why a backed-up cell cannot be put back now, or null when it can. */
function skipOf(b: BackupCell, hidden: MergedAreas, now: SheetNow): SkippedCell | null {
  const area = hidden.hiding(b.row, b.column);
  if (area) return { kind: "merged", row: b.row, column: b.column, area };
  return stillAsWritten(b, now.contentAt(b.row, b.column)) ? null : { kind: "changed", row: b.row, column: b.column };
}

/** The backup cells that can be put back, and those that cannot (see SkippedCell): they stay in the backup. */
function puttingBack(
  cells: readonly BackupCell[],
  now: SheetNow,
): { tableEdits: TableEdit[]; kept: BackupCell[]; skipped: SkippedCell[] } {
  const hidden = new MergedAreas(now.merges);
  const tableEdits: TableEdit[] = [];
  const kept: BackupCell[] = [];
  const skipped: SkippedCell[] = [];
  for (const b of cells) {
    const skip = skipOf(b, hidden, now);
    if (skip) {
      kept.push(skip.kind === "merged" ? mergedOver(b) : b);
      skipped.push(skip);
    } else tableEdits.push({ row: b.row, column: b.column, content: b.content });
  }
  return { tableEdits, kept, skipped };
}

/**
 * A backed-up cell under another cell's merge: Excel emptied it when merging, so that is what it holds once the
 * user unmerges it, and a later Restore puts it back then (as the pane tells the user).
 */
const mergedOver = (b: BackupCell): BackupCell => (b.written === undefined ? b : { ...b, written: "" });

/** The legend's cells, but those skipped as changed: a cell the user's content moved into keeps its look. */
function legendCellsOf(highlights: HighlightState | null, skipped: readonly SkippedCell[]): CellRef[] {
  if (!highlights) return [];
  const changed = new Set(skipped.filter((s) => s.kind === "changed").map((s) => `${s.row}:${s.column}`));
  return cellsOfArea(highlights.legend).filter((c) => !changed.has(`${c.row}:${c.column}`));
}

/** Restore (Khôi phục): every changed cell of the table back to its original (see puttingBack), and no highlights. */
export function prepareRestore(state: WorkbookState, sheet: string, now: SheetNow): PreparedUndo {
  const { tableEdits, kept, skipped } = puttingBack(backupOf(state, sheet), now);
  const nextState = withBackup(afterRestore(state, sheet), sheet, kept);
  const highlights = highlightsOn(state, sheet);
  return { tableEdits, skipped, highlights, legendCells: legendCellsOf(highlights, skipped), nextState };
}

/** Clear highlights on a sheet: our conditional formats, fills and legend there go; subtotals and other sheets' stay. */
export function prepareClearHighlights(state: WorkbookState, sheet: string, now: SheetNow): PreparedUndo {
  const highlights = highlightsOn(state, sheet);
  if (!highlights) return { tableEdits: [], skipped: [], highlights: null, legendCells: [], nextState: state };
  const { legend } = highlights;
  const inLegend = (b: BackupCell) =>
    b.row >= legend.top && b.row <= legend.bottom && b.column >= legend.left && b.column <= legend.right;
  const backup = backupOf(state, sheet);
  const { tableEdits, kept, skipped } = puttingBack(backup.filter(inLegend), now);
  const rest = [...backup.filter((b) => !inLegend(b)), ...kept];
  return {
    tableEdits,
    skipped,
    highlights,
    legendCells: legendCellsOf(highlights, skipped),
    nextState: withHighlightsOn(withBackup(state, sheet, rest), sheet, null),
  };
}
