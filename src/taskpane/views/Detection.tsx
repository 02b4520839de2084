import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { areaAddress } from "../../core/cells";
import { Plan } from "../../core/model";
import { usePaneText } from "../language";
import { Session, SessionActions } from "../session/useWorkbookSession";
import { Busy } from "./Busy";
import { useSharedStyles } from "./shared-styles";

// The ways to point the pane elsewhere load when first opened: most days the table is found as it is.
const TableTools = lazy(() => import(/* webpackChunkName: "table-tools" */ "./TableTools"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  found: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  change: { flexShrink: 0, whiteSpace: "nowrap" },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
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
          <Button
            size="small"
            className={styles.change}
            aria-expanded={open}
            aria-controls="table-details"
            onClick={() => setOpen(!open)}
          >
            {m.detect.change}
          </Button>
        </div>
      )}
      {busy === "reading" && <Busy label={m.reading} />}
      <div aria-live="polite" className={shared.visuallyHidden}>
        {session.followedChange && m.detect.followed}
      </div>
      {(open || !plan) && (
        <div id="table-details" className={styles.details}>
          {plan && <Facts plan={plan} />}
          <Suspense fallback={<Busy label={m.reading} />}>
            <TableTools session={session} actions={actions} />
          </Suspense>
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
