import { CellArea, cellAddress, SheetCells } from "../cells";
import { Language, Messages, messagesFor } from "../../i18n";
import { Plan, POINT_FIELDS } from "../model";
import { assignSheetNames } from "../units";
import { AssignmentContext, assignmentSheet, KeptInputs } from "./assignment";
import { highlightEdits } from "./highlights";
import { subtotalEdits, textNumberEdits } from "./subtotals";
import { userSheets } from "./reconcile";
import { GeneratedSheet, highlightsOn, STATE_SHEET, WorkbookState } from "./state";
import { summarySheet } from "./summary";
import { FormulaAt } from "./circular";
import { CodeOfText, draftWithinLimits, tableEditsWithinLimits } from "./excel-limits";
import { clearOfMerges, MergedAreas } from "./merged";
import { EditNotice, EditPlan, GeneratedKind, Operation, SheetDraft, TableEdit } from "./types";

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
  /** The formulas of the table's sheet, to find circular references before writing; a preview goes without. */
  readonly formulaAt?: FormulaAt;
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
  const notices: EditNotice[] = [];
  const merges = new MergedAreas(sheet.merges);
  const wantsNumbers = operations.has("subtotals") || operations.has("highlights");
  if (wantsNumbers) tableEdits.push(...textNumberEdits(plan, sheet));
  if (operations.has("subtotals")) {
    const within = dataArea(sheet);
    const made = subtotalEdits(plan, { name: sheet.name, merges, within, formulaAt: input.formulaAt ?? null });
    tableEdits.push(...made.edits);
    notices.push(...made.notices);
  }

  let highlights = null;
  if (operations.has("highlights")) {
    // A rerun keeps the legend where the last run put it, instead of pushing it further right.
    const previous = highlightsOn(state, plan.layout.sheet)?.legend;
    const made = highlightEdits(plan, sheet, m, previous?.left ?? null, merges);
    if (made?.kind === "made") {
      highlights = made.highlights;
      tableEdits.push(...made.legendEdits);
    }
    if (made?.kind === "no-legend-room") {
      const column = Math.min(...Object.values(plan.layout.columns));
      notices.push({ kind: "no-legend-room", sheet: null, row: made.top, column, bottom: made.bottom });
    }
  }

  // Merges hide cells the user sees as one: whatever would be written under one is left out and told.
  const clear = clearOfMerges(tableEdits, merges);
  const codeOf = codeOfText(plan);
  const fitting = tableEditsWithinLimits(clear.kept, codeOf);
  notices.push(...clear.notices, ...fitting.notices);
  const numericCells = numericCellsAfter(plan, sheet, fitting.kept);
  const ctx: AssignmentContext = { plan, m, numericCells };
  const sheets: SheetDraft[] = [];
  // Sheets of earlier runs still in the workbook; one the user deleted has nothing left to replace.
  const earlier = state.generated.filter((g) => input.sheetNames.includes(g.name));
  if (operations.has("assignments") || operations.has("summary")) {
    const names = generatedNames(input, earlier, m);
    // The summary's progress section reads the assignment sheets this run makes: their layout is known.
    const unitSheets = operations.has("assignments") ? names.units : null;
    if (operations.has("summary")) sheets.push(summarySheet(ctx, names.summary, unitSheets));
    if (operations.has("assignments")) {
      for (const unit of plan.units) {
        sheets.push(assignmentSheet(ctx, unit, names.units.get(unit.name)!, input.kept.get(unit.name) ?? new Map()));
      }
    }
  }
  // Generated sheets of a kind this run makes are replaced; the others stay as they are.
  const kinds = new Set(sheets.map((s) => s.kind));
  const replaces = earlier.filter((g) => kinds.has(g.kind)).map((g) => g.name);
  const drafts = sheets.map((d) => draftWithinLimits(d, codeOf));
  notices.push(...drafts.flatMap((d) => d.notices));
  return {
    edits: {
      sheet: plan.layout.sheet,
      tableEdits: fitting.kept,
      highlights,
      sheets: drafts.map((d) => d.draft),
      notices,
    },
    replaces,
  };
}

/**
 * The names of this run's sheets. A unit (or the summary) whose sheet of an earlier run is still in the workbook keeps
 * that sheet's name, the user's if they renamed it, so that it is replaced in place. New sheets take names clear of
 * every sheet the workbook keeps: the user's, and ours but for those of units gone from the plan, which this run removes.
 */
function generatedNames(
  input: PlanEditsInput,
  earlier: readonly GeneratedSheet[],
  m: Messages,
): { summary: string; units: Map<string, string> } {
  const { plan, state, operations } = input;
  const earlierName = (kind: GeneratedKind, unit: string | null) =>
    earlier.find((g) => g.kind === kind && g.unit === unit)?.name;
  const inPlan = new Set(plan.units.map((u) => u.name));
  const removed = (g: GeneratedSheet) =>
    operations.has("assignments") && g.kind === "assignment" && !inPlan.has(g.unit ?? "");
  const taken = [
    ...userSheets(input.sheetNames, state),
    ...earlier.filter((g) => !removed(g)).map((g) => g.name),
    STATE_SHEET,
  ];
  const summary = earlierName("summary", null) ?? uniqueName(m.sheets.summaryName, taken);
  const fresh = plan.units.map((u) => u.name).filter((u) => earlierName("assignment", u) === undefined);
  const computed = assignSheetNames(fresh, [...taken, summary]);
  const units = new Map(plan.units.map((u) => [u.name, earlierName("assignment", u.name) ?? computed.get(u.name)!]));
  return { summary, units };
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

/** The rectangle of the sheet's cells that were read. */
function dataArea(sheet: SheetCells): CellArea {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 1);
  return {
    top: sheet.top,
    left: sheet.left,
    bottom: sheet.top + Math.max(0, sheet.values.length - 1),
    right: sheet.left + width - 1,
  };
}

/** The criterion whose tasks or name a text is (what a generated cell holds), to name it when the text is cut. */
function codeOfText(plan: Plan): CodeOfText {
  return (text) => plan.criteria.find((c) => c.tasks === text || c.name === text)?.code ?? null;
}
