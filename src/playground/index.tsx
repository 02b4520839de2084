/**
 * The playground: the real task pane beside a drawing of an in-memory workbook holding the sample plan, for
 * trying the add-in without Excel (`npm start` where there is no desktop Excel) and for the browser tests.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { Language, messagesFor } from "../i18n";
import { installExcelGlobals, MemoryWorkbook, SheetSpec } from "../memory-excel";
import { createOfficeHost } from "../office";
import { App } from "../taskpane/App";
import { startFirstRead } from "../taskpane/session/first-read";
import { notifyAfterChangingRuns, workbookChanges } from "./changes";
import sample from "./sample-plan.json";
import { REGIONAL_SEPARATORS } from "./sheet-grid";
import { WorkbookView } from "./WorkbookView";

declare global {
  interface Window {
    /** For the browser tests: the workbook behind the page. */
    parIndexPlayground?: { readonly workbook: MemoryWorkbook };
  }
}

/** Office's display language, as `?lang=en-US` gives it; Vietnamese by default. */
const displayLanguage = new URLSearchParams(window.location.search).get("lang") || "vi-VN";
const language: Language = displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
const labels = messagesFor(language).playground;

/** `?paneWidth=320` sets the pane's width in CSS pixels, to see it at the widths Excel opens panes with. */
const paneWidth = Number(new URLSearchParams(window.location.search).get("paneWidth"));

const workbook = MemoryWorkbook.fromSheets(sample as readonly SheetSpec[]);
// The workbook's numbers follow Windows' Vietnamese regional settings, whatever the pane's language, as in Excel.
installExcelGlobals(workbook, {
  displayLanguage,
  contextOptions: { separators: { decimal: REGIONAL_SEPARATORS.decimal, thousands: REGIONAL_SEPARATORS.thousands } },
});
const changes = workbookChanges();
notifyAfterChangingRuns(Excel as unknown as { run: (...args: never[]) => Promise<unknown> }, workbook, changes);
window.parIndexPlayground = { workbook };

// As the pane's page does, the first read starts before anything renders. The in-memory Excel answers within this
// task: the pane renders once the read is done, and draws its overview at once.
const host = createOfficeHost();
const firstRead = startFirstRead(host);

document.documentElement.lang = language;
document.title = labels.title;
const workbookSlot = document.getElementById("workbook");
const paneSlot = document.getElementById("pane");
if (workbookSlot && paneSlot) {
  if (paneWidth > 0) paneSlot.style.width = `${paneWidth}px`;
  void firstRead.promise
    .catch(() => null)
    .then(() => {
      flushSync(() => createRoot(paneSlot).render(<App host={host} firstRead={firstRead} language={language} />));
      // Excel draws its grid in a process of its own, and the pane never waits for it. The playground draws its
      // stand-in once the pane's first frame is drawn, so that what the pane's first view waits for is the pane's own
      // work: drawn with the pane, the grid's render, layout and paint (548 cells) took some 45 ms of the page's main
      // thread first.
      requestAnimationFrame(() =>
        setTimeout(() =>
          createRoot(workbookSlot).render(<WorkbookView workbook={workbook} changes={changes} labels={labels} />),
        ),
      );
    });
}
