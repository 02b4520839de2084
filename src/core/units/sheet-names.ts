/**
 * Sheet names for units' assignment sheets.
 *
 * Scheme: every unit's name is shortened the same way, so that sheets read and sort
 * alike: the unit type is always abbreviated as staff write it ("Phòng" -> "P.",
 * "Văn phòng" -> "VP", "Trung tâm" -> "TT", "HĐND và UBND" -> "HĐND-UBND") and the
 * trailing locality is dropped (every unit of a table belongs to the same locality).
 * Only when that is still longer than Excel allows are the usual abbreviations of
 * field names applied ("Văn hóa – Thể thao và Truyền thông" -> "VH-TT&TT"), one at a
 * time; as a last resort whole words are dropped from the end, never part of one.
 */
import { cleanText } from "../text";
import { LOCALITIES } from "./localities";

/** Excel counts UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[\\/?*[\]:]/;
const RESERVED = "History";

/** Excel accepts this as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    caseKey(name) !== caseKey(RESERVED)
  );
}

/**
 * Sheet names for units: valid in Excel, unique ignoring case among themselves and
 * `taken`, readable, abbreviated the way staff do, never cut mid-word.
 */
export function assignSheetNames(unitNames: readonly string[], taken: readonly string[] = []): Map<string, string> {
  const used = new Set([...taken, RESERVED].map(caseKey));
  const names = new Map<string, string>();
  for (const unit of unitNames) {
    if (names.has(unit)) continue;
    const base = shortName(unit);
    let name = base;
    for (let n = 2; used.has(caseKey(name)); n += 1) {
      const suffix = ` (${n})`;
      name = fitWords(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    }
    used.add(caseKey(name));
    names.set(unit, name);
  }
  return names;
}

function caseKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

const NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";
const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
// Between the parts of a field's name: a dash, "&", ",", "và", or just a space.
const JOIN = "(?:\\s*[-\\u2010-\\u2015\\u2212&,]\\s*|\\s+và\\s+|\\s+)";

/** "Văn hóa - Thông tin" matches "Văn hóa – Thông tin", "Văn hóa và Thông tin", ... */
function phrase(parts: string): RegExp {
  const body = parts
    .split(" - ")
    .map((part) => part.split(" ").join("\\s+"))
    .join(JOIN);
  return new RegExp(`${NOT_LETTER_BEFORE}${body}${NOT_LETTER_AFTER}`, "iu");
}

/**
 * A phrase's pattern and its short form. `first` is the phrase's first word in lower case: a name without it cannot
 * match, and is spared the pattern, whose first runs cost about a millisecond each (case-insensitive Unicode
 * classes and a lookbehind): a plan's analysis ran the three titles over every unit, cold, in the pane's first read.
 * The pattern is built on its first use: building one parses its case-insensitive Unicode classes, and building
 * all 31 when the module loaded cost several milliseconds before the pane's first view, for names that seldom need
 * more than the titles.
 */
interface Abbreviation {
  readonly pattern: () => RegExp;
  readonly short: string;
  readonly first: string;
}

const abbreviation = ([parts, short]: readonly [string, string]): Abbreviation => {
  let built: RegExp | undefined;
  return { pattern: () => (built ??= phrase(parts)), short, first: parts.split(" ")[0].toLowerCase() };
};

function abbreviate(name: string, { pattern, short, first }: Abbreviation): string {
  return name.toLowerCase().includes(first) ? name.replace(pattern(), short) : name;
}

// A unit type is abbreviated only before a capitalised name: "Phòng khám" is not a department.
const UNIT_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^văn phòng\s+/iu, "VP "],
  [/^phòng\s+/iu, "P. "],
  [/^trung tâm\s+/iu, "TT "],
];

const TITLES: readonly Abbreviation[] = (
  [
    ["Ủy ban nhân dân", "UBND"],
    ["Hội đồng nhân dân", "HĐND"],
    ["HĐND - UBND", "HĐND-UBND"],
  ] as const
).map(abbreviation);

function abbreviateType(name: string): string {
  for (const [pattern, short] of UNIT_TYPES) {
    const type = pattern.exec(name);
    if (type !== null) return /^\p{Lu}/u.test(name.slice(type[0].length)) ? short + name.slice(type[0].length) : name;
  }
  return name;
}

const FIELDS: readonly Abbreviation[] = (
  [
    ["Văn hóa - Thể thao - Truyền thông", "VH-TT&TT"],
    ["Văn hóa - Thể thao - Du lịch", "VH-TT&DL"],
    ["Văn hóa - Khoa học - Thông tin", "VH-KH&TT"],
    ["Lao động - Thương binh - Xã hội", "LĐ-TB&XH"],
    ["Nông nghiệp - Phát triển nông thôn", "NN&PTNT"],
    ["Kinh tế - Hạ tầng - Đô thị", "KT-HT&ĐT"],
    ["Tiếp nhận - Trả kết quả", "TN&TKQ"],
    ["Phục vụ hành chính công", "PVHCC"],
    ["Tài nguyên - Môi trường", "TN&MT"],
    ["Nông nghiệp - Môi trường", "NN&MT"],
    ["Giáo dục - Đào tạo", "GD&ĐT"],
    ["Khoa học - Công nghệ", "KH&CN"],
    ["Thông tin - Truyền thông", "TT&TT"],
    ["Kế hoạch - Đầu tư", "KH&ĐT"],
    ["Tài chính - Kế hoạch", "TC-KH"],
    ["Văn hóa - Thông tin", "VH-TT"],
    ["Văn hóa - Thể thao", "VH-TT"],
    ["Văn hóa - Xã hội", "VH-XH"],
    ["Kinh tế - Hạ tầng", "KT-HT"],
    ["Dân tộc - Tôn giáo", "DT&TG"],
    ["Ban Chỉ huy Quân sự", "Ban CHQS"],
    ["Quản lý đô thị", "QLĐT"],
    ["Quản lý dự án", "QLDA"],
    ["Giao thông vận tải", "GTVT"],
    ["thành phố", "TP"],
    ["thị xã", "TX"],
    ["cơ quan", "CQ"],
    ["đơn vị", "ĐV"],
  ] as const
).map(abbreviation);

// A locality ending the name after a word ("... UBND thành phố"), not one of a list
// ("UBND các phường, xã") nor the object of "các"/"cấp" ("UBND cấp xã"), nor all there
// is after the type ("UBND xã").
function dropTrailingLocality(name: string): string {
  const words = name.split(" ");
  for (const locality of LOCALITIES) {
    const size = locality.split(" ").length;
    if (words.length < size + 2 || words.slice(-size).join(" ").toLowerCase() !== locality) continue;
    const before = words[words.length - size - 1];
    const listed = /[,;]$/.test(before) || ["các", "cấp"].includes(before.toLowerCase());
    return listed ? name : words.slice(0, -size).join(" ");
  }
  return name;
}

function shortName(unit: string): string {
  let name = sanitize(unit);
  name = abbreviateType(name);
  for (const title of TITLES) name = abbreviate(name, title);
  name = dropTrailingLocality(name);
  for (const field of FIELDS) {
    if (name.length <= MAX_SHEET_NAME_LENGTH) break;
    name = abbreviate(name, field);
  }
  // A name made only of refused characters still needs a sheet name.
  return fitWords(name, MAX_SHEET_NAME_LENGTH) || "_";
}

/** NFC, no character Excel refuses, no quote at either end. */
function sanitize(unit: string): string {
  const name = cleanText(
    unit
      .replace(/[\\/:]/g, "-")
      .replace(/[?*]/g, " ")
      .replace(/\[/g, "(")
      .replace(/]/g, ")"),
  );
  return trimQuotes(name);
}

function trimQuotes(name: string): string {
  return name.replace(/^'+|'+$/g, "").trim();
}

/** The longest run of whole words from the start that fits, without a dangling joiner. */
function fitWords(name: string, limit: number): string {
  if (name.length <= limit) return name;
  const words = name.split(" ");
  let fitted = "";
  for (const word of words) {
    const next = fitted === "" ? word : `${fitted} ${word}`;
    if (next.length > limit) break;
    fitted = next;
  }
  fitted = trimQuotes(fitted.replace(/(?:\s+và|[\s,;(&\-\u2010-\u2015\u2212])+$/u, ""));
  // A single word longer than the limit (never seen in unit names): cut between characters, never inside a
  // surrogate pair (the limit counts UTF-16 units, as Excel does).
  return fitted !== "" ? fitted : trimQuotes(cutBetweenCharacters(name, limit));
}

function cutBetweenCharacters(name: string, limit: number): string {
  let cut = "";
  for (const ch of name) {
    if (cut.length + ch.length > limit) break;
    cut += ch;
  }
  return cut;
}
