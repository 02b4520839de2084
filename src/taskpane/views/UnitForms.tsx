import { Button, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { FormEvent, ReactNode, useEffect, useRef, useState } from "react";
import { WorkbookState } from "../../core/edits";
import { Plan, Unit } from "../../core/model";
import { usePaneText } from "../language";
import { withAlias } from "../session/choices";
import { Labeled } from "./Labeled";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  select: { minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notice: {
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  text: { margin: 0 },
});

type Change = (state: WorkbookState) => WorkbookState;

/** What a form needs from the units view: whether it may save, what its last save did, and how to undo that. */
export interface UnitChange {
  readonly disabled: boolean;
  readonly done: string | null;
  readonly save: (change: Change, done: string) => Promise<void>;
  readonly undo: (() => Promise<void>) | null;
}

/** A text that takes the focus when it appears or changes: questions and confirmations stay where the user is. */
function Notice(props: { text: string; children?: ReactNode }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [props.text]);
  return (
    <div ref={box} role="status" tabIndex={-1} className={styles.notice}>
      <p className={styles.text}>{props.text}</p>
      {props.children}
    </div>
  );
}

function UnitSelect(props: { label: string; units: readonly Unit[]; value: string; onChange: (name: string) => void }) {
  const { m } = usePaneText();
  const styles = useStyles();
  return (
    <Labeled label={props.label}>
      {(id) => (
        <Select
          id={id}
          className={styles.select}
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
        >
          <option value="">{m.units.choose}</option>
          {props.units.map((u) => (
            <option key={u.name} value={u.name}>
              {u.name}
            </option>
          ))}
        </Select>
      )}
    </Labeled>
  );
}

/** A titled form with its own confirmation (and undo) under it. */
function UnitForm(props: { id: string; title: string; change: UnitChange; onSubmit: () => void; children: ReactNode }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { change } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className={styles.form} aria-labelledby={props.id} onSubmit={submit}>
      <h2 id={props.id} className={shared.heading}>
        {props.title}
      </h2>
      {props.children}
      {change.done && (
        <Notice text={change.done}>
          {change.undo && (
            <Button disabled={change.disabled} onClick={() => void change.undo?.()}>
              {m.units.undo}
            </Button>
          )}
        </Notice>
      )}
    </form>
  );
}

/** Two spellings of one unit become one: chosen from nothing, asked before it is saved. */
export function MergeForm({ plan, change }: { plan: Plan; change: UnitChange }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const [source, setSource] = useState("");
  const [target, setTarget] = useState("");
  const [asking, setAsking] = useState(false);
  const ready = source !== "" && target !== "" && source !== target;
  const unit = plan.units.find((u) => u.name === source);
  const choose = (set: (name: string) => void) => (name: string) => {
    set(name);
    setAsking(false);
  };
  return (
    <UnitForm id="merge-title" title={m.units.mergeTitle} change={change} onSubmit={() => ready && setAsking(true)}>
      <UnitSelect label={m.units.mergeSource} units={plan.units} value={source} onChange={choose(setSource)} />
      <UnitSelect label={m.units.mergeTarget} units={plan.units} value={target} onChange={choose(setTarget)} />
      {asking && unit ? (
        <Notice text={m.units.mergeWill(source, target, unit.lead.length, unit.support.length)}>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={change.disabled}
              onClick={() => void change.save(withAlias(source, target), m.units.merged(source, target))}
            >
              {m.units.confirmMerge}
            </Button>
            <Button onClick={() => setAsking(false)}>{m.units.cancel}</Button>
          </div>
        </Notice>
      ) : (
        <Button type="submit" className={styles.text} disabled={change.disabled || !ready}>
          {m.units.merge}
        </Button>
      )}
    </UnitForm>
  );
}

export function RenameForm({ plan, change }: { plan: Plan; change: UnitChange }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const [unit, setUnit] = useState("");
  const [name, setName] = useState("");
  const newName = name.trim();
  const ready = unit !== "" && newName !== "" && newName !== unit;
  return (
    <UnitForm
      id="rename-title"
      title={m.units.renameTitle}
      change={change}
      onSubmit={() => ready && void change.save(withAlias(unit, newName), m.units.renamed(unit, newName))}
    >
      <UnitSelect label={m.units.renameUnit} units={plan.units} value={unit} onChange={setUnit} />
      <Labeled label={m.units.newName}>
        {(id) => <Input id={id} value={name} onChange={(_, data) => setName(data.value)} />}
      </Labeled>
      <Button type="submit" className={styles.text} disabled={change.disabled || !ready}>
        {m.units.rename}
      </Button>
    </UnitForm>
  );
}
