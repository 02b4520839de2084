import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { Plan } from "../../core/model";
import type { WorkbookHost } from "../../office";
import { usePaneText } from "../language";
import { Session, SessionActions } from "../session/useWorkbookSession";
import { Busy } from "./Busy";
import { Overview } from "./Overview";

export type View = "overview" | "problems" | "units" | "actions" | "followUp";
const VIEWS: readonly View[] = ["overview", "problems", "units", "actions", "followUp"];

// The overview comes with the pane; the other views load when first opened, to keep the first load small.
const Problems = lazy(() => import(/* webpackChunkName: "view-problems" */ "./Problems"));
const Units = lazy(() => import(/* webpackChunkName: "view-units" */ "./Units"));
const Actions = lazy(() => import(/* webpackChunkName: "view-actions" */ "./Actions"));
const FollowUp = lazy(() => import(/* webpackChunkName: "view-follow-up" */ "./FollowUp"));

const useStyles = makeStyles({
  // Tabs that do not fit on one line go on to the next: the pane never scrolls sideways, whatever the language.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});

export function ViewTabs({ view, onView }: { view: View; onView: (view: View) => void }) {
  const { m } = usePaneText();
  const styles = useStyles();
  return (
    <TabList
      size="small"
      className={styles.tabs}
      selectedValue={view}
      onTabSelect={(_, data) => onView(data.value as View)}
    >
      {VIEWS.map((v) => (
        <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
          {m.tabs[v]}
        </Tab>
      ))}
    </TabList>
  );
}

export function ViewPanel(props: {
  view: View;
  plan: Plan;
  session: Session;
  actions: SessionActions;
  host: WorkbookHost;
}) {
  const { m } = usePaneText();
  const styles = useStyles();
  const { view, plan, session, actions } = props;
  return (
    <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} tabIndex={0} className={styles.panel}>
      <Suspense fallback={<Busy label={m.reading} />}>
        {view === "overview" && <Overview plan={plan} />}
        {view === "problems" && <Problems plan={plan} onSelect={(row, column) => void actions.select(row, column)} />}
        {view === "units" && (
          <Units
            plan={plan}
            aliases={session.snapshot?.state.units.aliases ?? {}}
            disabled={session.busy !== null}
            onSave={(change) => actions.saveChoices(change)}
          />
        )}
        {view === "actions" && <Actions session={session} actions={actions} />}
        {view === "followUp" && <FollowUp host={props.host} />}
      </Suspense>
    </div>
  );
}
