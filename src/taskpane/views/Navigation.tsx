import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KeyboardEvent, lazy, Suspense, useRef } from "react";
import { Plan } from "../../core/model";
import type { WorkbookHost } from "../../office";
import { usePaneText } from "../language";
import { Session, SessionActions } from "../session/useWorkbookSession";
import { Busy } from "./Busy";
import { Overview } from "./Overview";

export type View = "overview" | "problems" | "units" | "actions" | "followUp" | "unitFiles";
const VIEWS: readonly View[] = ["overview", "problems", "units", "actions", "followUp", "unitFiles"];

// The overview comes with the pane; the other views load when first opened, to keep the first load small.
const Problems = lazy(() => import(/* webpackChunkName: "view-problems" */ "./Problems"));
const Units = lazy(() => import(/* webpackChunkName: "view-units" */ "./Units"));
const Actions = lazy(() => import(/* webpackChunkName: "view-actions" */ "./Actions"));
const FollowUp = lazy(() => import(/* webpackChunkName: "view-follow-up" */ "./FollowUp"));
const UnitFiles = lazy(() => import(/* webpackChunkName: "view-unit-files" */ "./UnitFiles"));

const useStyles = makeStyles({
  // Tabs that do not fit on one line go on to the next: the pane never scrolls sideways, whatever the language.
  tabs: { display: "flex", flexWrap: "wrap" },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
  panel: { minWidth: 0 },
});

/**
 * The views as tabs, one tab stop: the arrow keys (and Home, End) move between them, Enter or Space opens one, as
 * in any tab list. Written here rather than Fluent's TabList, whose weight the pane's first load cannot carry.
 */
export function ViewTabs({ view, onView }: { view: View; onView: (view: View) => void }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = moves[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    tabs[(to + tabs.length) % tabs.length].focus();
  };
  return (
    <div ref={list} role="tablist" className={styles.tabs} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={v === view}
          aria-controls={`panel-${v}`}
          tabIndex={v === view ? 0 : -1}
          className={mergeClasses(styles.tab, v === view && styles.selected)}
          onClick={() => onView(v)}
        >
          {m.tabs[v]}
        </button>
      ))}
    </div>
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
        {view === "unitFiles" && <UnitFiles host={props.host} session={session} />}
      </Suspense>
    </div>
  );
}
