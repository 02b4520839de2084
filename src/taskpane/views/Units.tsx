import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pointsAtStake } from "../../core/plan-totals";
import { WorkbookState } from "../../core/edits";
import { Plan, Unit } from "../../core/model";
import { usePaneText } from "../language";
import { withAliases } from "../session/choices";
import { MergeForm, RenameForm, UnitChange } from "./UnitForms";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface UnitsProps {
  readonly plan: Plan;
  /** The unit names the workbook keeps now: what an undo puts back. */
  readonly aliases: WorkbookState["units"]["aliases"];
  readonly disabled: boolean;
  /** Saves a change of unit names; true once it is saved and the table analysed again. */
  readonly onSave: (change: (state: WorkbookState) => WorkbookState) => Promise<boolean>;
}

/** Each unit with what it leads and supports; merging two spellings of one unit, renaming one, undoing either. */
export default function Units(props: UnitsProps) {
  const { m } = usePaneText();
  const shared = useSharedStyles();
  const { plan } = props;
  // What the last merge or rename did, said beside its form, with the names as they were before it.
  const [last, setLast] = useState<{ form: "merge" | "rename"; text: string; before: UnitsProps["aliases"] } | null>(
    null,
  );
  if (!plan.units.length) return <p>{m.units.none}</p>;
  // The forms start again when the units change, so they never hold a name that is gone.
  const names = plan.units.map((u) => u.name).join("\n");
  const change = (form: "merge" | "rename"): UnitChange => ({
    disabled: props.disabled,
    done: last?.form === form ? last.text : null,
    save: async (alias, text) => {
      const before = props.aliases;
      if (await props.onSave(alias)) setLast({ form, text, before });
    },
    undo:
      last?.form === form && last.text !== m.units.undone
        ? async () => {
            if (await props.onSave(withAliases(last.before))) setLast({ ...last, text: m.units.undone });
          }
        : null,
  });
  return (
    <div>
      <ul className={shared.plainList}>
        {plan.units.map((unit) => (
          <UnitLine key={unit.name} unit={unit} plan={plan} />
        ))}
      </ul>
      <MergeForm key={`merge:${names}`} plan={plan} change={change("merge")} />
      <RenameForm key={`rename:${names}`} plan={plan} change={change("rename")} />
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
