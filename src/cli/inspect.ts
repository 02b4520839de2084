/** `par-index inspect FILE [FILE ...]`: the report or the JSON of each file; several files for batch work. */
import { cliMessagesFor } from "../i18n/cli";
import { toInspectJson } from "../core/contract";
import { issueCount, shownTotal, totalPointsLost } from "../core/plan-totals";
import { Plan, Severity } from "../core/model";
import { Language } from "../i18n";
import { Command } from "./args";
import { UserFacingError } from "./user-facing-error";
import { openPlan, SetAsideLimit } from "./open";
import { pointsText, textReport } from "./report";

export type InspectCommand = Extract<Command, { kind: "inspect" }>;

/** What `inspect` prints and the exit status it ends with; `failed` is true when some file could not be used. */
export interface InspectOutcome {
  readonly out: string;
  readonly err: string;
  readonly failed: boolean;
}

type Inspected = { readonly file: string; readonly plan: Plan } | { readonly file: string; readonly error: string };

/** Opens one file; what the user must be told goes to `error`, with the file's name in it. */
async function inspectOne(command: InspectCommand, file: string, limit: SetAsideLimit): Promise<Inspected> {
  try {
    return { file, plan: (await openPlan(file, command.sheet, command.language, limit)).plan };
  } catch (e) {
    if (e instanceof UserFacingError) return { file, error: e.message };
    throw e;
  }
}

export async function runInspect(command: InspectCommand, limit: SetAsideLimit = {}): Promise<InspectOutcome> {
  const { files, json, language } = command;
  // One after another: a batch of large workbooks never sits in memory at once.
  const results: Inspected[] = [];
  for (const file of files) results.push(await inspectOne(command, file, limit));
  const err = results.flatMap((r) => ("error" in r ? [r.error + "\n"] : [])).join("");
  const failed = err !== "";
  if (files.length === 1) {
    const [only] = results;
    if (!("plan" in only)) return { out: "", err, failed };
    return { out: json ? jsonText(toInspectJson(only.plan, language)) : textReport(only.plan, language), err, failed };
  }
  const out = json ? jsonText(batchJson(results, language)) : batchReport(results, language);
  return { out, err, failed };
}

const jsonText = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** Several files as one JSON object: each file's inspect object, or the message it was refused with. */
function batchJson(results: readonly Inspected[], language: Language) {
  return {
    files: results.map((r) => ("plan" in r ? { file: r.file, inspect: toInspectJson(r.plan, language) } : r)),
  };
}

/** Each file's report under its name, then one line per file: what a reviewer of many plans reads first. */
function batchReport(results: readonly Inspected[], language: Language): string {
  const m = cliMessagesFor(language).report;
  const num = (n: number | null) => pointsText(n, language);
  const reports = results.flatMap((r) =>
    "plan" in r ? [`${m.fileHeading(r.file)}\n${textReport(r.plan, language)}`] : [],
  );
  const found = results.filter((r) => "plan" in r).length;
  const lines = results.map((r) => {
    if (!("plan" in r)) return `  ${m.batchFailed(r.file)}`;
    const { plan } = r;
    const count = (severity: Severity) => issueCount(plan, severity);
    const { score, max } = shownTotal(plan);
    return `  ${m.batchLine(r.file, plan.layout.sheet, num(score), num(max), num(totalPointsLost(plan)), count("error"), count("warning"))}`;
  });
  return [...reports, [m.batchTitle(found, results.length), ...lines].join("\n") + "\n"].join("\n");
}
