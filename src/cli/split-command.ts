/** `par-index split FILE -d DIR`: one workbook per unit, its assignment sheet ready to send, and its mark. */
import { promises as fs } from "fs";
import * as path from "path";
import { unitFileName, unitFilesOf } from "../core/unit-files";
import { cliMessagesFor } from "../i18n/cli";
import { dateSystemOf } from "../xlsx/date-system";
import { unitWorkbook } from "../xlsx/unit-workbook";
import { contentsOf } from "../xlsx/write-cell";
import { workbookPackage, writeFileAtomically } from "../xlsx/write";
import { Command } from "./args";
import { openPlan } from "./open";
import { isSameFile } from "./same-file";
import { UserFacingError } from "./user-facing-error";

export type SplitCommand = Extract<Command, { kind: "split" }>;

export async function runSplit(command: SplitCommand): Promise<{ out: string; err: string }> {
  const { file, dir, language } = command;
  const m = cliMessagesFor(language);
  const { workbook, reconciled, plan } = await openPlan(file, command.sheet, language);
  const { state } = reconciled;
  if (plan.units.length === 0) return { out: "", err: `${m.unitFiles.noUnits}\n` };
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch {
    throw new UserFacingError(m.unitFiles.cannotMakeDir(dir));
  }
  const planName = path.basename(file).replace(/\.xlsx$/i, "");
  const files = unitFilesOf({
    plan,
    state,
    contents: (name) => {
      const sheet = workbook.getWorksheet(name);
      return sheet ? contentsOf(sheet) : null;
    },
    language,
    planName,
    dateSystem: dateSystemOf(workbook),
  });
  const lines: string[] = [];
  for (const made of files) {
    const target = path.join(dir, unitFileName(made.draft.name));
    if (await isSameFile(target, file)) throw new UserFacingError(m.cli.outputIsInput);
    const written = await workbookPackage(await unitWorkbook(made));
    try {
      await writeFileAtomically(target, written);
    } catch {
      throw new UserFacingError(m.cli.cannotWrite(target));
    }
    const unit = plan.units.find((u) => u.name === made.mark.unit)!;
    lines.push(m.unitFiles.written(target, unit.name, unit.lead.length, unit.support.length));
  }
  return { out: lines.map((l) => `${l}\n`).join(""), err: "" };
}
