import { CellArea } from "../cells";
import { Columns } from "../model";
import { Content, GeneratedKind, HighlightRule, TableEdit } from "./types";

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
  readonly content: Content;
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

/** Adds the current contents of cells about to change, keeping the first original of each cell. */
export function extendBackup(
  state: WorkbookState,
  sheet: string,
  edits: readonly TableEdit[],
  current: (row: number, column: number) => Content,
): WorkbookState {
  const cells = [...backupOf(state, sheet)];
  const seen = new Set(cells.map((c) => `${c.row}:${c.column}`));
  for (const e of edits) {
    const key = `${e.row}:${e.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push({ row: e.row, column: e.column, content: current(e.row, e.column) });
  }
  return withBackup(state, sheet, cells);
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
