import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { highlightsOn, OPERATIONS, Operation } from "../../core/edits";
import { usePaneText } from "../language";
import { describeRuns, planEachOperation } from "../session/preview";
import { canRestore, Session, SessionActions } from "../session/useWorkbookSession";
import { Busy } from "./Busy";
import { WriteResult } from "./WriteResult";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  operations: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  preview: { display: "block", marginLeft: "32px", color: tokens.colorNeutralForeground2 },
  // The main action stays in reach at the foot of the pane, however long the list above it.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  undo: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hints: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

/** Choose what to write, see what it will change, write it; undo it. */
export default function Actions({ session, actions }: { session: Session; actions: SessionActions }) {
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
      <WriteResult last={session.lastWrite} onOpen={actions.openSheet} />
      <fieldset className={styles.operations}>
        {OPERATIONS.map((op) => (
          <div key={op}>
            <Checkbox
              label={m.actions.operations[op]}
              checked={runnable.has(op)}
              disabled={!previews[op].available}
              aria-describedby={`preview-${op}`}
              onChange={(_, data) => toggle(op, data.checked === true)}
            />
            <span id={`preview-${op}`} className={styles.preview}>
              {previews[op].text}
            </span>
          </div>
        ))}
      </fieldset>
      {runnable.size === 0 && <p className={styles.hint}>{m.actions.chooseOne}</p>}
      <div className={styles.undo}>
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
      <ul className={styles.hints}>
        <li id="restore-hint">{m.actions.restoreHint}</li>
        <li id="clear-hint">{m.actions.clearHint}</li>
      </ul>
      <div className={styles.footer}>
        <Button
          appearance="primary"
          disabled={busy !== null || runnable.size === 0}
          onClick={() => void actions.apply(runnable, language)}
        >
          {m.actions.apply}
        </Button>
        <div aria-live="polite">{busy === "writing" && <Busy label={m.actions.applying} />}</div>
      </div>
    </div>
  );
}
