import { cliMessagesFor } from "../i18n/cli";
import { formatNumber, Language, messagesFor } from "../i18n";
import { issueCount, pointsAtStake, shownTotal, totalPointsLost } from "../core/plan-totals";
import { issueMessage } from "../core/issue-text";
import { Plan, Severity } from "../core/model";

/** A number of points as the report writes it; "?" where the table gives none. */
export function pointsText(n: number | null, language: Language): string {
  return n === null ? "?" : formatNumber(n, language);
}

/** The readable report of `par-index inspect` without --json. */
export function textReport(plan: Plan, language: Language): string {
  const m = cliMessagesFor(language).report;
  const num = (n: number | null) => pointsText(n, language);
  const { layout } = plan;
  const year = (y: number | null) => (y === null ? m.unknownYear : String(y));
  const { score, max } = shownTotal(plan);
  const lines: string[] = [
    m.title(layout.sheet),
    m.header(layout.headerRow, layout.firstRow, layout.lastRow),
    m.years(year(layout.years.score), year(layout.years.target)),
    m.counts(
      plan.criteria.filter((c) => c.level === 1).length,
      plan.criteria.filter((c) => c.level > 1 || c.leaf).length,
      plan.units.length,
    ),
    m.total(num(score), num(max), num(totalPointsLost(plan))),
    "",
    m.domainsTitle,
  ];
  for (const d of plan.criteria.filter((c) => c.level === 1)) {
    const s = d.stated.score ?? d.computed?.score ?? null;
    const mx = d.stated.max ?? d.computed?.max ?? null;
    lines.push(`  ${d.code}. ${d.name}: ${num(s)}/${num(mx)}`);
  }
  const below = plan.criteria.filter((c) => c.leaf && c.belowMax);
  lines.push("", m.belowMaxTitle(below.length));
  for (const c of below) {
    // Who answers for it, so that a reviewer knows whom to ask; " / " because unit names hold commas.
    const lead = c.lead.length ? `; ${m.ledBy(c.lead.join(" / "))}` : "";
    lines.push(
      `  ${c.code} ${c.name}: ${num(c.stated.score)}/${num(c.stated.max)} (${m.lost(num(c.pointsLost))}${lead})`,
    );
  }
  lines.push("", m.unitsTitle);
  for (const u of plan.units) {
    const atStake = num(pointsAtStake(plan, u));
    lines.push(`  ${m.unitLine(u.name, u.sheetName, u.lead.length, u.support.length, atStake)}`);
  }
  const count = (severity: Severity) => issueCount(plan, severity);
  lines.push("", m.issuesTitle(count("error"), count("warning"), count("info")));
  if (plan.issues.length === 0) lines.push(`  ${m.noIssues}`);
  const severity = messagesFor(language).severity;
  for (const i of plan.issues) {
    const where = i.row === null ? "" : `${m.row(i.row)}: `;
    lines.push(`  [${severity[i.severity]}] ${where}${issueMessage(i, layout.years, language)}`);
  }
  return lines.join("\n") + "\n";
}
