/** Range.text: a value as Excel displays it, for the few number formats we use. */
import { FormulaError, type CellValue } from "./cell";

import { type NumberSeparators, US_SEPARATORS } from "./separators";
import { EN_US, typedAmount } from "./typed-entry";

export { type NumberSeparators, US_SEPARATORS, VIETNAMESE_SEPARATORS } from "./separators";

const FIXED = /^(#,##)?0(\.(0+))?(%?)$/;

/** Excel's General format shows at most 11 characters. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9)
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .toUpperCase();
  for (let precision = 10; precision > 1; precision--) {
    const text = String(Number(n.toPrecision(precision)));
    if (text.length <= 11) return text;
  }
  return String(Number(n.toPrecision(1)));
}

/** "-1234.5" (as JavaScript writes numbers) with the given symbols, grouped in thousands or not. */
function withSeparators(digits: string, separators: NumberSeparators, grouped: boolean): string {
  const [int, frac] = digits.split(".");
  const body = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, separators.thousands) : int;
  return frac !== undefined ? `${body}${separators.decimal}${frac}` : body;
}

function formatNumber(n: number, format: string, separators: NumberSeparators): string {
  const m = FIXED.exec(format);
  if (!m) return withSeparators(general(n), separators, false);
  const scaled = m[4] ? n * 100 : n;
  const decimals = m[3] ? m[3].length : 0;
  return `${withSeparators(scaled.toFixed(decimals), separators, m[1] !== undefined)}${m[4]}`;
}

export function displayText(
  value: CellValue,
  numberFormat: string,
  separators: NumberSeparators = US_SEPARATORS,
): string {
  if (value === null) return "";
  if (value instanceof FormulaError) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, numberFormat === "@" ? "General" : numberFormat, separators);
}

/**
 * A number as typed with the given separators ("1,5" or "1.234,5" with Vietnamese ones), the reverse of
 * `displayText`; null when Excel would keep the text as text. Thousands must be grouped by three, as Excel wants.
 */
export function readNumber(text: string, separators: NumberSeparators): { value: number; percent: boolean } | null {
  const read = typedAmount(text, { ...EN_US, separators });
  // Excel keeps 15 significant digits of what is typed: "14,494%" is 0.14494, not 0.14494000000000002.
  return read && { value: Number(read.value.toPrecision(15)), percent: read.numberFormat === "0%" };
}

/**
 * A value as Excel's formula bar writes it for editing: numbers with every significant digit (15, as Excel keeps),
 * ungrouped, a percent-formatted number as a percent; `readNumber` reads it back to the same number.
 */
export function editingText(value: CellValue, numberFormat: string, separators: NumberSeparators): string {
  if (typeof value !== "number") return displayText(value, numberFormat, separators);
  const percent = FIXED.exec(numberFormat)?.[4] === "%";
  const digits = String(Number((percent ? value * 100 : value).toPrecision(15)));
  return `${withSeparators(digits, separators, false)}${percent ? "%" : ""}`;
}
