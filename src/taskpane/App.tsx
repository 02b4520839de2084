import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Theme,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { Language } from "../i18n";
import type { WorkbookHost } from "../office";
import { LanguageProvider, usePaneText } from "./language";
import { withAlias } from "./session/choices";
import { useWorkbookSession } from "./session/useWorkbookSession";
import { Actions } from "./views/Actions";
import { Detection } from "./views/Detection";
import { ErrorBar } from "./views/ErrorBar";
import { ErrorBoundary } from "./views/ErrorBoundary";
import { Header } from "./views/Header";
import { Overview } from "./views/Overview";
import { Problems } from "./views/Problems";
import { Units } from "./views/Units";

export interface AppProps {
  /** The workbook: Office.js in Excel, an in-memory Excel in the playground, a double in tests. */
  readonly host: WorkbookHost;
  /** Vietnamese unless said otherwise; the header switches it. */
  readonly language?: Language;
  /** Fluent's light or dark theme, after Office's. */
  readonly theme?: Theme;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

/** The task pane. */
export function App({ host, language = "vi", theme = webLightTheme }: AppProps) {
  const [chosen, setChosen] = useState<Language>(language);
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={chosen}>
      <LanguageProvider value={chosen}>
        <main className={styles.root} lang={chosen}>
          <Header onLanguage={setChosen} />
          <ErrorBoundary language={chosen}>
            <Pane host={host} />
          </ErrorBoundary>
        </main>
      </LanguageProvider>
    </FluentProvider>
  );
}

type View = "overview" | "problems" | "units" | "actions";
const VIEWS: readonly View[] = ["overview", "problems", "units", "actions"];

function Pane({ host }: { host: WorkbookHost }) {
  const { m } = usePaneText();
  const [session, actions] = useWorkbookSession(host);
  const [view, setView] = useState<View>("overview");
  const plan = session.detection?.plan;
  if (!session.snapshot && session.busy) return <Spinner label={m.reading} />;
  return (
    <>
      {session.error && (
        <ErrorBar kind={session.error} onRetry={() => void actions.reload()} onDismiss={actions.dismissError} />
      )}
      <Detection session={session} actions={actions} />
      {plan && (
        <>
          <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
            {VIEWS.map((v) => (
              <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
                {m.tabs[v]}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} tabIndex={0}>
            {view === "overview" && <Overview plan={plan} />}
            {view === "problems" && (
              <Problems plan={plan} onSelect={(row, column) => void actions.select(row, column)} />
            )}
            {view === "units" && (
              <Units
                plan={plan}
                disabled={session.busy !== null}
                saved={session.lastWrite?.kind === "saved"}
                onAlias={(from, to) => void actions.saveChoices(withAlias(from, to))}
              />
            )}
            {view === "actions" && <Actions session={session} actions={actions} />}
          </div>
        </>
      )}
    </>
  );
}
