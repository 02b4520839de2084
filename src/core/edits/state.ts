import { CellArea } from "../cells";
import { Columns } from "../model";
import { Content, contentOf, GeneratedKind, HighlightRule, sameValue, TableEdit } from "./types";

/**
 * What the add-in remembers in the workbook, in a very hidden sheet of its own so that it
 * travels with the file and survives ExcelJS (which drops add-in settings): the sheets it
 * generated, the original contents of every table cell it changed, and the user's choices.
 */
export const STATE_SHEET = "ParIndexState";
export const STATE_VERSION = 2;
/** Excel keeps at most 32,767 characters in a cell. */
const CHUNK = 30_000;

export interface GeneratedSheet {
  readonly name: string;
  readonly kind: GeneratedKind;
  readonly unit: string | null;
}

export interface BackupCell {
  readonly row: number;
  readonly column: number;
  /** What the cell held before the add-in first changed it. */
  readonly content: Content;
  /**
   * What the last run wrote there, as typed (a formula's text, a number, a text; see writtenAs), short because a
   * large plan's state must fit in the run's last request. Rows inserted or deleted since move the cell's content
   * away from its row: where the cell no longer holds this, it is the user's, and nothing is put back into it.
   * Absent from states saved before it was kept: such a cell is put back as it always was.
   */
  readonly written?: string | number | boolean;
}

/** A content as BackupCell.written keeps it; contentOf reads it back (an error value as its text: never the same). */
export function writtenAs(c: Content): string | number | boolean {
  switch (c.kind) {
    case "formula":
      return c.formula;
    case "text":
      return c.text;
    case "number":
    case "boolean":
      return c.value;
    case "error":
      return c.code;
    case "empty":
      return "";
  }
}

/** Whether a backed-up cell, holding `now`, still holds what the add-in wrote there (or is not known not to). */
export function stillAsWritten(cell: BackupCell, now: Content): boolean {
  return cell.written === undefined || sameValue(contentOf(cell.written), now);
}

export interface HighlightState {
  readonly sheet: string;
  readonly rules: readonly HighlightRule[];
  /** Cells filled one by one (hosts without conditional formats), with the fill they had. */
  readonly fills: readonly { readonly row: number; readonly column: number; readonly previous: string | null }[];
  readonly legend: CellArea;
}

export interface WorkbookState {
  readonly version: number;
  /** Which plan this is, made on the first run (see planFingerprint); null before it. Unit files carry it. */
  readonly planId: string | null;
  readonly generated: readonly GeneratedSheet[];
  /** Original contents of changed table cells, per sheet; only the first change of a cell is kept. */
  readonly backups: readonly { readonly sheet: string; readonly cells: readonly BackupCell[] }[];
  /** What the last run with highlights left on each sheet: at most one entry a sheet. */
  readonly highlights: readonly HighlightState[];
  readonly units: { readonly aliases: Readonly<Record<string, string>>; readonly known: readonly string[] };
  /** The user's own choice of header row and columns. */
  readonly layout: { readonly sheet: string; readonly headerRow: number; readonly columns: Columns } | null;
}

export const EMPTY_STATE: WorkbookState = {
  version: STATE_VERSION,
  planId: null,
  generated: [],
  backups: [],
  highlights: [],
  units: { aliases: {}, known: [] },
  layout: null,
};

/** A value as JSON in cells Excel can hold, as the hidden sheets keep it in their column A. */
export function jsonChunks(value: unknown): string[] {
  const json = JSON.stringify(value);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

/** The JSON that jsonChunks spread over cells, joined again. */
export function joinedChunks(cells: readonly unknown[]): string {
  return cells.filter((c): c is string => typeof c === "string").join("");
}

export function encodeState(state: WorkbookState): string[] {
  return jsonChunks(state);
}

/** The highlights the last run left on a sheet, if it left any there. */
export function highlightsOn(state: WorkbookState, sheet: string): HighlightState | null {
  return state.highlights.find((h) => h.sheet === sheet) ?? null;
}

/** The state with a sheet's highlights replaced by `highlights`, or forgotten when it is null; other sheets' stay. */
export function withHighlightsOn(
  state: WorkbookState,
  sheet: string,
  highlights: Omit<HighlightState, "sheet"> | null,
): WorkbookState {
  const others = state.highlights.filter((h) => h.sheet !== sheet);
  return { ...state, highlights: highlights ? [...others, { ...highlights, sheet }] : others };
}

export function backupOf(state: WorkbookState, sheet: string): readonly BackupCell[] {
  return state.backups.find((b) => b.sheet === sheet)?.cells ?? [];
}

/**
 * Adds the current contents of cells about to change, with what they are given, keeping the first original of each
 * cell while it still holds what was written there; a cell that no longer does (its row moved, or the user typed
 * over it) holds the user's content now, and that is its original.
 */
export function extendBackup(
  state: WorkbookState,
  sheet: string,
  edits: readonly TableEdit[],
  current: (row: number, column: number) => Content,
): WorkbookState {
  const cells = new Map(backupOf(state, sheet).map((c) => [`${c.row}:${c.column}`, c]));
  for (const e of edits) {
    const key = `${e.row}:${e.column}`;
    const saved = cells.get(key);
    const now = current(e.row, e.column);
    const content = saved && stillAsWritten(saved, now) ? saved.content : now;
    cells.set(key, { row: e.row, column: e.column, content, written: writtenAs(e.content) });
  }
  return withBackup(state, sheet, [...cells.values()]);
}

/** The state with a sheet's backup replaced by `cells`; an empty backup is no backup. */
export function withBackup(state: WorkbookState, sheet: string, cells: readonly BackupCell[]): WorkbookState {
  const backups = state.backups.filter((b) => b.sheet !== sheet);
  return { ...state, backups: cells.length ? [...backups, { sheet, cells }] : backups };
}

/** The state after Restore on a sheet: no backup and no highlights there. */
export function afterRestore(state: WorkbookState, sheet: string): WorkbookState {
  return withHighlightsOn(withBackup(state, sheet, []), sheet, null);
}
