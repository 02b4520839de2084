/** The units a table may name, indexed by first word for matching at each token. */
import type { LocalityPolicy } from "./dictionary";
import { JOINT, patternOf, type Token } from "./tokens";

/** Where an entry comes from; on equal length, user aliases win, then known units, built-ins, learned units. */
export type EntrySource = "alias" | "known" | "built-in" | "learned";

export interface Entry {
  /** Display name (for a learned unit: one of its spellings). */
  readonly name: string;
  readonly locality: LocalityPolicy;
  readonly source: EntrySource;
}

export interface PatternMatch {
  readonly entry: Entry;
  /** Token after the match. */
  readonly end: number;
}

const RANK: Readonly<Record<EntrySource, number>> = { alias: 0, known: 1, "built-in": 2, learned: 3 };

interface Indexed {
  readonly pattern: readonly string[];
  readonly entry: Entry;
}

export class PatternIndex {
  private readonly byFirstKey = new Map<string, Indexed[]>();

  add(spelling: string, entry: Entry): void {
    const pattern = patternOf(spelling);
    if (pattern.length === 0) return;
    const list = this.byFirstKey.get(pattern[0]) ?? [];
    list.push({ pattern, entry });
    this.byFirstKey.set(pattern[0], list);
  }

  /** Some entry starts with this word key. */
  has(key: string): boolean {
    return this.byFirstKey.has(key);
  }

  /** Entries spelled at token `at`: longest first, then by source. */
  matchesAt(tokens: readonly Token[], at: number): PatternMatch[] {
    const found: PatternMatch[] = [];
    for (const { pattern, entry } of this.byFirstKey.get(tokens[at].key) ?? []) {
      const end = matchEnd(tokens, at, pattern);
      if (end > at) found.push({ entry, end });
    }
    return found.sort((a, b) => b.end - a.end || RANK[a.entry.source] - RANK[b.entry.source]);
  }
}

/**
 * A joiner of the name is optional in the text, and may be written twice there: "Tài chính – Kế hoạch" matches
 * "Tài chính Kế hoạch" and "Thể thao, và Du lịch" matches "Thể thao và Du lịch".
 */
function matchEnd(tokens: readonly Token[], at: number, pattern: readonly string[]): number {
  let j = at;
  for (const key of pattern) {
    if (key === JOINT) {
      while (tokens[j]?.key === JOINT) j += 1;
      continue;
    }
    if (tokens[j]?.key !== key) return -1;
    j += 1;
  }
  return j;
}

/** Words of a name without joiners: equal for spellings that differ only in joiners, case, diacritics. */
export function nameKey(name: string): string {
  return patternOf(name)
    .filter((key) => key !== JOINT)
    .join(" ");
}
