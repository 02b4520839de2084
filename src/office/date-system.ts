/**
 * The workbook's date system at the Office.js adapter's edge. Range.values and formulas give a date as the workbook
 * stores it, 1,462 days lower in a workbook in the 1904 system (DAYS_1900_TO_1904); the engine counts in the 1900
 * system. Every number in a date's format is turned here, both ways, so that a date read and written back stays its
 * day and the engine compares days, whichever workbook they came from.
 *
 * Workbook.use1904DateSystem would tell the system, but it belongs to no released requirement set ("ExcelApi BETA
 * (PREVIEW ONLY)" in OfficeDev/office-js-docs-reference, excel.workbook.yml; not in @types/office-js): an add-in in
 * production cannot use it, on Excel 2021 and LTSC 2024 as on Microsoft 365. Excel's DATE tells it, through
 * Workbook.functions (ExcelApi 1.2, on every host the manifest admits): 1 January 1904 is 1462 in the 1900 system and
 * 0 in the 1904 one ("a number from 1900 or 1904 (depending on the workbook's date system)", Functions.date in
 * @types/office-js). Only 0 is taken for the 1904 system: an answer Excel should not give (an error) leaves the
 * numbers as they are, as before this was read.
 */
import { DateSystem, DAYS_1900_TO_1904, engineSerial } from "../core/cells";
import { Content } from "../core/edits";
import { isDateFormat } from "../core/date-format";

/** Queues DATE(1904, 1, 1) with the operation's first reads; the workbook's date system once they are synced. */
export function queueDateSystemRead(workbook: Excel.Workbook): () => DateSystem {
  const start1904 = workbook.functions.date(1904, 1, 1);
  start1904.load("value");
  return () => (start1904.value === 0 ? "1904" : "1900");
}

/** A number the workbook holds in `format`, as the engine counts it: a date's serial in the 1900 system. */
export function engineNumber(value: number, format: unknown, dates: DateSystem): number {
  return dates === "1904" && isDateFormat(String(format ?? "")) ? engineSerial(value, dates) : value;
}

/** A content as the workbook is to hold it: a date's serial in the workbook's system. */
export function inWorkbookDates(content: Content, dates: DateSystem): Content {
  if (dates === "1900" || content.kind !== "number" || !isDateFormat(content.format ?? "")) return content;
  return { ...content, value: content.value - DAYS_1900_TO_1904 };
}
