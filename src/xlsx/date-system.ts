/**
 * The workbook's date system at the ExcelJS adapter's edge. The engine counts every date as a 1900-system serial;
 * a workbook whose workbook.xml says `<workbookPr date1904="1"/>` stores a date 1,462 days lower (DAYS_1900_TO_1904,
 * ECMA-376 Part 1, §18.17.4.1, "Date Conversion for Serial Values"). ExcelJS applies it when it reads (a number it
 * takes for a date arrives as the true moment: cell-value.ts), never when we write a number: what goes back into a
 * workbook goes through here. Browser-safe (fflate, no Node).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type ExcelJS from "exceljs";
import { DateSystem, DAYS_1900_TO_1904 } from "../core/cells";
import { Content } from "../core/edits";

const MS_PER_DAY = 86_400_000;
const WORKBOOK = "xl/workbook.xml";

/**
 * Whether ExcelJS read a number in this format as a date, and so turned it from the workbook's system into a Date:
 * its own test (isDateFmt in exceljs/lib/utils/utils.js, 4.4.0: [...] and "..." left out, then any of y m d h M s b),
 * so that a number goes back exactly as it came. That file needs Node's fs: the pane's bundle cannot import it.
 */
function readAsDate(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The date system of a workbook ExcelJS read (through withDate1904ExcelJsReads, which makes sure it sees it). */
export const dateSystemOf = (workbook: ExcelJS.Workbook): DateSystem =>
  workbook.properties.date1904 === true ? "1904" : "1900";

/** A content as a workbook in `date1904` stores it: a date's serial counted in the workbook's system. */
export function inWorkbookDates(content: Content, date1904: boolean): Content {
  if (!date1904 || content.kind !== "number" || !readAsDate(content.format)) return content;
  return { ...content, value: content.value - DAYS_1900_TO_1904 };
}

/**
 * The Date to give ExcelJS for a date validation's bound on `iso`: ExcelJS writes it as a 1900-system serial
 * whatever the workbook's system (data-validations-xform.js), so in a 1904 workbook it is given the day whose
 * 1900 serial is the workbook's serial of `iso`.
 */
export function validationDate(iso: string, date1904: boolean): Date {
  return new Date(Date.parse(iso) - (date1904 ? DAYS_1900_TO_1904 * MS_PER_DAY : 0));
}

/** workbook.xml's workbookPr element, where the date system is said; "" when there is none. */
const propertiesOf = (workbookXml: string): string => /<workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? "";

/** Whether workbook.xml puts the workbook in the 1904 system: date1904 is an xsd:boolean, "1" or "true". */
export function isDate1904(workbookXml: string): boolean {
  return /\sdate1904\s*=\s*["']\s*(?:1|true)\s*["']/.test(propertiesOf(workbookXml));
}

/**
 * The package with its 1904 date system written so that ExcelJS sees it: ExcelJS takes only date1904="1", and
 * LibreOffice writes "true"; read as 1900, every date would be 1,462 days early and the system lost on writing.
 * Any other package is returned as it is, unpacked no further than its workbook.xml.
 */
export function withDate1904ExcelJsReads(bytes: Uint8Array): Uint8Array {
  let workbook: Uint8Array | undefined;
  try {
    workbook = unzipSync(bytes, { filter: (file) => file.name === WORKBOOK })[WORKBOOK];
  } catch {
    return bytes; // not a zip: ExcelJS says why
  }
  const xml = workbook === undefined ? "" : strFromU8(workbook);
  const properties = propertiesOf(xml);
  if (!isDate1904(properties) || /\sdate1904=["']1["']/.test(properties)) return bytes;
  const fixed = properties.replace(/\sdate1904\s*=\s*("[^"]*"|'[^']*')/, ' date1904="1"');
  const entries = unzipSync(bytes);
  entries[WORKBOOK] = strToU8(xml.replace(properties, fixed));
  return zipSync(entries, { level: 0 });
}
