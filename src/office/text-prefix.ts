import { Content } from "../core/edits";

/**
 * What to put in `range.formulas` for a content. Text that Excel would read as a formula,
 * a number, a date, a boolean or an error value ("= ...", "+ ...", "- ...", "@x", "1.1", "7/5", "TRUE", "#N/A")
 * gets Excel's text prefix, the apostrophe, so that it arrives as the text it is. The in-memory Excel converts as
 * Excel does, by the en-US rules and the host's locale's (tests/office/text-prefix.test.ts writes each kind).
 */
export function cellInput(content: Content): string | number | boolean {
  switch (content.kind) {
    case "empty":
      return "";
    case "number":
    case "boolean":
      return content.value;
    case "error":
      // Typed, an error value's code is the error (Excel reads "#N/A" in a cell as #N/A).
      return content.code;
    case "formula":
      return content.formula;
    case "text":
      return needsTextPrefix(content.text) ? `'${content.text}` : content.text;
  }
}

const FORMULA_START = /^[=+\-@']/;
/**
 * Whatever Excel's typing might turn into a number: it starts with a digit, a parenthesis ("(1)" is -1), a point
 * or a currency sign. Excel converts times ("12:30"), month and year ("6/2025"), fractions ("1 1/2"), scientific
 * notation ("1E5") and currency ("$5") by the host's locale; all of these start so. A text such as "1.1 Công tác"
 * gets the prefix too, which Excel does not show.
 */
const NUMBER_START = /^\s*[\d(.$€£¥₫]/;
const NUMBER_LIKE = /^\s*[+-]?[\d\s.,]*\d[\d\s.,]*%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
/** An English month name and a number: Excel reads "Jan 2025", "March 5" or "Sep-25" as dates, in any locale. */
const MONTH_FIRST = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s/,-]+\d/i;
/** The error values Excel takes when typed; the newer ones (#SPILL!, #CALC!, ...) only come from formulas. */
const ERROR_LITERAL = /^\s*#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    NUMBER_START.test(text) ||
    NUMBER_LIKE.test(text) ||
    DATE_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text) ||
    MONTH_FIRST.test(text) ||
    ERROR_LITERAL.test(text)
  );
}
