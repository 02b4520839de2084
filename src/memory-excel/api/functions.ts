/**
 * Excel.Functions (ExcelApi 1.2): worksheet functions evaluated in the workbook without a cell, each giving a
 * FunctionResult to load. Only DATE is modelled, with numbers for its arguments (a range or another result is
 * refused, InvalidArgument): what the add-in asks, to learn the workbook's date system.
 */
import { DAYS_1900_TO_1904 } from "../../core/cells";
import { excelError } from "../excel-api-error";
import { FormulaError } from "../model/cell";
import { ClientObject, TargetObject } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";

const MS_PER_DAY = 86_400_000;

/**
 * DATE as Excel computes it: a year from 0 to 1899 is 1900 more, a negative one or one past 9999 is #NUM!; months and
 * days past their ends run on into the next (DATE(2024, 13, 1) is 1 January 2025); arguments are truncated. The
 * serial counts in the workbook's date system: in the 1900 one it takes in Excel's 29 February 1900 (serial 60, as
 * typed-entry.ts), in the 1904 one it is 1,462 lower and a day before 1 January 1904 is #NUM! ("a number from 1900
 * or 1904 (depending on the workbook's date system) to 9999", Functions.date in @types/office-js).
 */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number | FormulaError {
  const [y, m, d] = [year, month, day].map(Math.trunc);
  const fullYear = y >= 0 && y <= 1899 ? 1900 + y : y;
  if (fullYear < 0 || fullYear > 9999) return new FormulaError("#NUM!");
  // Date.UTC reads a year below 100 as 1900 more: set the year apart.
  const at = new Date(Date.UTC(2000, m - 1, d));
  at.setUTCFullYear(at.getUTCFullYear() - 2000 + fullYear);
  const sinceDec30 = Math.round((at.getTime() - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  if (at.getUTCFullYear() > 9999) return new FormulaError("#NUM!");
  if (date1904) return sinceDec30 < DAYS_1900_TO_1904 ? new FormulaError("#NUM!") : sinceDec30 - DAYS_1900_TO_1904;
  if (fullYear === 1900 && m === 2 && d === 29) return 60;
  // Days since 30 December 1899 are the serials from 1 March 1900 on; before it, the phantom day is not yet counted.
  if (sinceDec30 < 1) return new FormulaError("#NUM!");
  return sinceDec30 <= 60 ? sinceDec30 - 1 : sinceDec30;
}

/** Excel.FunctionResult: the value of a function evaluated, or its error ("#NUM!"), once loaded. */
export class FunctionResultApi extends TargetObject<number | FormulaError> {}

defineExcelClass(FunctionResultApi, {
  name: "FunctionResult",
  since: "1.2",
  properties: {
    value: { since: "1.2", read: (r) => (typeof r.target() === "number" ? r.target() : null) },
    error: {
      since: "1.2",
      read: (r) => (r.target() instanceof FormulaError ? (r.target() as FormulaError).code : null),
    },
  },
});

export class FunctionsApi extends ClientObject {
  date(year: unknown, month: unknown, day: unknown): FunctionResultApi {
    return new FunctionResultApi(
      this.context,
      this.since("date", () => {
        if (![year, month, day].every((a) => typeof a === "number" && Number.isFinite(a)))
          throw excelError("InvalidArgument", "Functions.date takes numbers here.");
        return dateSerial(year as number, month as number, day as number, this.context.model.date1904);
      }),
    );
  }
}

defineExcelClass(FunctionsApi, { name: "Functions", since: "1.2", methods: { date: "1.2" } });
