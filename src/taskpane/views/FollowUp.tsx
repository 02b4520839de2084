import { Button, Field, Input, Link, makeStyles, Spinner, Textarea, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { dayMonthYear, isoOfLocalDay, serialOfIso } from "../../core/progress/dates";
import { CriterionProgress, progressReport, UnitProgress } from "../../core/progress/status";
import { cellPosition, progressIssueText, Reminder, reminders } from "../../core/progress/texts";
import { messagesFor } from "../../i18n";
import type { ProgressSheets, WorkbookHost } from "../../office";
import { usePaneText } from "../language";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  top: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  unit: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: {
    display: "flex",
    height: "8px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground5,
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  inProgress: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/**
 * Theo dõi: per unit, how the criteria it leads are going, from what units typed into their assignment sheets, as of
 * a day (today unless the user picks another). One read of every assignment sheet (three syncs); changing the day
 * only recounts.
 */
export default function FollowUp({ host }: { host: WorkbookHost }) {
  const { language, m } = usePaneText();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [asOf, setAsOf] = useState(() => isoOfLocalDay(new Date()));
  const [read, setRead] = useState<ProgressSheets | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    setFailed(false);
    host.readProgress().then(setRead, () => setFailed(true));
  }, [host]);
  useEffect(load, [load]);
  const report = useMemo(
    () => (read && serialOfIso(asOf) !== null ? progressReport({ asOf, ...read }) : null),
    [read, asOf],
  );
  const texts = messagesFor(language);
  const select = (sheet: string, cell: string) => {
    const { row, column } = cellPosition(cell);
    void host.select(sheet, row, column);
  };
  if (failed)
    return (
      <div>
        <p>{m.errors.unexpected.title}</p>
        <Button onClick={load}>{m.followUp.reread}</Button>
      </div>
    );
  if (!read) return <Spinner size="tiny" label={m.reading} />;
  if (read.generated.length === 0) return <p>{m.followUp.none}</p>;
  const byUnit = report ? reminders(report, texts) : [];
  return (
    <div className={shared.plainList}>
      <div className={styles.top}>
        <Field label={m.followUp.asOf}>
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Button onClick={load}>{m.followUp.reread}</Button>
      </div>
      {report && (
        <ul className={shared.plainList}>
          {report.units.map((u) => (
            <li key={u.name}>
              <UnitLine
                unit={u}
                criteria={report.criteria.filter((c) => c.unit === u.name)}
                reminder={byUnit.find((r) => r.unit === u.name)}
                onSelect={select}
              />
            </li>
          ))}
        </ul>
      )}
      {report && report.issues.length > 0 && (
        <section aria-labelledby="follow-up-check">
          <h2 id="follow-up-check" className={shared.heading}>
            {m.followUp.check(report.issues.length)}
          </h2>
          <ul className={styles.list}>
            {report.issues.map((issue, i) => (
              <li key={i}>
                {issue.kind === "missing-sheet" ? (
                  progressIssueText(issue, texts)
                ) : (
                  <Link as="button" className={shared.cellLink} onClick={() => select(issue.sheetName, issue.cell)}>
                    {progressIssueText(issue, texts)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function UnitLine(props: {
  unit: UnitProgress;
  criteria: readonly CriterionProgress[];
  reminder: Reminder | undefined;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { unit, criteria, reminder, onSelect } = props;
  const { language, m } = usePaneText();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { total, done, inProgress, notStarted } = unit.lead;
  const width = (n: number) => `${total ? (100 * n) / total : 0}%`;
  const overdue = criteria.filter((c) => c.overdue);
  const undocumented = criteria.filter((c) => c.status === "done" && c.evidence === null);
  const item = messagesFor(language).progress.overdueItem;
  return (
    <section className={styles.unit} aria-label={unit.name}>
      <h2 className={shared.heading}>{unit.name}</h2>
      <div className={styles.bar} role="img" aria-label={m.followUp.bar(unit.name, done, total)}>
        <span className={styles.done} style={{ width: width(done) }} />
        <span className={styles.inProgress} style={{ width: width(inProgress) }} />
      </div>
      <p className={styles.muted}>{m.followUp.summary(done, inProgress, notStarted)}</p>
      {overdue.length > 0 && (
        <>
          <p className={styles.muted}>{m.followUp.overdue(overdue.length)}</p>
          <ul className={styles.list}>
            {overdue.map((c) => (
              <li key={c.code}>
                <Link as="button" className={shared.cellLink} onClick={() => onSelect(c.sheetName, c.cell)}>
                  {item(c.code, dayMonthYear(c.deadline!))}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {undocumented.length > 0 && (
        <>
          <p className={styles.muted}>{m.followUp.missingEvidence(undocumented.length)}</p>
          <ul className={styles.list}>
            {undocumented.map((c) => (
              <li key={c.code}>
                <Link as="button" className={shared.cellLink} onClick={() => onSelect(c.sheetName, c.evidenceCell)}>
                  {c.code}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {reminder && <ReminderText text={reminder.text} />}
    </section>
  );
}

function ReminderText({ text }: { text: string }) {
  const { m } = usePaneText();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(true));
  };
  return (
    <Field label={m.followUp.reminder}>
      <Textarea readOnly value={text} resize="vertical" />
      <Button size="small" onClick={copy}>
        {copied ? m.followUp.copied : m.followUp.copy}
      </Button>
    </Field>
  );
}
