/**
 * The words of the assignment sheets' progress columns, as units type them: the status drop-down's words and the
 * columns' headers, in either language, in any letter case and with either tone placement.
 */
import { messagesFor, Messages } from "../../i18n";
import { foldKey } from "../text";

export type Status = "not-started" | "in-progress" | "done";

/** The four columns a unit fills in, in sheet order. */
export type ProgressField = "deadline" | "status" | "result" | "evidence";
export const PROGRESS_FIELDS: readonly ProgressField[] = ["deadline", "status", "result", "evidence"];

/** A unit may switch language between runs, and co-authors type in either. */
const CATALOGUES: readonly Messages[] = [messagesFor("vi"), messagesFor("en")];

const STATUS_KEYS: ReadonlyMap<string, Status> = new Map(
  CATALOGUES.flatMap(({ sheets: { statuses } }): [string, Status][] => [
    [foldKey(statuses.notStarted), "not-started"],
    [foldKey(statuses.inProgress), "in-progress"],
    [foldKey(statuses.done), "done"],
  ]),
);

/** The status words exactly as the drop-down lists offer them, in both languages: formulas compare with these. */
export const STATUS_WORDS: Readonly<Record<"done" | "in-progress", readonly string[]>> = {
  done: [...new Set(CATALOGUES.map((m) => m.sheets.statuses.done))],
  "in-progress": [...new Set(CATALOGUES.map((m) => m.sheets.statuses.inProgress))],
};
export const DONE_WORDS = STATUS_WORDS.done;

/**
 * The status a cell's text names; null when it names none of the three. Letter case, diacritics and their placement
 * do not matter: the three words differ in their letters alone.
 */
export function statusOfText(text: string): Status | null {
  return STATUS_KEYS.get(foldKey(text)) ?? null;
}

/**
 * What a header of an assignment sheet names. The earlier layout's "Tiến độ" (progress) and "Kết quả" (result) are
 * still known, so that what units typed under them is carried into the new columns.
 */
export type ProgressHeader = ProgressField | "progress";

/** The headers of the layout before the status and evidence columns, as they were written. */
const EARLIER_HEADERS: readonly [string, ProgressHeader][] = [
  ["Tiến độ", "progress"],
  ["Kết quả", "result"],
  ["Progress", "progress"],
];

const HEADER_KEYS: ReadonlyMap<string, ProgressHeader> = new Map([
  ...CATALOGUES.flatMap(({ sheets: { columns } }): [string, ProgressHeader][] => [
    [foldKey(columns.deadline), "deadline"],
    [foldKey(columns.status), "status"],
    [foldKey(columns.result), "result"],
    [foldKey(columns.evidence), "evidence"],
  ]),
  ...EARLIER_HEADERS.map(([h, field]): [string, ProgressHeader] => [foldKey(h), field]),
]);

export function progressHeaderOf(text: string): ProgressHeader | null {
  return HEADER_KEYS.get(foldKey(text)) ?? null;
}
