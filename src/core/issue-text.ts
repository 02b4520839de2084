import { formatNumber, Language, messagesFor } from "../i18n";
import { Issue, TableLayout } from "./model";

/** The sentence a user reads for an issue; figures as `num` writes them (the pane: the workbook's separators). */
export function issueMessage(
  issue: Issue,
  years: TableLayout["years"],
  language: Language,
  num: (n: number | string) => string = (n) => formatNumber(n, language),
): string {
  const m = messagesFor(language);
  const level = issue.params.level;
  const where = typeof level === "number" && issue.code !== null ? `${m.levelName(level)} ${issue.code}` : m.totalRow;
  const year = issue.field === "score" ? years.score : issue.field === "target" ? years.target : null;
  return m.issues[issue.kind]({
    params: issue.params,
    where,
    field: issue.field ? m.fieldName(issue.field, year) : "",
    num,
  });
}
