/**
 * How Excel reads a string written as a cell's value, as if typed, by a locale's rules: numbers with the locale's
 * separators, signs and parentheses ("(1)" is -1), percentages, currency ("$5", "5 ₫"), scientific notation ("1E5"),
 * fractions ("1 1/2"), dates in the locale's order (m/d/yyyy in en-US, d/m/yyyy in vi-VN, yyyy-mm-dd in both, month
 * and year alone, English month names), times ("12:30", "1:30 PM", "1:30 CH" in vi-VN), a date with a time, and
 * TRUE/FALSE in any case. Where it is not known how far a locale goes (English month names and "$" under vi-VN,
 * TRUE/FALSE in Vietnamese Excel) the text is converted: the stricter case for an add-in that must write text as
 * text. Which locale's rules a write follows: see cell-input.ts.
 */
import { type NumberSeparators, US_SEPARATORS, VIETNAMESE_SEPARATORS } from "./separators";

/** The regional settings of the machine Excel runs on, as far as typing depends on them. */
export interface HostLocale {
  readonly name: string;
  readonly separators: NumberSeparators;
  /** The order of day and month in a typed date without a month name. */
  readonly dayFirst: boolean;
  readonly currency: string;
  /** Morning and afternoon markers, besides AM and PM. */
  readonly amPm: readonly [string, string];
}

export const EN_US: HostLocale = {
  name: "en-US",
  separators: US_SEPARATORS,
  dayFirst: false,
  currency: "$",
  amPm: ["AM", "PM"],
};
/** Vietnamese Windows: 1.234,5; 31/12/2025; SA (sáng) and CH (chiều) for AM and PM; the đồng sign after the amount. */
export const VI_VN: HostLocale = {
  name: "vi-VN",
  separators: VIETNAMESE_SEPARATORS,
  dayFirst: true,
  currency: "₫",
  amPm: ["SA", "CH"],
};

/** What a typed string becomes when Excel converts it: a number (with the format typing gives it) or a boolean. */
export type TypedValue = TypedNumber | { readonly value: boolean; readonly numberFormat?: undefined };
/** `day`: a date (with or without a time), whose serial counts in the 1900 date system. */
export type TypedNumber = { readonly value: number; readonly numberFormat?: string; readonly day?: true };

export function typedValue(text: string, locale: HostLocale): TypedValue | null {
  const t = text.trim();
  if (t === "") return null;
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  return typedAmount(t, locale) ?? fraction(t) ?? dateTime(t, locale);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Digits with the locale's separators, thousands grouped by three, and an exponent. */
function plainNumber(t: string, { decimal, thousands }: NumberSeparators): { value: number; format?: string } | null {
  const [d, g] = [escape(decimal), escape(thousands)];
  const m = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(${d}\\d*)?([eE][+-]?\\d+)?$`).exec(t);
  if (!m || !/\d/.test(t) || (m[1] === undefined && !/\d/.test(m[2] ?? ""))) return null;
  const digits = `${(m[1] ?? "0").split(thousands).join("")}.${(m[2] ?? "").slice(decimal.length)}${m[3] ?? ""}`;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const grouped = m[1]?.includes(thousands) ?? false;
  return { value, format: m[3] ? "0.00E+00" : grouped ? "#,##0" : undefined };
}

/** A number with its sign or parentheses, a currency sign before or after it, or a percent sign after it. */
export function typedAmount(t: string, locale: HostLocale): TypedNumber | null {
  let s = t.trim();
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) [s, negative] = [s.slice(1, -1).trim(), true];
  const sign = () => {
    if (/^[+-]/.test(s)) [s, negative] = [s.slice(1).trim(), negative !== s.startsWith("-")];
  };
  sign();
  const symbols = [...new Set([locale.currency, "$"])];
  const before = symbols.find((c) => s.startsWith(c));
  if (before) {
    s = s.slice(before.length).trim();
    sign();
  }
  const after = before ? undefined : symbols.find((c) => s.endsWith(c));
  if (after) s = s.slice(0, -after.length).trim();
  const percent = !before && !after && s.endsWith("%");
  if (percent) s = s.slice(0, -1).trim();
  const n = plainNumber(s, locale.separators);
  if (!n) return null;
  const value = (negative ? -n.value : n.value) / (percent ? 100 : 1);
  const symbol = before ?? after;
  if (symbol) return { value, numberFormat: symbol === "$" ? "$#,##0.00" : `#,##0 ${symbol}` };
  if (percent) return { value, numberFormat: "0%" };
  return n.format ? { value, numberFormat: n.format } : { value };
}

/** "1 1/2", "-0 3/4": a whole number, a space and a fraction. ("1/2" alone is a date.) */
function fraction(t: string): TypedNumber | null {
  const m = /^([+-]?)(\d+) +(\d+)\/(\d+)$/.exec(t);
  if (!m || Number(m[4]) === 0) return null;
  const value = Number(m[2]) + Number(m[3]) / Number(m[4]);
  return { value: m[1] === "-" ? -value : value, numberFormat: "# ?/?" };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** A date, a time, or a date and a time, as a serial number. */
function dateTime(t: string, locale: HostLocale): TypedNumber | null {
  const onlyTime = time(t, locale);
  if (onlyTime !== null) return { value: onlyTime, numberFormat: "h:mm" };
  const split = /^(.*\S)\s+(\d{1,2}:\d.*)$/.exec(t);
  const day = date(split ? split[1] : t, locale);
  if (day === null) return null;
  if (!split) return { value: day.serial, numberFormat: day.format, day: true };
  const at = time(split[2], locale);
  return at === null ? null : { value: day.serial + at, numberFormat: `${day.format} h:mm`, day: true };
}

/** "12:30", "12:30:15", "1:30 PM", "1:30 CH": a fraction of a day; hours past 24 run into the next days. */
function time(t: string, locale: HostLocale): number | null {
  const markers = ["AM", "PM", "A", "P", ...locale.amPm].map(escape).join("|");
  const m = new RegExp(
    `^(\\d{1,4}):(\\d{1,2})(?::(\\d{1,2}(?:${escape(locale.separators.decimal)}\\d+)?))?(?:\\s*(${markers}))?$`,
    "i",
  ).exec(t);
  if (!m) return null;
  let hours = Number(m[1]);
  const [minutes, seconds] = [Number(m[2]), Number((m[3] ?? "0").replace(locale.separators.decimal, "."))];
  if (minutes > 59 || seconds >= 60) return null;
  if (m[4]) {
    const marker = m[4].toUpperCase();
    const pm = marker.startsWith("P") || marker === locale.amPm[1].toUpperCase();
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  return (hours * 3600 + minutes * 60 + seconds) / 86400;
}

/**
 * Excel's serial number of a typed day: 1 is 1 January 1900. Excel counts a 29 February 1900, as Lotus 1-2-3 did
 * (serial 60, so 1 March is 61), and takes "29/2/1900" typed: converting it is the stricter case (Microsoft, "Excel
 * incorrectly assumes that the year 1900 is a leap year"; ECMA-376 Part 4, "Date Representation").
 */
function serialOf(year: number, month: number, day: number): number | null {
  if (year === 1900 && month === 2 && day === 29) return 60;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  const sinceDec30 = Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  // Days since 30 December 1899 are the serials from 1 March 1900 on; before it, the phantom day is not yet counted.
  return sinceDec30 <= 60 ? sinceDec30 - 1 : sinceDec30;
}

/** A two-digit year as Excel reads it: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length > 2 ? y : y < 30 ? 2000 + y : 1900 + y;
}

const thisYear = () => new Date().getFullYear();

function date(t: string, locale: HostLocale): { serial: number; format: string } | null {
  const numeric = /^(\d{1,4})([/-])(\d{1,4})(?:\2(\d{1,4}))?$/.exec(t);
  return numeric ? numericDate(numeric, locale) : namedDate(t);
}

function numericDate(m: RegExpExecArray, locale: HostLocale): { serial: number; format: string } | null {
  const [a, b, c] = [m[1], m[3], m[4]];
  const order = locale.dayFirst ? "d/m/yyyy" : "m/d/yyyy";
  if (a.length > 2) {
    // yyyy-mm-dd, or yyyy/mm (month and year)
    const serial = serialOf(Number(a), Number(b), c === undefined ? 1 : Number(c));
    return serial === null ? null : { serial, format: c === undefined ? "mmm-yy" : order };
  }
  const [month, day] = locale.dayFirst ? [Number(b), Number(a)] : [Number(a), Number(b)];
  if (c !== undefined) {
    const serial = serialOf(fullYear(c), month, day);
    return serial === null ? null : { serial, format: order };
  }
  // Two parts: day and month of this year, else month and year ("6/2025").
  const dayMonth = serialOf(thisYear(), month, day);
  if (dayMonth !== null) return { serial: dayMonth, format: locale.dayFirst ? "d/m" : "d-mmm" };
  const monthYear = serialOf(fullYear(b), Number(a), 1);
  return monthYear === null ? null : { serial: monthYear, format: "mmm-yy" };
}

/** "1-Jan", "1 Jan 2025", "Jan-25", "Jan 2025", "January 5, 2025", "5-January-25": English month names. */
function namedDate(t: string): { serial: number; format: string } | null {
  const dayFirst = new RegExp(`^(\\d{1,2})[\\s/-]+${MONTH_NAME}\\.?(?:[\\s/,-]+(\\d{2}|\\d{4}))?$`, "i").exec(t);
  if (dayFirst) {
    const year = dayFirst[3] === undefined ? thisYear() : fullYear(dayFirst[3]);
    const serial = serialOf(year, monthOf(dayFirst[2]), Number(dayFirst[1]));
    return serial === null ? null : { serial, format: "d-mmm-yy" };
  }
  const monthFirst = new RegExp(`^${MONTH_NAME}\\.?[\\s/-]+(\\d{1,4})(?:,?[\\s/-]+(\\d{2}|\\d{4}))?$`, "i").exec(t);
  if (!monthFirst) return null;
  const [month, n, year] = [monthOf(monthFirst[1]), monthFirst[2], monthFirst[3]];
  if (year !== undefined) {
    const serial = serialOf(fullYear(year), month, Number(n));
    return serial === null ? null : { serial, format: "d-mmm-yy" };
  }
  // "Jan 5" is a day of this year; "Jan 25" too; "Jan 2025" (or a number past the month's days) a month.
  const asDay = n.length <= 2 ? serialOf(thisYear(), month, Number(n)) : null;
  if (asDay !== null) return { serial: asDay, format: "d-mmm" };
  const serial = serialOf(fullYear(n), month, 1);
  return serial === null ? null : { serial, format: "mmm-yy" };
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
