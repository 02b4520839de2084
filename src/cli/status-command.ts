/** `par-index status FILE [--as-of YYYY-MM-DD] [--json]`: how the plan is going, read from the assignment sheets. */
import { analyzeWithState } from "../core/analyze-with-state";
import { SheetCells } from "../core/cells";
import { reconcileState } from "../core/edits";
import { dateSystemOf } from "../xlsx/date-system";
import { seenWorkbookOf } from "../xlsx/write-state";
import { dayMonthYear, isoOfLocalDay } from "../core/progress/dates";
import { cellReference, progressIssueText } from "../core/progress/texts";
import { ProgressCounts, progressReport, ProgressReport } from "../core/progress/status";
import { toStatusJson } from "../core/progress/status-json";
import { Language, messagesFor } from "../i18n";
import { cliMessagesFor } from "../i18n/cli";
import { Command } from "./args";
import { loadXlsx, SetAsideLimit, sheetCellsOf } from "./open";
import { UserFacingError } from "./user-facing-error";

export type StatusCommand = Extract<Command, { kind: "status" }>;

export async function runStatus(
  command: StatusCommand,
  today: Date = new Date(),
  limit: SetAsideLimit = {},
): Promise<string> {
  const { file, language } = command;
  const { workbook } = await loadXlsx(file, language, undefined, limit);
  const { state, sheetNames, deleted } = reconcileState(seenWorkbookOf(workbook), null);
  const sheets = sheetCellsOf(workbook, sheetNames);
  const byName = new Map<string, SheetCells>(sheets.map((s) => [s.name, s]));
  const assignments = state.generated.filter((g) => g.kind === "assignment" && g.unit !== null);
  if (assignments.length === 0) throw new UserFacingError(cliMessagesFor(language).cli.noAssignmentSheets(file));
  // The plan table gives the criteria's rows and order; without it the report still stands, rows unknown.
  const analysis = analyzeWithState(sheets, sheetNames, state);
  const report = progressReport({
    asOf: command.asOf ?? isoOfLocalDay(today),
    // The deleted ones too, to be reported missing.
    generated: [...assignments, ...deleted],
    sheets: byName,
    dateSystem: dateSystemOf(workbook),
    planRows: analysis.ok ? new Map(analysis.plan.criteria.map((c) => [c.code, c.row])) : undefined,
  });
  return command.json ? JSON.stringify(toStatusJson(report, language), null, 2) + "\n" : statusText(report, language);
}

function statusText(report: ProgressReport, language: Language): string {
  const m = cliMessagesFor(language).status;
  const counts = (c: ProgressCounts) =>
    m.counts(c.total, c.done, c.inProgress, c.notStarted, c.overdue, c.doneWithoutEvidence);
  const lines = [
    m.title(dayMonthYear(report.asOf)),
    ...report.units.map((u) => `  ${m.unit(u.name, u.sheetName, counts(u.lead))}`),
    m.total(counts(report.total)),
  ];
  const overdue = report.criteria.filter((c) => c.overdue);
  if (overdue.length) {
    lines.push("", m.overdueTitle(overdue.length));
    for (const c of overdue)
      lines.push(`  ${m.overdueLine(c.code, c.unit, dayMonthYear(c.deadline!), cellReference(c.sheetName, c.cell))}`);
  }
  const undocumented = report.criteria.filter((c) => c.status === "done" && c.evidence === null);
  if (undocumented.length) {
    lines.push("", m.missingEvidenceTitle(undocumented.length));
    for (const c of undocumented)
      lines.push(`  ${m.missingEvidenceLine(c.code, c.unit, cellReference(c.sheetName, c.cell))}`);
  }
  if (report.issues.length) {
    lines.push("", m.issuesTitle(report.issues.length));
    for (const issue of report.issues) lines.push(`  ${progressIssueText(issue, messagesFor(language))}`);
  }
  return lines.join("\n") + "\n";
}
