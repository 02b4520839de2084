import { cliMessagesFor } from "../i18n/cli";
import { SheetCells } from "../core/cells";
import { Reconciled, reconcileState } from "../core/edits";
import { Plan } from "../core/model";
import { analyzeWithState } from "../core/analyze-with-state";
import { Language } from "../i18n";
import { XlsxWorkbook } from "../xlsx/load";
import { openWorkbook, OpenedWorkbook, OpenOptions } from "../xlsx/open-workbook";
import { worksheetToCells, XlsxReadError, XlsxTooLargeError } from "../xlsx/read";
import { seenWorkbookOf } from "../xlsx/write-state";
import { UserFacingError } from "./user-facing-error";

/** An opened workbook with its plan found, as `inspect` and `apply` both need it. */
export interface OpenedPlan {
  readonly workbook: XlsxWorkbook;
  /** Every sheet but the state sheet. */
  readonly sheets: readonly SheetCells[];
  /** The state as reconciled with the sheets and the table found; where it is kept; what the user is told of it. */
  readonly reconciled: Reconciled;
  readonly plan: Plan;
  /** FILE's bytes as read, for what ExcelJS did not keep of it. */
  readonly bytes: Buffer;
  /** The large sheets read only at their top (open-workbook.ts), whose rows a written workbook gets back. */
  readonly setAside: readonly string[];
}

/** How large a sheet may be before it is set aside; the tests lower it. */
export type SetAsideLimit = Pick<OpenOptions, "setAsideAbove">;

/** Reads FILE (`sheet` whole, whatever its size), or throws a UserFacingError that says why it cannot. */
export async function loadXlsx(
  file: string,
  language: Language,
  sheet?: string,
  limit: SetAsideLimit = {},
): Promise<OpenedWorkbook> {
  const m = cliMessagesFor(language).cli;
  try {
    return await openWorkbook(file, { ...limit, wholeSheets: sheet === undefined ? [] : [sheet] });
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    const say = {
      "not-found": m.fileNotFound,
      directory: m.isDirectory,
      "not-a-file": m.notRegularFile,
      "not-xlsx": m.notXlsx,
      encrypted: m.encrypted,
      unreadable: m.unreadable,
      "too-large": (f: string) => (e instanceof XlsxTooLargeError ? m.tooLarge(f, e.cells, e.limit) : m.unreadable(f)),
    }[e.reason];
    throw new UserFacingError(say(file));
  }
}

/** The cells of the sheets named, in the workbook's order. */
export function sheetCellsOf(workbook: XlsxWorkbook, sheetNames: readonly string[]): SheetCells[] {
  return workbook.worksheets.filter((ws) => sheetNames.includes(ws.name)).map(worksheetToCells);
}

/** Reads FILE once and finds its plan, or throws a UserFacingError that says why not. */
export async function openPlan(
  file: string,
  sheet: string | undefined,
  language: Language,
  limit: SetAsideLimit = {},
): Promise<OpenedPlan> {
  const m = cliMessagesFor(language).cli;
  const { workbook, bytes, setAside } = await loadXlsx(file, language, sheet, limit);
  const seen = seenWorkbookOf(workbook);
  // Before the analysis: a generated sheet the user renamed is still ours, never a candidate for the table.
  const { state, sheetNames } = reconcileState(seen, sheet ?? null);
  const sheets = sheetCellsOf(workbook, sheetNames);
  const result = analyzeWithState(sheets, sheetNames, state, sheet);
  if (!result.ok) {
    const f = result.failure;
    throw new UserFacingError(
      f.kind === "sheet-not-found" ? m.sheetNotFound(f.sheet, f.available.join(", ")) : m.noTable(file),
    );
  }
  const { plan } = result;
  return { workbook, sheets, reconciled: reconcileState(seen, plan.layout.sheet), plan, bytes, setAside };
}
