/**
 * Cell text cut into words and punctuation, the units of matching. Offsets point into
 * the prepared text (NFC, official tone placement), so a run of tokens can be shown
 * as the user typed it.
 */
import { foldKey, normalizeTonePlacement } from "../text";

/**
 * A joiner is "-", "–", "&", "/", "," or "và", all one to matching; a break ends a unit (a bullet, a line break, ";",
 * "."); the comma is a joiner even at a line's start, where a dash is a bullet.
 */
export type TokenKind = "word" | "joiner" | "break";

export interface Token {
  readonly kind: TokenKind;
  /** Folded word ("phong"); JOINT for joiners; BREAK for breaks. */
  readonly key: string;
  /** Lower case with diacritics, to tell "xã" from "xa" and "sở" from "số". */
  readonly lower: string;
  readonly capital: boolean;
  readonly start: number;
  readonly end: number;
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** Key of "-", "–", "&", "/", "," and "và": inside a unit's name they mean the same. */
export const JOINT = "~";
const BREAK = "|";

// The vertical tab is written \x0b: mutation testing turns a "\v" into "\V", which the u flag refuses. Control
// characters are what this pattern is for (line breaks pasted from Word), hence no-control-regex is off here.
// eslint-disable-next-line no-control-regex
const PIECE = /[\p{L}\p{M}\p{N}]+|\r\n|[\n\r\x0b\f\u2028\u2029]|[-\u2010-\u2015\u2212&/+•*·]|[,;.:()[\]!?]/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const JOINER = /^[-\u2010-\u2015\u2212&/]$/u;
const CAPITAL = /^\p{Lu}/u;
// Abbreviations staff write with a dot ("P. Nội vụ", "TP. Gia Nghĩa"): the dot belongs to the word.
const DOTTED = new Set(["p", "tp", "tx"]);

// Short and long forms that name the same thing, keyed by folded source words.
const EXPANSIONS: ReadonlyArray<{ readonly from: readonly string[]; readonly to: readonly string[] }> = [
  ["uy ban nhan dan", "UBND"],
  ["hoi dong nhan dan", "HĐND"],
  ["vp", "Văn phòng"],
  ["p.", "Phòng"],
  ["tp", "thành phố"],
  ["tp.", "thành phố"],
  ["tx", "thị xã"],
  ["tx.", "thị xã"],
].map(([from, to]) => ({ from: from.split(" "), to: to.split(" ") }));

/** Tokens of a cell or of a name. */
export function tokenize(raw: string): TokenizedText {
  const text = normalizeTonePlacement(raw);
  const tokens: Token[] = [];
  let consumed = 0;
  for (const found of text.matchAll(PIECE)) {
    const start = found.index ?? 0;
    const piece = found[0];
    if (start < consumed) continue;
    const previous = tokens[tokens.length - 1];
    // A dash opening a line is a bullet, not a joiner.
    const atLineStart = previous === undefined || previous.kind === "break";
    if (WORD.test(piece)) {
      const dotted = DOTTED.has(foldKey(piece)) && text[start + piece.length] === ".";
      const token = word(dotted ? `${piece}.` : piece, start);
      tokens.push(token);
      consumed = token.end;
    } else if (piece === "," || (JOINER.test(piece) && !atLineStart)) {
      tokens.push(mark("joiner", piece, start));
    } else {
      // Bullets ("- ", "+ ", "•"), line breaks, ";" and "." end a unit.
      tokens.push(mark("break", piece, start));
    }
  }
  return { text, tokens: expand(tokens) };
}

function word(piece: string, start: number): Token {
  const lower = piece.toLowerCase();
  const key = foldKey(piece);
  const joins = key === "va";
  return {
    kind: joins ? "joiner" : "word",
    key: joins ? JOINT : key,
    lower,
    capital: CAPITAL.test(piece),
    start,
    end: start + piece.length,
  };
}

function mark(kind: "joiner" | "break", piece: string, start: number): Token {
  const key = kind === "joiner" ? JOINT : BREAK;
  return { kind, key, lower: piece, capital: false, start, end: start + piece.length };
}

function expand(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = EXPANSIONS.find(({ from }) => startsWith(tokens, i, from));
    if (hit === undefined) {
      out.push(tokens[i]);
      i += 1;
      continue;
    }
    const length = hit.from.length;
    const first = tokens[i];
    const last = tokens[i + length - 1];
    for (const w of hit.to) {
      out.push({ ...word(w, first.start), capital: first.capital, start: first.start, end: last.end });
    }
    i += length;
  }
  return out;
}

function startsWith(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
  return keys.every((key, k) => tokens[at + k]?.kind === "word" && tokens[at + k].key === key);
}

/** Match keys of a name: its words, with JOINT where a joiner stands. */
export function patternOf(name: string): string[] {
  const keys: string[] = [];
  for (const token of tokenize(name).tokens) {
    if (token.kind === "break") continue;
    if (token.key === JOINT && (keys.length === 0 || keys[keys.length - 1] === JOINT)) continue;
    keys.push(token.key);
  }
  if (keys[keys.length - 1] === JOINT) keys.pop();
  return keys;
}
