/**
 * Vietnamese text as it arrives from Word, Windows' keyboard (decomposed, NFD) and
 * old or new tone placement, brought to forms that compare equal.
 */

const TONE_MARK = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
// Old placement puts the tone on the second vowel of an open "oa", "oe", "uy" ("hoá",
// "uỷ"); official documents put it on the first ("hóa", "ủy"). "qu" is a consonant,
// so "quý" keeps its tone on y.
const OLD_OA_OE = new RegExp(`(^|[^qQ])([oO])([aAeE])(${TONE_MARK})(?![\\p{L}\\p{M}])`, "gu");
const OLD_UY = new RegExp(`(^|[^qQ])([uU])([yY])(${TONE_MARK})(?![\\p{L}\\p{M}])`, "gu");
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u200b]+/g;

/** NFC with tone marks placed as in official documents ("hoá" -> "hóa", "Uỷ" -> "Ủy"). */
export function normalizeTonePlacement(text: string): string {
  return text.normalize("NFD").replace(OLD_OA_OE, "$1$2$4$3").replace(OLD_UY, "$1$2$4$3").normalize("NFC");
}

/** Collapses runs of white space (including non-breaking) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/**
 * A comparison key: no diacritics, lower case, one kind of dash, single spaces.
 * "Văn hoá – Thông tin" and "VĂN HÓA - THÔNG TIN" have the same key.
 */
export function foldKey(text: string): string {
  return collapseSpaces(
    text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(DASHES, "-"),
  );
}

/** Display form of a name: NFC, official tone placement, single spaces. Dashes are kept as typed. */
export function cleanText(text: string): string {
  return collapseSpaces(normalizeTonePlacement(text));
}

/** Upper-cases the first letter ("phòng Nội vụ" -> "Phòng Nội vụ"); expects NFC text. */
export function capitalizeFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}
