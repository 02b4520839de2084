/** What a run needs to read from an ExcelJS workbook before it decides anything. */
import ExcelJS from "exceljs";
import { SheetCells } from "../core/cells";
import { Content, Operation, RunInput, WorkbookState } from "../core/edits";
import { Plan } from "../core/model";
import { Language } from "../i18n";
import { contentOfCell, contentsOf } from "./write-cell";

export interface RunSources {
  readonly plan: Plan;
  /** Every sheet's cells, as read for the analysis. */
  readonly sheets: readonly SheetCells[];
  /** Every sheet but the state sheet, as reconcileState gives them. */
  readonly sheetNames: readonly string[];
  readonly state: WorkbookState;
  readonly operations: ReadonlySet<Operation>;
  readonly language: Language;
}

export function runInputOf(workbook: ExcelJS.Workbook, sources: RunSources): RunInput {
  const { plan, sheets, state } = sources;
  const tableSheet = sheets.find((s) => s.name === plan.layout.sheet);
  const table = workbook.getWorksheet(plan.layout.sheet);
  if (!tableSheet || !table) throw new Error(`sheet not found: ${plan.layout.sheet}`);
  // Units type into the sheets generated earlier: those inputs are carried over.
  const generatedCells = new Map<string, Content[][]>();
  for (const g of state.generated) {
    const ws = workbook.getWorksheet(g.name);
    if (ws) generatedCells.set(g.name, contentsOf(ws));
  }
  return {
    plan,
    sheet: tableSheet,
    sheetNames: sources.sheetNames,
    state,
    generatedCells,
    current: (row, column) => contentOfCell(table.getCell(row, column)),
    operations: sources.operations,
    language: sources.language,
  };
}
