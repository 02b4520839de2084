/**
 * The mark a unit file carries, so that collect knows which plan and unit it belongs to and what each progress cell
 * held when it was sent: a very hidden sheet of its own (LibreOffice keeps it, as a hidden sheet), named apart from
 * the add-in's state sheet, holding JSON in column A. A unit file is not a plan workbook: it has no state sheet.
 */
import { Content, joinedChunks, jsonChunks } from "../edits";
import { ProgressField } from "../progress/words";
import { Section } from "./progress-layout";

export const MARK_SHEET = "ParIndexUnitFile";
const MARK_KIND = "par-index-unit-file";
const MARK_VERSION = 1;

/** A criterion as sent: its progress cells by column key, and a fingerprint of each other cell of its row. */
export interface SentCriterion {
  readonly section: Section;
  readonly code: string;
  readonly progress: Readonly<Partial<Record<ProgressField, Content>>>;
  /** By 1-based column: the cell's fingerprint ("" for an empty cell), progress columns left empty. */
  readonly others: readonly string[];
}

export interface UnitMark {
  readonly kind: typeof MARK_KIND;
  readonly version: typeof MARK_VERSION;
  /** The plan's identity (the master's state), null when the master had none yet. */
  readonly planId: string | null;
  /** What the title calls the plan (the master's file name), and the table's sheet. */
  readonly planName: string;
  readonly tableSheet: string;
  /** The unit's canonical name, and its assignment sheet's name in the master and in this file. */
  readonly unit: string;
  readonly sheet: string;
  readonly criteria: readonly SentCriterion[];
  /** Fingerprints of the cells outside criterion rows (titles, headers), by A1 address; empty cells left out. */
  readonly fixed: Readonly<Record<string, string>>;
}

export type UnitMarkFields = Omit<UnitMark, "kind" | "version">;

export function makeMark(fields: UnitMarkFields): UnitMark {
  return { kind: MARK_KIND, version: MARK_VERSION, ...fields };
}

export function encodeMark(mark: UnitMark): string[] {
  return jsonChunks(mark);
}

/** The mark read back from column A's cells; null when there is none or it is not one of ours. */
export function decodeMark(cells: readonly unknown[]): UnitMark | null {
  const json = joinedChunks(cells);
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as Partial<UnitMark>;
    const ok =
      parsed.kind === MARK_KIND &&
      parsed.version === MARK_VERSION &&
      typeof parsed.unit === "string" &&
      typeof parsed.sheet === "string" &&
      Array.isArray(parsed.criteria) &&
      typeof parsed.fixed === "object" &&
      parsed.fixed !== null;
    return ok ? (parsed as UnitMark) : null;
  } catch {
    return null;
  }
}

/**
 * What a cell holds, as compared: text without surrounding spaces (blank text is empty), numbers to 12 significant
 * digits (a date as its serial), formulas without spaces and letter case, as spreadsheets rewrite them on saving.
 */
export function contentKey(content: Content): string {
  switch (content.kind) {
    case "empty":
      return "";
    case "text": {
      const text = content.text.normalize("NFC").trim();
      return text === "" ? "" : `t${text}`;
    }
    case "number":
      return `n${Number(content.value.toPrecision(12))}`;
    case "formula":
      return `f${content.formula.replace(/\s+/g, "").toUpperCase()}`;
    case "boolean":
      return `b${content.value}`;
    case "error":
      return `e${content.code.toUpperCase()}`;
  }
}

/** A short fingerprint of contentKey, to tell later whether a cell changed without keeping every text twice. */
export function fingerprint(content: Content): string {
  const key = contentKey(content);
  if (key === "") return "";
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
