/**
 * Words a unit's name starts with ("Phòng", "Trung tâm", "UBND", "Các", ...). They tell
 * where one unit ends and the next begins when nothing separates them, and whether a
 * "," or "và" separates two units ("Phòng Nội vụ và UBND các xã") or sits inside one
 * ("UBND các phường, xã", "Phòng Tài nguyên và Môi trường").
 */
import type { Token } from "./tokens";

const HEADS: readonly string[] = [
  "văn phòng",
  "phòng",
  "trung tâm",
  "ban",
  "bộ phận",
  "sở",
  "chi cục",
  "cục",
  "thanh tra",
  "công an",
  "kho bạc",
  "chi nhánh",
  "bảo hiểm",
  "hội",
  "đội",
  "đài",
  "đoàn",
  "liên đoàn",
  "mặt trận",
  "tòa án",
  "viện",
  "bệnh viện",
  "trường",
  "quỹ",
  "hạt",
  "đảng ủy",
  "huyện ủy",
  "thành ủy",
  "tỉnh ủy",
  "bộ chỉ huy",
  "ubnd",
  "các",
];

// After words that are not a unit ("Chủ tịch UBND", "Trưởng các ngành"), these are
// part of the same name, not the start of another.
const WEAK_HEADS = new Set(["ubnd", "các"]);

const HEAD_WORDS = HEADS.map((head) => head.split(" "));

function headAt(tokens: readonly Token[], at: number): string | null {
  const k = HEAD_WORDS.findIndex((words) =>
    words.every((w, i) => tokens[at + i]?.kind === "word" && tokens[at + i].lower === w),
  );
  return k < 0 ? null : HEADS[k];
}

/** A unit's name starts at `at` (after a separator: any case). */
export function startsUnit(tokens: readonly Token[], at: number): boolean {
  return headAt(tokens, at) !== null;
}

/** A unit's name starts at `at` right after other words: a capitalised, unambiguous head. */
export function startsUnitMidRun(tokens: readonly Token[], at: number): boolean {
  const head = headAt(tokens, at);
  return head !== null && tokens[at].capital && !WEAK_HEADS.has(head);
}
