/**
 * What Office says about the page before the pane starts: whether office.js loaded, the display language, the theme.
 * Each answer holds without office.js (blocked, offline, or a plain browser), so the pane can still say what is wrong.
 */

/** Calls `start` once Office has initialised the page, or at once when office.js did not load. */
export function whenOfficeReady(start: () => void): void {
  if (typeof Office === "undefined") start();
  else void Office.onReady(() => start());
}

/** Office's display language ("vi-VN"), or the browser's outside Office. */
export function displayLanguageTag(): string {
  return typeof Office !== "undefined" && Office.context ? Office.context.displayLanguage : navigator.language;
}

export function isOfficeDarkTheme(): boolean {
  return typeof Office !== "undefined" && Office.context?.officeTheme?.isDarkTheme === true;
}

/** Whether the Excel JavaScript API is there: false in a browser tab or another Office application. */
export function hasExcelApi(): boolean {
  return typeof Excel !== "undefined";
}
