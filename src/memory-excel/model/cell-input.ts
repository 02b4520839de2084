/** How Excel turns what is written to Range.values / Range.formulas into cell content, like typing it. */
import { excelError } from "../excel-api-error";
import { FormulaError, type Constant } from "./cell";

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
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?(%?)$/;

/** "12", "-1.5", "1,234", "1e3", "12%" -> number (en-US input rules); null when not a number. */
export function parseNumericText(text: string): { value: number; percent: boolean } | null {
  const t = text.trim();
  const m = NUMBER.exec(t);
  if (!m || !/\d/.test(t) || (m[1] === undefined && m[3] === undefined)) return null;
  const value = Number(t.replace(/[,%]/g, ""));
  if (!Number.isFinite(value)) return null;
  return m[5] ? { value: value / 100, percent: true } : { value, percent: false };
}

/**
 * The content a written value produces, or null for `null` input (Excel leaves that cell unchanged).
 * `asText` is true when the cell's number format is "@": then every string is kept as text.
 */
export function contentFromInput(input: unknown, asText: boolean): CellContent | null {
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
  const numeric = parseNumericText(input);
  if (numeric) return { kind: "constant", value: numeric.value, numberFormat: numeric.percent ? "0%" : undefined };
  if (input.length > 1 && input.startsWith("=")) return { kind: "formula", formula: input };
  // Excel reads a leading + or - as the start of a formula, as Lotus 1-2-3 did.
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-")))
    return { kind: "formula", formula: `=${input}` };
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "constant", value: upper === "TRUE" };
  if (ERROR_VALUES.includes(upper.trim())) return { kind: "constant", value: new FormulaError(upper.trim()) };
  return { kind: "constant", value: input };
}
