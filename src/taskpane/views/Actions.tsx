import { Button, Checkbox, Link, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { highlightsOn, OPERATIONS, Operation } from "../../core/edits";
import { noticeMessage } from "../../core/notice-text";
import { usePaneText } from "../language";
import { describeRuns, planEachOperation } from "../session/preview";
import { canRestore, Session, SessionActions } from "../session/useWorkbookSession";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  operations: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  preview: { display: "block", marginLeft: "32px", color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hints: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  created: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Choose what to write, see what it will change, apply it; undo it. */
export function Actions({ session, actions }: { session: Session; actions: SessionActions }) {
  const { language, m } = usePaneText();
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<Operation>>(new Set(OPERATIONS));
  const { detection, snapshot, busy } = session;
  const plan = detection?.plan;
  // Planning every operation is the costly part: done once per read, not on every checkbox.
  const runs = useMemo(
    () => (plan && detection && snapshot ? planEachOperation(plan, detection.cells, snapshot, language) : null),
    [plan, detection, snapshot, language],
  );
  const previews = plan && runs ? describeRuns(runs, plan, chosen, language) : null;
  if (!plan || !detection || !snapshot || !previews) return null;
  const state = snapshot.state;
  const runnable = new Set([...chosen].filter((op) => previews[op].available));
  const toggle = (op: Operation, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(op);
    else next.delete(op);
    setChosen(next);
  };
  return (
    <div className={styles.root}>
      <fieldset className={styles.operations}>
        {OPERATIONS.map((op) => (
          <div key={op}>
            <Checkbox
              label={m.actions.operations[op]}
              checked={runnable.has(op)}
              disabled={!previews[op].available || busy !== null}
              aria-describedby={`preview-${op}`}
              onChange={(_, data) => toggle(op, data.checked === true)}
            />
            <span id={`preview-${op}`} className={styles.preview}>
              {previews[op].text}
            </span>
          </div>
        ))}
      </fieldset>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={busy !== null || runnable.size === 0}
          onClick={() => void actions.apply(runnable, language)}
        >
          {m.actions.apply}
        </Button>
        <Button
          aria-describedby="restore-hint"
          disabled={busy !== null || !canRestore(state, detection.cells.name)}
          onClick={() => void actions.restore()}
        >
          {m.actions.restore}
        </Button>
        <Button
          aria-describedby="clear-hint"
          disabled={busy !== null || highlightsOn(state, detection.cells.name) === null}
          onClick={() => void actions.clearHighlights()}
        >
          {m.actions.clearHighlights}
        </Button>
      </div>
      {runnable.size === 0 && <p className={styles.hint}>{m.actions.chooseOne}</p>}
      <ul className={styles.hints}>
        <li id="restore-hint">{m.actions.restoreHint}</li>
        <li id="clear-hint">{m.actions.clearHint}</li>
      </ul>
      <div aria-live="polite">{busy === "writing" && <Spinner size="small" label={m.actions.applying} />}</div>
      <Result session={session} onOpen={actions.openSheet} />
    </div>
  );
}

/** What the last write did; created sheets open in Excel from here. */
function Result({ session, onOpen }: { session: Session; onOpen: (sheet: string) => void }) {
  const { language, m } = usePaneText();
  const styles = useStyles();
  const last = session.lastWrite;
  return (
    <div role="status" aria-live="polite">
      {last?.kind === "restored" && <p>{m.actions.restored}</p>}
      {last?.kind === "cleared" && <p>{m.actions.cleared}</p>}
      {last?.kind === "applied" && (
        <>
          <p>{m.actions.done(last.outcome.tableCells, last.outcome.created.length)}</p>
          {last.outcome.notice && <p>{m.actions.stateNotice(last.outcome.notice)}</p>}
          {last.outcome.notices.length > 0 && (
            <ul className={styles.created}>
              {last.outcome.notices.map((notice) => (
                <li key={`${notice.sheet ?? ""}!${notice.row}:${notice.column}`}>
                  {noticeMessage(notice, last.outcome.plan, language)}
                </li>
              ))}
            </ul>
          )}
          {last.outcome.created.length > 0 && (
            <>
              <p>{m.actions.created}</p>
              <ul className={styles.created}>
                {last.outcome.created.map((sheet) => (
                  <li key={sheet.name}>
                    <Link as="button" onClick={() => onOpen(sheet.name)}>
                      {sheet.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
