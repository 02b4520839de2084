/**
 * Reading the state back from the text the state sheet holds. Nothing in it is trusted: a damaged sheet, a state
 * written by a newer add-in or edited by hand gives, field by field, what still reads as what we wrote, and says
 * that the rest did not.
 */
import { CellArea } from "../cells";
import { Columns, ROLES } from "../model";
import {
  BackupCell,
  EMPTY_STATE,
  GeneratedSheet,
  HighlightState,
  joinedChunks,
  STATE_VERSION,
  WorkbookState,
} from "./state";
import { Content, HighlightKind, HighlightRule } from "./types";

export interface DecodedState {
  readonly state: WorkbookState;
  /** Some of what the sheet holds could not be read as a state: damaged, from an unknown version, or not ours. */
  readonly damaged: boolean;
}

type Check<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString: Check<string> = (v): v is string => typeof v === "string";
const isRow: Check<number> = (v): v is number => Number.isInteger(v) && (v as number) >= 1;
const isArea: Check<CellArea> = (v): v is CellArea =>
  isObject(v) && isRow(v.top) && isRow(v.left) && isRow(v.bottom) && isRow(v.right);

const isOptional = (v: unknown) => v === undefined || isString(v);
const isContent: Check<Content> = (v): v is Content => {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case "empty":
      return true;
    case "text":
      return isString(v.text) && isOptional(v.link);
    case "number":
      return typeof v.value === "number" && Number.isFinite(v.value) && isOptional(v.format);
    case "formula":
      return isString(v.formula) && v.formula.startsWith("=") && isOptional(v.format);
    case "boolean":
      return typeof v.value === "boolean";
    case "error":
      return isString(v.code) && v.code.startsWith("#");
    default:
      return false;
  }
};

const isGenerated: Check<GeneratedSheet> = (v): v is GeneratedSheet =>
  isObject(v) &&
  isString(v.name) &&
  ((v.kind === "summary" && v.unit === null) || (v.kind === "assignment" && isString(v.unit)));

/** `written` is absent from states saved before it was kept. */
const isBackupCell: Check<BackupCell> = (v): v is BackupCell =>
  isObject(v) &&
  isRow(v.row) &&
  isRow(v.column) &&
  isContent(v.content) &&
  (v.written === undefined || ["string", "number", "boolean"].includes(typeof v.written));
const isBackup = (v: unknown): v is WorkbookState["backups"][number] =>
  isObject(v) && isString(v.sheet) && Array.isArray(v.cells) && v.cells.every(isBackupCell);

const HIGHLIGHT_KINDS: readonly unknown[] = ["zero", "partial", "target"] satisfies HighlightKind[];
const isRule: Check<HighlightRule> = (v): v is HighlightRule =>
  isObject(v) && HIGHLIGHT_KINDS.includes(v.kind) && isArea(v.area) && isString(v.formula);
const isFill = (v: unknown): v is HighlightState["fills"][number] =>
  isObject(v) && isRow(v.row) && isRow(v.column) && (v.previous === null || isString(v.previous));
const isHighlights: Check<HighlightState> = (v): v is HighlightState =>
  isObject(v) &&
  isString(v.sheet) &&
  Array.isArray(v.rules) &&
  v.rules.every(isRule) &&
  Array.isArray(v.fills) &&
  v.fills.every(isFill) &&
  isArea(v.legend);

const ROLE_NAMES: readonly unknown[] = ROLES;
const isColumns: Check<Columns> = (v): v is Columns =>
  isObject(v) && Object.entries(v).every(([role, column]) => ROLE_NAMES.includes(role) && isRow(column));
const isLayout: Check<NonNullable<WorkbookState["layout"]>> = (v): v is NonNullable<WorkbookState["layout"]> =>
  isObject(v) && isString(v.sheet) && isRow(v.headerRow) && isColumns(v.columns);
const isUnits: Check<WorkbookState["units"]> = (v): v is WorkbookState["units"] =>
  isObject(v) &&
  isObject(v.aliases) &&
  Object.values(v.aliases).every(isString) &&
  Array.isArray(v.known) &&
  v.known.every(isString);

/** Reads the state back from the state sheet's column A; a sheet with nothing in it is no state, and not damaged. */
export function decodeState(cells: readonly unknown[]): DecodedState {
  const json = joinedChunks(cells);
  if (!json) return { state: EMPTY_STATE, damaged: cells.some((c) => c !== null && c !== undefined && c !== "") };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { state: EMPTY_STATE, damaged: true };
  }
  if (!isObject(parsed) || (parsed.version !== 1 && parsed.version !== STATE_VERSION))
    return { state: EMPTY_STATE, damaged: true };

  let damaged = false;
  /** The field as it is when it reads as one, else its empty value; an absent field is no damage. */
  const field = <T>(value: unknown, check: Check<T>, empty: T): T => {
    if (value === undefined) return empty;
    if (check(value)) return value;
    damaged = true;
    return empty;
  };
  /** The entries that read as one; a list with others in it is damaged. */
  const list = <T>(value: unknown, check: Check<T>): T[] => {
    const items = field(value, Array.isArray, []);
    const good = items.filter(check);
    if (good.length < items.length) damaged = true;
    return good;
  };
  // Version 1 remembered the highlights of one sheet only.
  const highlights =
    parsed.version === 1
      ? [field(parsed.highlights ?? null, (v): v is HighlightState | null => v === null || isHighlights(v), null)]
      : list(parsed.highlights, isHighlights);
  const state: WorkbookState = {
    version: STATE_VERSION,
    planId: field(parsed.planId, (v): v is string | null => v === null || isString(v), null),
    generated: list(parsed.generated, isGenerated),
    backups: list(parsed.backups, isBackup),
    highlights: highlights.filter((h): h is HighlightState => h !== null),
    units: field(parsed.units, isUnits, EMPTY_STATE.units),
    layout: field(parsed.layout, (v): v is WorkbookState["layout"] => v === null || isLayout(v), null),
  };
  return { state, damaged };
}
