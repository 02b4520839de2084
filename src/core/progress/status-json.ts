/** The JSON of `par-index status --json` (docs/cli-contract.md): a stable contract. Extend, never break. */
import { Language, messagesFor } from "../../i18n";
import { ProgressReport } from "./status";
import { progressIssueText } from "./texts";

export function toStatusJson(report: ProgressReport, language: Language) {
  const m = messagesFor(language);
  return {
    asOf: report.asOf,
    units: report.units.map((u) => ({ name: u.name, sheetName: u.sheetName, lead: { ...u.lead } })),
    criteria: report.criteria.map((c) => ({
      code: c.code,
      row: c.row,
      unit: c.unit,
      status: c.status,
      deadline: c.deadline,
      overdue: c.overdue,
      evidence: c.evidence,
      // Beyond the contract's first fields: where the status cell is, for links and reminders.
      sheetName: c.sheetName,
      cell: c.cell,
    })),
    total: { ...report.total },
    issues: report.issues.map((i) => ({ ...i, message: progressIssueText(i, m) })),
  };
}

export type StatusJson = ReturnType<typeof toStatusJson>;
