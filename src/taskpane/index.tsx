import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Language, messagesFor } from "../i18n";
import { createOfficeHost, displayLanguageTag, hasExcelApi, isOfficeDarkTheme, whenOfficeReady } from "../office";
import { App } from "./App";
import { startFirstRead } from "./session/first-read";
import { ProblemBar } from "./views/ErrorBar";

/** Vietnamese unless Office (or, without Office, the browser) speaks another language. */
function displayLanguage(): Language {
  const tag = displayLanguageTag();
  return !tag || tag.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** Office's dark themes get Fluent's dark theme, loaded only then: most staff never download it. */
async function officeTheme(): Promise<Theme> {
  return isOfficeDarkTheme() ? (await import("./dark-theme")).webDarkTheme : webLightTheme;
}

async function start(): Promise<void> {
  // legacy-check.js removes the root inside Excel versions that cannot run the app.
  const container = document.getElementById("root");
  if (!container) return;
  const language = displayLanguage();
  // The first read starts before anything renders: Excel reads the workbook while the page draws its first frame.
  const host = hasExcelApi() ? createOfficeHost() : null;
  const firstRead = host && startFirstRead(host);
  const theme = await officeTheme();
  const root = createRoot(container);
  if (!host || !firstRead) {
    root.render(
      <FluentProvider theme={theme} lang={language}>
        <ProblemBar problem={messagesFor(language).ui.errors.notInExcel} intent="error" />
      </FluentProvider>,
    );
    return;
  }
  root.render(<App host={host} firstRead={firstRead} language={language} theme={theme} />);
  // The pane closing unloads the page: unmounting first stops watching the table, so Excel drops the handler.
  window.addEventListener("pagehide", (event) => {
    if (!event.persisted) root.unmount();
  });
}

// Without office.js (blocked or offline) the pane still renders, so it says what is wrong instead of staying blank.
whenOfficeReady(() => void start());
