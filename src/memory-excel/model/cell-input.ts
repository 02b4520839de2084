/** How Excel turns what is written to Range.values / Range.formulas into cell content, like typing it. */
import { excelError } from "../excel-api-error";
import { DAYS_1900_TO_1904 } from "../../core/cells";
import { FormulaError, type Constant } from "./cell";
import { EN_US, type HostLocale, type TypedValue, typedValue } from "./typed-entry";

export type CellContent =
  | { readonly kind: "empty" }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "constant"; readonly value: Constant | FormulaError; readonly numberFormat?: string };

const MAX_CELL_TEXT = 32767;
/**
 * The seven classic error values, which Excel takes as errors when typed, whatever the case ("you can type #N/A in a
 * cell to show that you are awaiting data", Microsoft Press, Building Formulas). The newer ones (#SPILL!, #CALC!)
 * are modelled as text when typed, the stricter case: we never write them.
 */
const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
/**
 * What Excel makes of a string: Office.js parses writes to `values` and `formulas` by the United States' rules
 * whatever the host's locale, by design (OfficeDev/office-js#1559, a maintainer; #3775), yet hosts have been seen
 * to read dates by the system's settings (office-scripts-docs#824, office-js#5317). Both are modelled: a string is
 * converted when either the en-US rules or the host's locale convert it, with the en-US reading first.
 */
function converted(text: string, locale: HostLocale): TypedValue | null {
  return typedValue(text, EN_US) ?? (locale === EN_US ? null : typedValue(text, locale));
}

/**
 * The content a written value produces, or null for `null` input (Excel leaves that cell unchanged).
 * `asText` is true when the cell's number format is "@": then every string is kept as text. A leading apostrophe
 * keeps the rest as text and is not part of the value: Excel keeps it as the cell's quotePrefix style, and neither
 * `values` nor `formulas` gives it back (OfficeDev/office-js#6687: "'=AVERAGE(...)" reads back as "=AVERAGE(...)").
 * In a workbook of the 1904 date system (`date1904`) a typed date's serial counts from 1 January 1904, and a day
 * before it, which that system cannot hold, stays text: the stricter case.
 */
export function contentFromInput(
  input: unknown,
  asText: boolean,
  locale: HostLocale = EN_US,
  date1904 = false,
): CellContent | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw excelError("InvalidArgument", "A cell value is not a finite number.");
    return { kind: "constant", value: input };
  }
  if (typeof input === "boolean") return { kind: "constant", value: input };
  if (typeof input !== "string")
    throw excelError("InvalidArgument", "A cell value must be a string, number or boolean.");
  if (input === "") return { kind: "empty" };
  if (input.length > MAX_CELL_TEXT)
    throw excelError("InvalidArgument", `A cell holds at most ${MAX_CELL_TEXT} characters.`);
  if (asText) return { kind: "constant", value: input };
  if (input.startsWith("'")) return { kind: "constant", value: input.slice(1) };
  const typed = converted(input, locale);
  if (typed && date1904 && "day" in typed) {
    const value = typed.value - DAYS_1900_TO_1904;
    return value < 0
      ? { kind: "constant", value: input }
      : { kind: "constant", value, numberFormat: typed.numberFormat };
  }
  if (typed) return { kind: "constant", value: typed.value, numberFormat: typed.numberFormat };
  if (input.length > 1 && input.startsWith("=")) return { kind: "formula", formula: input };
  // Excel reads a leading + or - as the start of a formula, as Lotus 1-2-3 did.
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-")))
    return { kind: "formula", formula: `=${input}` };
  const upper = input.toUpperCase();
  if (ERROR_VALUES.includes(upper.trim())) return { kind: "constant", value: new FormulaError(upper.trim()) };
  return { kind: "constant", value: input };
}
