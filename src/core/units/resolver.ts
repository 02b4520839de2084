/**
 * Canonical unit names for one table: built-in units, the user's own, units learned
 * from the table's cells, and the locality most of its cells name.
 */
import { BUILT_IN_UNITS } from "./dictionary";
import { nameKey, PatternIndex, type Entry } from "./patterns";
import { displayName, identityOf, segmentCell, type Segment } from "./segment";

export interface UnitOptions {
  /** Units the user added to the dictionary (display names). */
  readonly known?: readonly string[];
  /** User merges and renames: variant (any spelling) -> canonical display name. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface UnitResolver {
  /** Splits one cell's text into the canonical names of the units it names, in order, without duplicates. Empty/blank -> []. */
  resolve(cellText: string): readonly string[];
}

/** Builds a resolver for one table: `cells` are all lead and support cell texts of the table (used to learn units from cells that name one unit and to pick the locality, e.g. "thành phố"). */
export function createUnitResolver(cells: readonly string[], options: UnitOptions = {}): UnitResolver {
  const index = dictionaryIndex(options);
  // Tables repeat the same few cells thousands of times: segment each distinct text once.
  const occurrences = new Map<string, number>();
  for (const cell of cells) bump(occurrences, cell);
  learnUnits([...occurrences.keys()], index);
  const usage = countUsage(occurrences, index);
  const renames = new Map<string, string>();
  for (const [variant, target] of Object.entries(options.aliases ?? {}))
    renames.set(nameKey(variant), displayName(target));

  const nameOf = (segment: Segment): string => {
    const name = canonicalName(segment, usage);
    const base = segment.kind === "known" ? segment.entry.name : name;
    return renames.get(nameKey(name)) ?? renames.get(nameKey(base)) ?? name;
  };
  const resolved = new Map<string, readonly string[]>();
  return {
    resolve(cellText: string): readonly string[] {
      let names = resolved.get(cellText);
      if (!names)
        resolved.set(cellText, (names = Object.freeze([...new Set(segmentCell(cellText, index).map(nameOf))])));
      return names;
    },
  };
}

function dictionaryIndex(options: UnitOptions): PatternIndex {
  const index = new PatternIndex();
  for (const [variant, target] of Object.entries(options.aliases ?? {})) {
    const entry: Entry = { name: displayName(target), locality: "drop", source: "alias" };
    index.add(variant, entry);
    index.add(target, entry);
  }
  for (const name of options.known ?? []) {
    index.add(name, { name: displayName(name), locality: "drop", source: "known" });
  }
  for (const unit of BUILT_IN_UNITS) {
    const entry: Entry = { name: unit.name, locality: unit.locality ?? "drop", source: "built-in" };
    for (const spelling of [unit.name, ...(unit.variants ?? [])]) index.add(spelling, entry);
  }
  return index;
}

/** A cell that names one unit the dictionary lacks teaches its name, "và" and commas included. */
function learnUnits(cells: readonly string[], index: PatternIndex): void {
  const learned = new Set<string>();
  for (const cell of cells) {
    const segments = segmentCell(cell, index);
    const only = segments.length === 1 ? segments[0] : undefined;
    if (only?.kind === "unknown") learned.add(only.core);
  }
  for (const core of learned) index.add(core, { name: core, locality: "drop", source: "learned" });
}

interface Usage {
  /** Most used spelling of each unknown or learned unit, by identity. */
  readonly spellings: ReadonlyMap<string, string>;
  /** Locality most named after units, or null. */
  readonly locality: string | null;
}

/** `occurrences`: each distinct cell text and how many cells hold it. */
function countUsage(occurrences: ReadonlyMap<string, number>, index: PatternIndex): Usage {
  const spellings = new Map<string, Map<string, number>>();
  const localities = new Map<string, number>();
  for (const [cell, times] of occurrences) {
    for (const segment of segmentCell(cell, index)) {
      if (segment.kind === "known" && segment.locality !== null) bump(localities, segment.locality, times);
      const identity = identityOfUnlisted(segment);
      if (identity === null) continue;
      const counts = spellings.get(identity) ?? new Map<string, number>();
      bump(counts, segment.spelling, times);
      spellings.set(identity, counts);
    }
  }
  const mostUsedSpellings = new Map<string, string>();
  for (const [identity, counts] of spellings) mostUsedSpellings.set(identity, mostUsed(counts) ?? identity);
  return { spellings: mostUsedSpellings, locality: mostUsed(localities) };
}

/** Identity of a unit outside the user's and the built-in dictionary, or null. */
function identityOfUnlisted(segment: Segment): string | null {
  if (segment.kind === "unknown") return identityOf(segment);
  return segment.entry.source === "learned" ? nameKey(segment.entry.name) : null;
}

function canonicalName(segment: Segment, usage: Usage): string {
  if (segment.kind === "known" && segment.entry.source !== "learned") {
    const { entry } = segment;
    return entry.locality === "table" && usage.locality !== null ? `${entry.name} ${usage.locality}` : entry.name;
  }
  return usage.spellings.get(identityOfUnlisted(segment) ?? "") ?? segment.spelling;
}

function bump(counts: Map<string, number>, key: string, times = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + times);
}

/** The key counted most; the first seen on a tie. */
function mostUsed(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
