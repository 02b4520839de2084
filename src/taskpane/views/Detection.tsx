import { Button, Link, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Plan } from "../../core/model";
import { usePaneText } from "../language";
import { areaAddress } from "../../core/cells";
import { tableSheets } from "../session/detect";
import { withLayout } from "../session/choices";
import { Session, SessionActions } from "../session/useWorkbookSession";
import { ColumnChooser } from "./ColumnChooser";
import { Labeled } from "./Labeled";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  sheet: { minWidth: "140px", flexGrow: 1 },
});

/** Where the table is and what it holds; how to point the pane at another sheet, range or columns. */
export function Detection({ session, actions }: { session: Session; actions: SessionActions }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [choosing, setChoosing] = useState(false);
  const { snapshot, detection, target, busy } = session;
  if (!snapshot || !detection) return null;
  const sheet = detection.cells.name;
  const plan = detection.plan;
  return (
    <section className={styles.root} aria-label={m.detect.region}>
      {plan && <Summary plan={plan} range={target.kind === "selection" ? areaAddress(target.area) : null} />}
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
      </div>
      {busy === "reading" && <Spinner size="tiny" label={m.reading} />}
      <div aria-live="polite" className={shared.visuallyHidden}>
        {session.followedChange && m.detect.followed}
      </div>
      <Link as="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
        {m.detect.notRight}
      </Link>
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
    </section>
  );
}

function Summary({ plan, range }: { plan: Plan; range: string | null }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const { layout } = plan;
  const year = (y: number | null) => (y === null ? m.detect.unknownYear : String(y));
  return (
    <ul className={styles.summary}>
      <li>{range ? m.detect.selection(layout.sheet, range) : m.detect.table(layout.sheet)}</li>
      <li>{m.detect.rows(layout.headerRow, layout.firstRow, layout.lastRow)}</li>
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
