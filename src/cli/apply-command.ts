/** `par-index apply FILE -o OUT`: the add-in's changes, written to a new workbook. */
import { CliMessages, cliMessagesFor } from "../i18n/cli";
import { promises as fs } from "fs";
import { cellsSumMisreads, OPERATIONS, prepareRun, StateNotice } from "../core/edits";
import { Language, messagesFor } from "../i18n";
import { noticeMessage } from "../core/notice-text";
import { droppedBySheet, DroppedParts } from "../xlsx/dropped-parts";
import { applyToWorkbook, runInputOf, workbookPackage, writeFileAtomically } from "../xlsx/write";
import { Command } from "./args";
import { UserFacingError } from "./user-facing-error";
import { openPlan, SetAsideLimit } from "./open";
import { isSameFile } from "./same-file";

export type ApplyCommand = Extract<Command, { kind: "apply" }>;

/** What apply says: the line for stdout, and on stderr what of FILE the user would lose by going on in OUT. */
export interface ApplyCommandOutput {
  readonly out: string;
  readonly warnings: readonly string[];
}

export async function runApply(command: ApplyCommand, limit: SetAsideLimit = {}): Promise<ApplyCommandOutput> {
  const { file, output, language } = command;
  const m = cliMessagesFor(language).cli;
  if (await isSameFile(file, output)) throw new UserFacingError(m.outputIsInput);
  // OUT is replaced by a rename, which would put a file where a FIFO, a device or a folder was: only a file is.
  const existing = await fs.stat(output).catch(() => null);
  if (existing?.isDirectory()) throw new UserFacingError(m.isDirectory(output));
  if (existing && !existing.isFile()) throw new UserFacingError(m.notRegularFile(output));

  const { workbook, sheets, reconciled, plan, bytes, setAside } = await openPlan(file, command.sheet, language, limit);
  const { state, sheetNames, stateSheet } = reconciled;
  const operations = new Set(OPERATIONS);
  const run = prepareRun(runInputOf(workbook, { plan, sheets, sheetNames, state, operations, language }));
  applyToWorkbook(workbook, run, state, stateSheet);
  // Built before OUT is touched: a failure building it is no fault of OUT's, and is not said to be.
  const written = await workbookPackage(workbook, run.edits.sheets, { sheets: setAside, bytes });
  try {
    await writeFileAtomically(output, written);
  } catch {
    throw new UserFacingError(m.cannotWrite(output));
  }
  const generated = new Set(state.generated.map((g) => g.name));
  const misread = cellsSumMisreads(plan);
  // The pane's own words for it, as a sentence of its own (the pane puts it after its subtotals line).
  const note = messagesFor(language).ui.actions.sumMisreads(misread);
  const sums = misread ? [note.charAt(0).toUpperCase() + note.slice(1) + "."] : [];
  return {
    out: m.written(output, run.edits.sheets.length),
    warnings: [
      ...stateWarnings(reconciled.notice, language),
      ...sums,
      ...run.edits.notices.map((n) => `${noticeMessage(n, plan, language)}.`),
      ...droppedWarnings(bytes, generated, m),
    ],
  };
}

/** What apply found wrong with the add-in's data kept in FILE, in the pane's words; OUT holds it mended. */
function stateWarnings(notice: StateNotice | null, language: Language): string[] {
  return notice ? [messagesFor(language).ui.actions.stateNotice(notice)] : [];
}

/**
 * One line per sheet of the user's with parts ExcelJS did not keep; the generated sheets are left out, since apply
 * writes them (and the summary's chart) again. A package that cannot be looked into is said to be unchecked.
 */
function droppedWarnings(bytes: Buffer, generated: ReadonlySet<string>, m: CliMessages["cli"]): string[] {
  let dropped: Map<string, DroppedParts>;
  try {
    dropped = droppedBySheet(bytes);
  } catch {
    return [m.droppedUnchecked];
  }
  return [...dropped]
    .filter(([sheet]) => !generated.has(sheet))
    .map(([sheet, parts]) => {
      const kinds = (Object.keys(m.droppedPart) as (keyof DroppedParts)[]).filter((kind) => parts[kind] > 0);
      return m.dropped(sheet, kinds.map((kind) => m.droppedPart[kind](parts[kind])).join(", "));
    });
}
