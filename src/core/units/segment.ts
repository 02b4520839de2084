/**
 * One cell cut into the units it names: the longest known name at each place, and
 * what lies between known names split at separators into units of their own.
 */
import { capitalizeFirst, cleanText } from "../text";
import { startsUnit, startsUnitMidRun } from "./heads";
import { localityAt, trailingLocalityStart } from "./localities";
import { nameKey, type Entry, type PatternIndex } from "./patterns";
import { tokenize, type Token } from "./tokens";

export interface KnownSegment {
  readonly kind: "known";
  readonly entry: Entry;
  /** Locality written after the name ("thành phố"), or null. */
  readonly locality: string | null;
  /** As typed, cleaned, locality included. */
  readonly spelling: string;
}

export interface UnknownSegment {
  readonly kind: "unknown";
  readonly spelling: string;
  /** The spelling without a trailing locality: what a learned entry matches. */
  readonly core: string;
}

export type Segment = KnownSegment | UnknownSegment;

/** Display form of a unit's name as typed: cleaned, first letter capitalised. */
export function displayName(text: string): string {
  return capitalizeFirst(cleanText(text));
}

/** Identity of an unknown unit: its words without a trailing locality. */
export function identityOf(segment: UnknownSegment): string {
  return nameKey(segment.core);
}

export function segmentCell(raw: string, index: PatternIndex): Segment[] {
  const { text, tokens } = tokenize(raw);
  const remarks = remarkTokens(tokens);
  const out: Segment[] = [];
  let gapStart = 0;
  let lastEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    const found = canStart(tokens, i, lastEnd) ? bestMatch(tokens, i, index) : null;
    if (found === null) {
      i += 1;
      continue;
    }
    out.push(...unknownUnits(text, tokens, remarks, gapStart, i));
    out.push({
      kind: "known",
      entry: found.entry,
      locality: found.locality,
      spelling: slice(text, tokens, i, found.end),
    });
    i = gapStart = lastEnd = found.end;
  }
  out.push(...unknownUnits(text, tokens, remarks, gapStart, tokens.length));
  return out;
}

function canStart(tokens: readonly Token[], at: number, lastEnd: number): boolean {
  if (tokens[at].kind !== "word") return false;
  return at === 0 || tokens[at - 1].kind !== "word" || lastEnd === at || startsUnitMidRun(tokens, at);
}

interface Found {
  readonly entry: Entry;
  readonly locality: string | null;
  readonly end: number;
}

/** Longest entry at `at` that ends where a unit may end (so "Thanh tra" is not taken out of "Thanh tra giao thông"). */
function bestMatch(tokens: readonly Token[], at: number, index: PatternIndex): Found | null {
  for (const { entry, end } of index.matchesAt(tokens, at)) {
    // A name ending with its own place words ("UBND các phường, xã") takes no locality, yet one written after it
    // ("... thành phố") is still part of it, not a unit of its own.
    const placed = withLocality(tokens, entry, end, index);
    const found = entry.locality === "none" ? { ...placed, locality: null } : placed;
    if (canEnd(tokens, found.end, index)) return found;
  }
  return null;
}

/** Takes in "thành phố" and a place name after it ("thành phố Gia Nghĩa"). */
function withLocality(tokens: readonly Token[], entry: Entry, at: number, index: PatternIndex): Found {
  const locality = localityAt(tokens, at);
  if (locality === null) return { entry, locality: null, end: at };
  let end = locality.end;
  while (isPlaceWord(tokens, end, index)) end += 1;
  return { entry, locality: locality.name, end };
}

function isPlaceWord(tokens: readonly Token[], at: number, index: PatternIndex): boolean {
  const token = tokens[at];
  return token?.kind === "word" && token.capital && !startsUnit(tokens, at) && !index.has(token.key);
}

function canEnd(tokens: readonly Token[], at: number, index: PatternIndex): boolean {
  const next = tokens[at];
  if (next === undefined || next.kind !== "word") return true;
  return startsUnit(tokens, at) || (next.capital && index.has(next.key));
}

const OPENING = new Set(["(", "["]);
const CLOSING = new Set([")", "]"]);
const LINE_BREAK = /^[\r\n\v\f\u2028\u2029]/;

/**
 * Brackets after a word hold a remark on the unit before them ("Phòng Nội vụ (chủ trì)",
 * "UBND các xã (Đắk Nia, Quảng Thành)"), up to the closing bracket or the line's end: its
 * words name no unit of their own. A known name inside still counts.
 */
function remarkTokens(tokens: readonly Token[]): boolean[] {
  const remarks = tokens.map(() => false);
  let inside = false;
  tokens.forEach((token, k) => {
    if (inside) {
      remarks[k] = true;
      inside = !CLOSING.has(token.lower) && !LINE_BREAK.test(token.lower);
    } else if (OPENING.has(token.lower) && tokens[k - 1]?.kind === "word") {
      remarks[k] = inside = true;
    }
  });
  return remarks;
}

/**
 * Units in text no entry matched. Line breaks, ";", "." and bullets always separate;
 * "," and "và" separate when a unit's name follows; a capitalised head word right
 * after other words starts a new unit; remarks in brackets are left out.
 */
function unknownUnits(
  text: string,
  tokens: readonly Token[],
  remarks: readonly boolean[],
  from: number,
  to: number,
): UnknownSegment[] {
  const out: UnknownSegment[] = [];
  let start = from;
  const close = (end: number): void => {
    const unit = unknownUnit(text, tokens, start, end);
    if (unit !== null) out.push(unit);
  };
  for (let k = from; k < to; k += 1) {
    const token = tokens[k];
    const separates =
      remarks[k] || token.kind === "break" || (token.kind !== "word" && k + 1 < to && startsUnit(tokens, k + 1));
    if (separates) {
      close(k);
      start = k + 1;
    } else if (token.kind === "word" && k > start && tokens[k - 1].kind === "word" && startsUnitMidRun(tokens, k)) {
      close(k);
      start = k;
    }
  }
  close(to);
  return out;
}

function unknownUnit(text: string, tokens: readonly Token[], from: number, to: number): UnknownSegment | null {
  let first = from;
  let end = to;
  while (first < end && tokens[first].kind !== "word") first += 1;
  while (end > first && tokens[end - 1].kind !== "word") end -= 1;
  if (first === end) return null;
  const coreEnd = trailingLocalityStart(tokens, first, end);
  const onlyLocality = localityAt(tokens, first)?.end === end;
  if (onlyLocality) return null;
  return { kind: "unknown", spelling: slice(text, tokens, first, end), core: slice(text, tokens, first, coreEnd) };
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return displayName(text.slice(tokens[from].start, tokens[to - 1].end));
}
