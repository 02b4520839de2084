/** `par-index collect FILE UNITFILE... -o OUT`: what units typed into their files, taken back into OUT. */
import { Content } from "../core/edits";
import {
  collectReportLines,
  CollectPlan,
  masterPlanOf,
  planCollect,
  ReturnedFile,
  skipReasonText,
  UnreadableReason,
} from "../core/unit-files";
import { Language } from "../i18n";
import { cliMessagesFor } from "../i18n/cli";
import { messagesFor } from "../i18n";
import { ProgressField } from "../core/progress/words";
import { dateSystemOf } from "../xlsx/date-system";
import { loadWorkbookAndBytes } from "../xlsx/load";
import { patchCells } from "../xlsx/patch-cells";
import { XlsxReadError } from "../xlsx/read";
import { unreadableReason } from "../xlsx/signature";
import { returnedWorkbook } from "../xlsx/unit-workbook";
import { contentsOf } from "../xlsx/write-cell";
import { writeFileAtomically } from "../xlsx/write-file";
import { Command } from "./args";
import { openPlan } from "./open";
import { isSameFile } from "./same-file";
import { UserFacingError } from "./user-facing-error";

export type CollectCommand = Extract<Command, { kind: "collect" }>;

export async function runCollect(command: CollectCommand): Promise<{ out: string; err: string; failed: boolean }> {
  const { file, output, language } = command;
  const m = cliMessagesFor(language);
  if (await isSameFile(file, output)) throw new UserFacingError(m.cli.outputIsInput);
  for (const unitFile of command.unitFiles)
    if (await isSameFile(unitFile, output)) throw new UserFacingError(m.unitFiles.outputIsUnitFile(unitFile));

  const { workbook, reconciled, plan, bytes } = await openPlan(file, undefined, language);
  const { state } = reconciled;
  const master = masterPlanOf(
    plan,
    state,
    workbook.worksheets.map((ws) => ws.name),
  );
  const files: ReturnedFile[] = [];
  // One at a time: a returned file is read, reduced to what collect needs, and let go before the next.
  for (const unitFile of command.unitFiles) files.push(await readReturned(unitFile, file, bytes));
  const collected = planCollect({
    master,
    masterGrid: (sheet) => contentsOf(workbook.getWorksheet(sheet)!),
    planCodes: new Set(plan.criteria.map((c) => c.code)),
    files,
    dateSystem: dateSystemOf(workbook),
  });

  const columns = messagesFor(language).sheets.columns;
  const failed = collected.taken.length === 0;
  if (!failed) {
    const written = await patchCells(bytes, collected.edits);
    try {
      await writeFileAtomically(output, written);
    } catch {
      throw new UserFacingError(m.cli.cannotWrite(output));
    }
  }
  if (command.json)
    return { out: `${JSON.stringify(collectJson(collected, language, columns), null, 2)}\n`, err: "", failed };
  const cells = collected.taken.reduce((n, t) => n + t.merge.takes.length, 0);
  const out = failed
    ? []
    : [
        ...collected.taken.map((t) => m.unitFiles.taken(t.file, t.unit, t.merge.takes.length)),
        m.unitFiles.collected(output, cells, collected.taken.length),
      ];
  return {
    out: lines(out),
    err: lines([...collectReportLines(collected, language), ...(failed ? [m.unitFiles.noneTaken] : [])]),
    failed,
  };
}

/** Each progress column's header, in the report's language. */
type ColumnHeaders = Readonly<Record<ProgressField, string>>;

const lines = (list: readonly string[]) => list.map((l) => `${l}\n`).join("");

/** A returned file read, or why it cannot be: the master itself given again is said as such. */
async function readReturned(unitFile: string, masterFile: string, masterBytes: Buffer): Promise<ReturnedFile> {
  const unreadable = (reason: UnreadableReason): ReturnedFile => ({ file: unitFile, kind: "unreadable", reason });
  if (await isSameFile(unitFile, masterFile)) return unreadable("is-master");
  try {
    const { workbook, bytes } = await loadWorkbookAndBytes(unitFile);
    if (bytes.equals(masterBytes)) return unreadable("is-master");
    return { file: unitFile, kind: "read", workbook: returnedWorkbook(workbook) };
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    return unreadable(unreadableReason(e.reason, unitFile));
  }
}

const jsonValue = (c: Content) =>
  c.kind === "empty"
    ? null
    : c.kind === "text"
      ? c.text
      : c.kind === "number" || c.kind === "boolean"
        ? c.value
        : c.kind === "error"
          ? c.code
          : c.formula;

/** The contract's shape (taken, skipped, conflicts), extended with what else was left out and why. */
function collectJson(collected: CollectPlan, language: Language, columns: ColumnHeaders) {
  return {
    taken: collected.taken.map((t) => ({
      file: t.file,
      unit: t.unit,
      sheet: t.masterSheet,
      cells: t.merge.takes.length,
    })),
    skipped: collected.skipped.map((s) => ({
      file: s.file,
      reason: skipReasonText(s.reason, language),
      kind: s.reason.kind === "unreadable" ? s.reason.reason : s.reason.kind,
    })),
    conflicts: collected.taken.flatMap((t) =>
      t.merge.conflicts.map((c) => ({
        unit: t.unit,
        code: c.code,
        column: columns[c.field],
        kept: jsonValue(c.kept),
        theirs: jsonValue(c.theirs),
        file: t.file,
      })),
    ),
    ignored: collected.taken.flatMap((t) =>
      t.merge.outside.map((o) => ({
        file: t.file,
        unit: t.unit,
        cell: o.address,
        code: o.code,
        value: jsonValue(o.value),
      })),
    ),
    strayCodes: collected.taken.flatMap((t) =>
      t.merge.strayCodes.map((s) => ({ file: t.file, unit: t.unit, code: s.code, inPlan: s.inPlan })),
    ),
  };
}
