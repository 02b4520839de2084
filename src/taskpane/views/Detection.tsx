import { Button, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { areaAddress } from "../../core/cells";
import { Plan } from "../../core/model";
import { usePaneText } from "../language";
import { withLayout } from "../session/choices";
import { tableSheets } from "../session/detect";
import { Session, SessionActions } from "../session/useWorkbookSession";
import { ColumnChooser } from "./ColumnChooser";
import { Labeled } from "./Labeled";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  found: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  sheet: { minWidth: 0, flexBasis: "100%" },
});

/**
 * One line on where the table is; the details, and the ways to point the pane at another sheet, range or columns,
 * open on demand (and are open while no table is found).
 */
export function Detection({ session, actions }: { session: Session; actions: SessionActions }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [open, setOpen] = useState(false);
  const { snapshot, detection, target, busy } = session;
  if (!snapshot || !detection) return null;
  const plan = detection.plan;
  const range = plan && target.kind === "selection" ? areaAddress(target.area) : null;
  return (
    <section className={styles.root} aria-label={m.detect.region}>
      {plan && (
        <div className={styles.line}>
          <span className={styles.found}>
            {range
              ? m.detect.selection(plan.layout.sheet, range)
              : m.detect.table(plan.layout.sheet, plan.layout.firstRow, plan.layout.lastRow)}
          </span>
          <Button size="small" aria-expanded={open} aria-controls="table-details" onClick={() => setOpen(!open)}>
            {m.detect.change}
          </Button>
        </div>
      )}
      {busy === "reading" && <Spinner size="tiny" label={m.reading} />}
      <div aria-live="polite" className={shared.visuallyHidden}>
        {session.followedChange && m.detect.followed}
      </div>
      {(open || !plan) && (
        <div id="table-details" className={styles.details}>
          {plan && <Facts plan={plan} />}
          <Tools session={session} actions={actions} />
        </div>
      )}
    </section>
  );
}

function Facts({ plan }: { plan: Plan }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const { layout } = plan;
  const year = (y: number | null) => (y === null ? m.detect.unknownYear : String(y));
  return (
    <ul className={styles.facts}>
      <li>{m.detect.headerRow(layout.headerRow)}</li>
      <li>{m.detect.years(year(layout.years.score), year(layout.years.target))}</li>
      <li>
        {m.detect.counts(
          plan.criteria.filter((c) => c.level === 1).length,
          plan.criteria.filter((c) => c.level > 1 || c.leaf).length,
          plan.units.length,
        )}
      </li>
    </ul>
  );
}

/** Another sheet, the selected range, a fresh read, or the user's own header row and columns. */
function Tools({ session, actions }: { session: Session; actions: SessionActions }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const [choosing, setChoosing] = useState(false);
  const { snapshot, detection, target, busy } = session;
  if (!snapshot || !detection) return null;
  const sheet = detection.cells.name;
  const plan = detection.plan;
  return (
    <>
      <div className={styles.tools}>
        <Labeled label={m.detect.sheet} className={styles.sheet}>
          {(id) => (
            <Select
              id={id}
              value={sheet}
              disabled={busy !== null}
              onChange={(_, data) => void actions.chooseSheet(data.value)}
            >
              {tableSheets(snapshot).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          )}
        </Labeled>
        <Button disabled={busy !== null} onClick={() => void actions.useSelection()}>
          {m.detect.useSelection}
        </Button>
        <Button disabled={busy !== null} onClick={() => void actions.reload()}>
          {m.detect.reread}
        </Button>
        <Button aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          {m.detect.chooseColumns}
        </Button>
      </div>
      {choosing && (
        <ColumnChooser
          cells={detection.cells}
          layout={plan ? plan.layout : snapshot.state.layout?.sheet === sheet ? snapshot.state.layout : null}
          disabled={busy !== null}
          onSave={(layout) => {
            setChoosing(false);
            void actions.saveChoices(
              withLayout(layout),
              target.kind === "selection" ? target : { kind: "sheet", sheet },
            );
          }}
          onCancel={() => setChoosing(false)}
        />
      )}
    </>
  );
}
