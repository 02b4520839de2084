/**
 * Locality words ("thành phố", "huyện", "xã", ...) that follow a unit's name:
 * "Phòng Nội vụ thành phố" is "Phòng Nội vụ" of the locality that issued the plan.
 */
import type { Token } from "./tokens";

/** Longest first, so that "thị xã" wins over "xã". */
export const LOCALITIES: readonly string[] = [
  "thành phố",
  "thị xã",
  "thị trấn",
  "đặc khu",
  "huyện",
  "quận",
  "tỉnh",
  "xã",
  "phường",
];

const LOCALITY_WORDS = LOCALITIES.map((name) => name.split(" "));

/** The locality named at token `at` and the token after it, or null. */
export function localityAt(tokens: readonly Token[], at: number): { name: string; end: number } | null {
  for (let k = 0; k < LOCALITY_WORDS.length; k += 1) {
    const words = LOCALITY_WORDS[k];
    if (words.every((w, i) => tokens[at + i]?.kind === "word" && tokens[at + i].lower === w)) {
      return { name: LOCALITIES[k], end: at + words.length };
    }
  }
  return null;
}

/** Index where a trailing locality starts within tokens [from, to), or `to` when there is none. */
export function trailingLocalityStart(tokens: readonly Token[], from: number, to: number): number {
  for (let start = Math.max(from + 1, to - 2); start < to; start += 1) {
    const hit = localityAt(tokens, start);
    if (hit !== null && hit.end === to) return start;
  }
  return to;
}
