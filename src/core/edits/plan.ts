import { cellAddress, SheetCells } from "../cells";
import { Language, messagesFor } from "../../i18n";
import { Plan, POINT_FIELDS } from "../model";
import { assignSheetNames } from "../units";
import { AssignmentContext, assignmentSheet, KeptInputs } from "./assignment";
import { highlightEdits } from "./highlights";
import { subtotalEdits, textNumberEdits } from "./subtotals";
import { highlightsOn, STATE_SHEET, userSheets, WorkbookState } from "./state";
import { summarySheet } from "./summary";
import { EditPlan, Operation, SheetDraft, TableEdit } from "./types";

export interface PlanEditsInput {
  readonly plan: Plan;
  /** The cells of the table's sheet, as read for the analysis. */
  readonly sheet: SheetCells;
  readonly operations: ReadonlySet<Operation>;
  readonly language: Language;
  /** Every sheet in the workbook now. */
  readonly sheetNames: readonly string[];
  readonly state: WorkbookState;
  /** What units typed into their sheets on an earlier run, by unit name. */
  readonly kept: ReadonlyMap<string, KeptInputs>;
}

export interface PlannedRun {
  readonly edits: EditPlan;
  /** Sheets of an earlier run that this run replaces. */
  readonly replaces: readonly string[];
}

/** Turns an analysed plan into the edits a run makes; pure, so both adapters carry out the same thing. */
export function planEdits(input: PlanEditsInput): PlannedRun {
  const { plan, sheet, operations, state } = input;
  const m = messagesFor(input.language);
  const tableEdits: TableEdit[] = [];
  const wantsNumbers = operations.has("subtotals") || operations.has("highlights");
  if (wantsNumbers) tableEdits.push(...textNumberEdits(plan, sheet));
  if (operations.has("subtotals")) tableEdits.push(...subtotalEdits(plan));

  let highlights = null;
  if (operations.has("highlights")) {
    // A rerun keeps the legend where the last run put it, instead of pushing it further right.
    const previous = highlightsOn(state, plan.layout.sheet)?.legend;
    const made = highlightEdits(plan, sheet, m, previous?.left ?? null);
    if (made) {
      highlights = made.highlights;
      tableEdits.push(...made.legendEdits);
    }
  }

  const numericCells = numericCellsAfter(plan, sheet, tableEdits);
  const ctx: AssignmentContext = { plan, m, numericCells };
  const sheets: SheetDraft[] = [];
  const ownSheets = new Set(state.generated.map((g) => g.name));
  const taken = userSheets(input.sheetNames, state);
  const generated = operations.has("assignments") || operations.has("summary");
  if (generated) {
    const summaryName = uniqueName(m.sheets.summaryName, taken);
    const names = assignSheetNames(
      plan.units.map((u) => u.name),
      [...taken, summaryName, STATE_SHEET],
    );
    if (operations.has("summary")) sheets.push(summarySheet(ctx, summaryName));
    if (operations.has("assignments")) {
      for (const unit of plan.units) {
        sheets.push(assignmentSheet(ctx, unit, names.get(unit.name)!, input.kept.get(unit.name) ?? new Map()));
      }
    }
  }
  // Generated sheets of a kind this run makes are replaced; the others stay as they are.
  const kinds = new Set(sheets.map((s) => s.kind));
  const replaces = state.generated.filter((g) => kinds.has(g.kind) && ownSheets.has(g.name)).map((g) => g.name);
  return { edits: { sheet: plan.layout.sheet, tableEdits, highlights, sheets }, replaces };
}

/** Point cells of the table that hold numbers (or SUM formulas) once the table edits are made. */
function numericCellsAfter(plan: Plan, sheet: SheetCells, edits: readonly TableEdit[]): Set<string> {
  const out = new Set<string>();
  const top = sheet.top;
  const left = sheet.left;
  for (const c of plan.criteria) {
    for (const f of POINT_FIELDS) {
      const column = plan.layout.columns[f];
      if (column === undefined) continue;
      if (typeof sheet.values[c.row - top]?.[column - left] === "number") out.add(cellAddress(c.row, column));
    }
  }
  for (const e of edits)
    if (e.content.kind === "number" || e.content.kind === "formula") out.add(cellAddress(e.row, e.column));
  return out;
}

/** "Tổng hợp", or "Tổng hợp (2)" when the user has a sheet of that name. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
