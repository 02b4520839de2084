import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { issueMessage } from "../../core/issue-text";
import { Issue, Plan, Severity } from "../../core/model";
import { messagesFor } from "../../i18n";
import { usePaneText } from "../language";
import { useSharedStyles } from "./shared-styles";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  hint: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  title: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
});

/** The column a problem is in: its points column, else the criterion's number or name. */
function issueColumn(issue: Issue, plan: Plan): number | undefined {
  const { columns } = plan.layout;
  return (issue.field ? columns[issue.field] : undefined) ?? columns.code ?? columns.name;
}

/** The problems the engine found, by severity (only those it found); each selects its cell, so a reviewer works down the list. */
export default function Problems({ plan, onSelect }: { plan: Plan; onSelect: (row: number, column: number) => void }) {
  const { language, m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const severity = messagesFor(language).severity;
  if (!plan.issues.length) return <p>{m.problems.none}</p>;
  const groups = SEVERITIES.map((s) => ({ s, issues: plan.issues.filter((i) => i.severity === s) })).filter(
    (g) => g.issues.length > 0,
  );
  return (
    <div>
      <p className={styles.hint}>{m.problems.hint}</p>
      {groups.map(({ s, issues }) => (
        <section key={s} aria-labelledby={`issues-${s}`}>
          <h2 id={`issues-${s}`} className={mergeClasses(shared.heading, styles.title)}>
            {m.problems.group(severity[s], issues.length)}
          </h2>
          <ul className={styles.list}>
            {issues.map((issue, i) => (
              <li key={i}>
                <IssueLine issue={issue} plan={plan} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function IssueLine({
  issue,
  plan,
  onSelect,
}: {
  issue: Issue;
  plan: Plan;
  onSelect: (row: number, column: number) => void;
}) {
  const { language, m, num } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const message = issueMessage(issue, plan.layout.years, language, (n) => (typeof n === "number" ? num(n) : n));
  const column = issueColumn(issue, plan);
  if (issue.row === null || column === undefined) {
    return (
      <span>
        <span className={styles.row}>{m.problems.wholeTable}:</span>
        {message}
      </span>
    );
  }
  const row = issue.row;
  return (
    <Link as="button" className={shared.cellLink} onClick={() => onSelect(row, column)}>
      <span className={styles.row}>{m.problems.row(row)}:</span>
      {message}
    </Link>
  );
}
