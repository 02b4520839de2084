import { cliMessagesFor } from "../i18n/cli";
import { SheetCells } from "../core/cells";
import { adoptRenamedGenerated, adoptRenamedTable, titledSheet, WorkbookState } from "../core/edits";
import { Plan } from "../core/model";
import { analyzeWithState } from "../core/analyze-with-state";
import { Language } from "../i18n";
import { loadWorkbookAndBytes, XlsxWorkbook } from "../xlsx/load";
import { worksheetToCells, XlsxReadError } from "../xlsx/read";
import { readState } from "../xlsx/write-state";
import { UserFacingError } from "./user-facing-error";

/** An opened workbook with its plan found, as `inspect` and `apply` both need it. */
export interface OpenedPlan {
  readonly workbook: XlsxWorkbook;
  readonly sheets: readonly SheetCells[];
  readonly state: WorkbookState;
  readonly plan: Plan;
  /** FILE's bytes as read, for what ExcelJS did not keep of it. */
  readonly bytes: Buffer;
}

/** Reads FILE once and finds its plan, or throws a UserFacingError that says why not. */
export async function openPlan(file: string, sheet: string | undefined, language: Language): Promise<OpenedPlan> {
  const m = cliMessagesFor(language).cli;
  let workbook: XlsxWorkbook;
  let bytes: Buffer;
  try {
    ({ workbook, bytes } = await loadWorkbookAndBytes(file));
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    const say = {
      "not-found": m.fileNotFound,
      "not-xlsx": m.notXlsx,
      encrypted: m.encrypted,
      unreadable: m.unreadable,
    }[e.reason];
    throw new UserFacingError(say(file));
  }
  const sheets = workbook.worksheets.map(worksheetToCells);
  // Before the analysis: a generated sheet the user renamed is still ours, never a candidate for the table.
  const state = adoptRenamedGenerated(readState(workbook), sheets.map(titledSheet), sheet ?? null);
  const result = analyzeWithState(
    sheets,
    sheets.map((s) => s.name),
    state,
    sheet,
  );
  if (!result.ok) {
    const f = result.failure;
    throw new UserFacingError(
      f.kind === "sheet-not-found" ? m.sheetNotFound(f.sheet, f.available.join(", ")) : m.noTable(file),
    );
  }
  const { plan } = result;
  return {
    workbook,
    sheets,
    state: adoptRenamedTable(
      state,
      sheets.map((s) => s.name),
      plan.layout.sheet,
    ),
    plan,
    bytes,
  };
}
