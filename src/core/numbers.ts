import { CellValue, isDateCell, isErrorCell } from "./cells";

/** What a points cell turned out to hold. */
export type PointsCell =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly guessed: boolean }
  | { readonly kind: "date" }
  | { readonly kind: "unreadable"; readonly text: string };

const EMPTY: PointsCell = { kind: "empty" };
// "8,5 điểm", "8.5đ", "86,57%": the unit words are noise, the percent sign is a guess.
const POINT_SUFFIX = /\s*(điểm|diem|đ|d|points?|pts?)\.?$/iu;
const PERCENT_SUFFIX = /\s*%$/;
// One decimal separator, comma or dot: scores never reach the thousands, so "6,805" is 6.805.
const DECIMAL = /^[+-]?(\d+)(?:[.,](\d+))?$/;

/** Reads a maximum, score or target as typed, pasted or computed. */
export function readPoints(value: CellValue): PointsCell {
  if (value === null) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, guessed: false } : EMPTY;
  if (typeof value === "boolean" || isErrorCell(value))
    return { kind: "unreadable", text: String(isErrorCell(value) ? value.code : value) };
  if (isDateCell(value)) return { kind: "date" };
  const raw = value
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (raw === "" || raw === "-" || raw === "–") return EMPTY;
  let text = raw.replace(POINT_SUFFIX, "");
  let guessed = false;
  if (PERCENT_SUFFIX.test(text)) {
    text = text.replace(PERCENT_SUFFIX, "");
    guessed = true;
  }
  const m = DECIMAL.exec(text.replace(/\s/g, ""));
  if (!m) return { kind: "unreadable", text: raw };
  const number = Number(`${text.trim().startsWith("-") ? "-" : ""}${m[1]}${m[2] ? "." + m[2] : ""}`);
  // Hundreds of digits read as Infinity, which no cell can hold.
  if (!Number.isFinite(number)) return { kind: "unreadable", text: raw };
  return { kind: "number", value: number, guessed };
}

/** Rounds to 3 decimals, the precision scores are published with. */
export function round3(n: number): number {
  return Math.round((n + Number.EPSILON) * 1000) / 1000;
}
