/** The follow-up's words: what a progress issue says, and the reminder to a unit. */
import { Messages } from "../../i18n";
import { columnNumber } from "../cells";
import { quoteSheet } from "../edits/references";
import { dayMonthYear } from "./dates";
import { ProgressIssue, ProgressReport } from "./status";

/** "'P. Nội vụ'!K6": where to look, as Excel writes it. */
export function cellReference(sheetName: string, cell: string): string {
  return `${quoteSheet(sheetName)}!${cell}`;
}

/** "K6" -> row 6, column 11. */
export function cellPosition(cell: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) throw new RangeError(`not a cell: ${cell}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

export function progressIssueText(issue: ProgressIssue, m: Messages): string {
  switch (issue.kind) {
    case "unknown-status":
      return m.progress.unknownStatus(cellReference(issue.sheetName, issue.cell), issue.text);
    case "text-deadline":
      return m.progress.textDeadline(cellReference(issue.sheetName, issue.cell), issue.text);
    case "missing-sheet":
      return m.progress.missingSheet(issue.unit, issue.sheetName);
  }
}

export interface Reminder {
  readonly unit: string;
  readonly text: string;
}

/** For each unit with overdue criteria or criteria done without evidence, a reminder to copy into a message. */
export function reminders(report: ProgressReport, m: Messages): Reminder[] {
  return report.units.flatMap((u) => {
    const mine = report.criteria.filter((c) => c.unit === u.name);
    const overdue = mine.filter((c) => c.overdue).map((c) => m.progress.overdueItem(c.code, dayMonthYear(c.deadline!)));
    const missing = mine.filter((c) => c.status === "done" && c.evidence === null).map((c) => c.code);
    if (overdue.length === 0 && missing.length === 0) return [];
    const list = (items: string[]) => (items.length ? items.join(", ") : null);
    return [
      { unit: u.name, text: m.progress.reminder(u.name, list(overdue), list(missing), dayMonthYear(report.asOf)) },
    ];
  });
}
