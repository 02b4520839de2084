import { FluentProvider, makeStyles, Theme, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Language } from "../i18n";
import type { WorkbookHost } from "../office";
import { LanguageProvider, SeparatorsProvider, usePaneText } from "./language";
import type { FirstRead } from "./session/first-read";
import { useWorkbookSession } from "./session/useWorkbookSession";
import { Busy } from "./views/Busy";
import { Detection } from "./views/Detection";
import { ErrorBar } from "./views/ErrorBar";
import { ErrorBoundary } from "./views/ErrorBoundary";
import { Header } from "./views/Header";
import { ViewPanel, ViewTabs, View } from "./views/Navigation";

export interface AppProps {
  /** The workbook: Office.js in Excel, an in-memory Excel in the playground, a double in tests. */
  readonly host: WorkbookHost;
  /** The first read of `host`, when the page started it before rendering the pane; else the pane starts it. */
  readonly firstRead?: FirstRead;
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
    // Every line wraps within the pane's width: nothing may push it sideways.
    minWidth: 0,
    maxWidth: "100%",
    overflowWrap: "break-word",
  },
});

/** The task pane. */
export function App({ host, firstRead, language = "vi", theme = webLightTheme }: AppProps) {
  const [chosen, setChosen] = useState<Language>(language);
  const styles = useStyles();
  // Screen readers and hyphenation follow the language the pane speaks.
  useEffect(() => {
    document.documentElement.lang = chosen;
  }, [chosen]);
  return (
    <FluentProvider theme={theme} lang={chosen}>
      <LanguageProvider value={chosen}>
        <main className={styles.root} lang={chosen}>
          <Header onLanguage={setChosen} />
          <ErrorBoundary language={chosen}>
            <Pane host={host} firstRead={firstRead} />
          </ErrorBoundary>
        </main>
      </LanguageProvider>
    </FluentProvider>
  );
}

function Pane({ host, firstRead }: Pick<AppProps, "host" | "firstRead">) {
  const { m } = usePaneText();
  const [session, actions] = useWorkbookSession(host, firstRead);
  const [view, setView] = useState<View>("overview");
  const plan = session.detection?.plan;
  if (!session.snapshot && session.busy) return <Busy label={m.reading} />;
  return (
    <SeparatorsProvider value={session.snapshot?.separators ?? null}>
      {session.error && (
        <ErrorBar kind={session.error} onRetry={() => void actions.reload()} onDismiss={actions.dismissError} />
      )}
      <Detection session={session} actions={actions} />
      {plan && (
        <>
          <ViewTabs view={view} onView={setView} />
          <ViewPanel view={view} plan={plan} session={session} actions={actions} host={host} />
        </>
      )}
    </SeparatorsProvider>
  );
}
