/** `par-index apply FILE -o OUT`: the add-in's changes, written to a new workbook. */
import { promises as fs } from "fs";
import * as path from "path";
import { OPERATIONS, prepareRun } from "../core/edits";
import { messagesFor } from "../i18n";
import { applyToWorkbook, runInputOf, writeWorkbookFile } from "../xlsx/write";
import { Command } from "./args";
import { UserFacingError } from "./errors";
import { openPlan } from "./open";

export type ApplyCommand = Extract<Command, { kind: "apply" }>;

/** Same file by path, or by identity (links, case-insensitive file systems). */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

export async function runApply(command: ApplyCommand): Promise<string> {
  const { file, output, language } = command;
  const m = messagesFor(language).cli;
  if (await isSameFile(file, output)) throw new UserFacingError(m.outputIsInput);

  const { workbook, sheets, state, plan } = await openPlan(file, command.sheet, language);
  const run = prepareRun(runInputOf(workbook, { plan, sheets, state, operations: new Set(OPERATIONS), language }));
  applyToWorkbook(workbook, run, state);
  try {
    await writeWorkbookFile(workbook, output, run.edits.sheets);
  } catch {
    throw new UserFacingError(m.cannotWrite(output));
  }
  return m.written(output, run.edits.sheets.length);
}
