/**
 * Collect's report in words: each file skipped and why, each conflict, each cell not taken. One wording for
 * \`par-index collect\` and the pane's unit-files view (src/i18n/unit-files-*.ts).
 */
import { DateSystem, engineSerial } from "../cells";
import { isDateFormat } from "../date-format";
import { Content, shownText } from "../edits";
import { shownSerial } from "../progress/dates";
import { ProgressField } from "../progress/words";
import { Language, messagesFor } from "../../i18n";
import { unitFilesMessagesFor, UnitFilesMessages } from "../../i18n/unit-files";
import { CollectPlan, CollectSkip } from "./collect-plan";

type Report = UnitFilesMessages["report"];

export function skipReasonText(reason: CollectSkip, language: Language): string {
  const m = unitFilesMessagesFor(language).report.reasons;
  switch (reason.kind) {
    case "other-plan":
      return m.otherPlan;
    case "unit-not-in-plan":
      return m.unitNotInPlan(reason.unit);
    case "no-unit-sheet":
      return m.noUnitSheet(reason.unit);
    case "sheet-missing":
      return m.sheetMissing(reason.unit, reason.sheet);
    case "unrecognised":
      return m.unrecognised;
    case "superseded":
      return m.superseded(reason.unit, reason.by);
    case "unreadable":
      return {
        "not-found": m.notFound,
        "legacy-xls": m.legacyXls,
        csv: m.csv,
        "not-xlsx": m.notXlsx,
        encrypted: m.encrypted,
        damaged: m.damaged,
        "too-large": m.tooLarge,
        "is-master": m.isMaster,
      }[reason.reason];
  }
}

/**
 * A cell as a line shows it: a deadline's number as the date it is (dd/mm/yyyy). One in a date format arrives
 * counted in the 1900 system; a plain number counts in the workbook's `dates`, as its formulas compare it.
 */
export function shownProgress(content: Content, field: ProgressField, m: Report, dates: DateSystem): string {
  switch (content.kind) {
    case "empty":
      return m.empty;
    case "text":
      return content.text;
    case "formula":
      return content.formula;
    case "number":
      if (field !== "deadline") return String(content.value);
      return shownSerial(isDateFormat(content.format ?? "") ? content.value : engineSerial(content.value, dates));
    case "boolean":
    case "error":
      return shownText(content);
  }
}

/** Every line about what was not taken: skipped files, conflicts, cells outside the progress columns, stray codes. */
export function collectReportLines(collected: CollectPlan, language: Language): string[] {
  const u = unitFilesMessagesFor(language).report;
  const columns = messagesFor(language).sheets.columns;
  return [
    ...collected.skipped.map((s) => u.skipped(s.file, skipReasonText(s.reason, language))),
    ...collected.taken.flatMap((t) => [
      ...t.merge.conflicts.map((c) =>
        u.conflict(
          t.unit,
          c.code,
          columns[c.field],
          shownProgress(c.kept, c.field, u, collected.dateSystem),
          shownProgress(c.theirs, c.field, u, collected.dateSystem),
        ),
      ),
      ...t.merge.outside.map((o) => u.outside(t.file, o.address, o.code)),
      ...t.merge.strayCodes.map((s) => u.strayCode(t.file, s.code, s.inPlan)),
    ]),
  ];
}
