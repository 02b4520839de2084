import { CellValue } from "./cells";

/** A criterion's number as written, and what it says about the criterion's place. */
export type CodeShape =
  /** "I", "II", "I.1", "I.2.1": a Roman domain, possibly with Arabic levels under it. */
  | { readonly kind: "roman"; readonly parts: readonly string[] }
  /** "1", "1.1", "7.1.1". */
  | { readonly kind: "numeric"; readonly parts: readonly string[] }
  /** "a)", "b.": an item under the criterion above it. */
  | { readonly kind: "letter"; readonly letter: string };

export interface ParsedCode {
  /** As written, trimmed, trailing dot removed. */
  readonly written: string;
  readonly shape: CodeShape;
}

const ROMAN = /^([IVXLC]+)((?:\.\d+)*)$/;
const NUMERIC = /^\d+(?:\.\d+)*$/;
const LETTER = /^([a-zđ])\)?$/;

export function parseCode(value: CellValue): ParsedCode | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) return null;
    const written = String(value);
    return NUMERIC.test(written) ? { written, shape: { kind: "numeric", parts: written.split(".") } } : null;
  }
  if (typeof value !== "string") return null;
  return parseCodeText(value);
}

export function parseCodeText(text: string): ParsedCode | null {
  const written = text.trim().replace(/\.$/, "").trim();
  if (written === "") return null;
  const roman = ROMAN.exec(written);
  if (roman) return { written, shape: { kind: "roman", parts: [roman[1], ...roman[2].split(".").filter(Boolean)] } };
  if (NUMERIC.test(written)) return { written, shape: { kind: "numeric", parts: written.split(".") } };
  const letter = LETTER.exec(written);
  if (letter) return { written, shape: { kind: "letter", letter: letter[1] } };
  return null;
}

/** "1.1. Thực hiện ..." in the name column of a table without a number column. */
const CODE_PREFIX = /^((?:[IVXLC]+|\d+)(?:\.\d+)*)[.)]?\s+(\S.*)$/su;

export function splitCodePrefix(text: string): { code: ParsedCode; rest: string } | null {
  const m = CODE_PREFIX.exec(text.trim());
  if (!m) return null;
  const code = parseCodeText(m[1]);
  return code ? { code, rest: m[2] } : null;
}
