import { Button, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { FormEvent, ReactNode, useState } from "react";
import { pointsAtStake } from "../../core/plan-totals";
import { Plan, Unit } from "../../core/model";
import { usePaneText } from "../language";
import { useSharedStyles } from "./shared-styles";
import { Labeled } from "./Labeled";

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  button: { alignSelf: "start" },
});

/** Each unit with what it leads and supports; merging two spellings of one unit, renaming one. */
export function Units(props: FormProps & { saved: boolean }) {
  const { m } = usePaneText();
  const shared = useSharedStyles();
  const { plan } = props;
  if (!plan.units.length) return <p>{m.units.none}</p>;
  // The forms start again when the units change, so they never hold a name that is gone.
  const names = plan.units.map((u) => u.name).join("\n");
  return (
    <div>
      <p role="status">{props.saved ? m.units.saved : ""}</p>
      <ul className={shared.plainList}>
        {plan.units.map((unit) => (
          <UnitLine key={unit.name} unit={unit} plan={plan} />
        ))}
      </ul>
      <MergeForm key={`merge:${names}`} plan={plan} disabled={props.disabled} onAlias={props.onAlias} />
      <RenameForm key={`rename:${names}`} plan={plan} disabled={props.disabled} onAlias={props.onAlias} />
    </div>
  );
}

function UnitLine({ unit, plan }: { unit: Unit; plan: Plan }) {
  const { m, num } = usePaneText();
  const styles = useStyles();
  const codes = (rows: readonly number[]) =>
    rows.length ? rows.map((row) => plan.criteria.find((c) => c.row === row)?.code ?? row).join(", ") : m.units.nothing;
  return (
    <li>
      <span className={styles.name}>{unit.name}</span>
      <span className={styles.detail}>{m.units.sheet(unit.sheetName)}</span>
      <span className={styles.detail}>{m.units.leads(codes(unit.lead))}</span>
      <span className={styles.detail}>{m.units.supports(codes(unit.support))}</span>
      <span className={styles.detail}>{m.units.atStake(num(pointsAtStake(plan, unit)))}</span>
    </li>
  );
}

function UnitSelect(props: { label: string; units: readonly Unit[]; value: string; onChange: (name: string) => void }) {
  return (
    <Labeled label={props.label}>
      {(id) => (
        <Select id={id} value={props.value} onChange={(_, data) => props.onChange(data.value)}>
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

/** A titled form whose button saves one alias (from → to), when the fields make one. */
function AliasForm(props: {
  id: string;
  title: string;
  submit: string;
  alias: readonly [string, string] | null;
  disabled: boolean;
  onAlias: (from: string, to: string) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { alias } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (alias) props.onAlias(...alias);
  };
  return (
    <form className={styles.form} aria-labelledby={props.id} onSubmit={submit}>
      <h2 id={props.id} className={shared.heading}>
        {props.title}
      </h2>
      {props.children}
      <Button type="submit" className={styles.button} disabled={props.disabled || !alias}>
        {props.submit}
      </Button>
    </form>
  );
}

type FormProps = { plan: Plan; disabled: boolean; onAlias: (from: string, to: string) => void };

function MergeForm({ plan, ...rest }: FormProps) {
  const { m } = usePaneText();
  const [source, setSource] = useState(plan.units[0].name);
  const [target, setTarget] = useState(plan.units[plan.units.length > 1 ? 1 : 0].name);
  return (
    <AliasForm
      id="merge-title"
      title={m.units.mergeTitle}
      submit={m.units.merge}
      alias={source !== target ? [source, target] : null}
      {...rest}
    >
      <UnitSelect label={m.units.mergeSource} units={plan.units} value={source} onChange={setSource} />
      <UnitSelect label={m.units.mergeTarget} units={plan.units} value={target} onChange={setTarget} />
    </AliasForm>
  );
}

function RenameForm({ plan, ...rest }: FormProps) {
  const { m } = usePaneText();
  const [unit, setUnit] = useState(plan.units[0].name);
  const [name, setName] = useState("");
  const newName = name.trim();
  return (
    <AliasForm
      id="rename-title"
      title={m.units.renameTitle}
      submit={m.units.rename}
      alias={newName && newName !== unit ? [unit, newName] : null}
      {...rest}
    >
      <UnitSelect label={m.units.renameUnit} units={plan.units} value={unit} onChange={setUnit} />
      <Labeled label={m.units.newName}>
        {(id) => <Input id={id} value={name} onChange={(_, data) => setName(data.value)} />}
      </Labeled>
    </AliasForm>
  );
}
