/** Range.text: a value as Excel displays it, for the few number formats we use. */
import { FormulaError, type CellValue } from "./cell";

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

function withThousands(digits: string): string {
  const [int, frac] = digits.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const body = sign ? int.slice(1) : int;
  const grouped = body.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

function formatNumber(n: number, format: string): string {
  const m = FIXED.exec(format);
  if (!m) return general(n);
  const scaled = m[4] ? n * 100 : n;
  const decimals = m[3] ? m[3].length : 0;
  const fixed = scaled.toFixed(decimals);
  return `${m[1] ? withThousands(fixed) : fixed}${m[4]}`;
}

export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (value instanceof FormulaError) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === "@") return general(value);
  return formatNumber(value, numberFormat);
}
