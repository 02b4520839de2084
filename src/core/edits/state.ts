import { CellArea, CellValue, SheetCells } from "../cells";
import { Messages, messagesFor } from "../../i18n";
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

export function encodeState(state: WorkbookState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

/** Reads the state back; anything unreadable (a damaged or foreign sheet) counts as no state. */
export function decodeState(cells: readonly unknown[]): WorkbookState {
  const json = cells.filter((c): c is string => typeof c === "string").join("");
  if (!json) return EMPTY_STATE;
  try {
    const parsed = JSON.parse(json) as Partial<WorkbookState>;
    if (parsed.version === 1) return fromVersion1(parsed as StateVersion1);
    if (parsed.version !== STATE_VERSION) return EMPTY_STATE;
    return { ...EMPTY_STATE, ...parsed };
  } catch {
    return EMPTY_STATE;
  }
}

type StateVersion1 = Omit<Partial<WorkbookState>, "highlights"> & { readonly highlights?: HighlightState | null };

/** Version 1 remembered the highlights of one sheet only; everything else it kept reads as it is. */
function fromVersion1(parsed: StateVersion1): WorkbookState {
  const { highlights, ...rest } = parsed;
  return { ...EMPTY_STATE, ...rest, version: STATE_VERSION, highlights: highlights ? [highlights] : [] };
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

/** Sheets in the workbook that belong to the user: everything we did not generate. */
export function userSheets(sheetNames: readonly string[], state: WorkbookState): string[] {
  const ours = new Set(state.generated.map((g) => g.name.toLowerCase()));
  ours.add(STATE_SHEET.toLowerCase());
  return sheetNames.filter((n) => !ours.has(n.toLowerCase()));
}

/**
 * The state names the table's sheet; a user who renames that sheet leaves it naming one that is gone. When exactly
 * one sheet the state keeps a table's backup, highlights or column choice for is gone, and the table is now on a
 * sheet the state knows nothing of, that sheet is the same one renamed: what the state keeps moves to the new name,
 * so Restore and Clear still find it. Otherwise the state is returned as it is.
 */
export function adoptRenamedTable(
  state: WorkbookState,
  sheetNames: readonly string[],
  tableSheet: string,
): WorkbookState {
  const named = new Set<string>(state.backups.map((b) => b.sheet));
  for (const h of state.highlights) named.add(h.sheet);
  if (state.layout) named.add(state.layout.sheet);
  // Exact names: Excel allows no two sheets that differ only in case, so "PHỤ LỤC" is "Phụ lục" renamed.
  const gone = [...named].filter((n) => !sheetNames.includes(n));
  if (gone.length !== 1 || named.has(tableSheet) || !sheetNames.includes(tableSheet)) return state;
  const renamed = (sheet: string) => (sheet === gone[0] ? tableSheet : sheet);
  return {
    ...state,
    backups: state.backups.map((b) => ({ ...b, sheet: renamed(b.sheet) })),
    highlights: state.highlights.map((h) => ({ ...h, sheet: renamed(h.sheet) })),
    layout: state.layout && { ...state.layout, sheet: renamed(state.layout.sheet) },
  };
}

/** A sheet of the workbook and what its A1 holds (null where it was not read). */
export interface TitledSheet {
  readonly name: string;
  readonly title: CellValue;
}

/** A sheet as read for the analysis, with what its A1 holds. */
export function titledSheet(cells: SheetCells): TitledSheet {
  const fromA1 = cells.top === 1 && cells.left === 1;
  return { name: cells.name, title: fromA1 ? (cells.values[0]?.[0] ?? null) : null };
}

/** A user may switch language between runs: a generated sheet's title is ours in either. */
const CATALOGUES: readonly Messages[] = [messagesFor("vi"), messagesFor("en")];

const YEAR = "\u0000";

/** Whether `title` is the one the add-in wrote in A1 of that generated sheet; the summary's for any year. */
function isTitleOf(sheet: GeneratedSheet, title: CellValue): boolean {
  if (typeof title !== "string") return false;
  const text = title.normalize("NFC").trim();
  return CATALOGUES.some(({ sheets }) => {
    if (sheet.kind === "assignment")
      return sheet.unit !== null && text === sheets.assignmentTitle(sheet.unit).normalize("NFC");
    const [before, after] = sheets.summaryTitle(YEAR).split(YEAR);
    return text.length > before.length + after.length && text.startsWith(before) && text.endsWith(after);
  });
}

/**
 * The state names the sheets it generated; a user who renames one leaves it naming one that is gone. The sheet
 * still holds the title the add-in wrote in A1: when exactly one sheet the state knows nothing of (nor the table's,
 * `tableSheet`) has that name in other letter case, or else holds that title, it is the same sheet renamed and the
 * entry takes its name, so that the next run replaces it in place and keeps what the unit typed there. None, or
 * several: the entry stays as it is. `sheets` is every sheet of the workbook.
 */
export function adoptRenamedGenerated(
  state: WorkbookState,
  sheets: readonly TitledSheet[],
  tableSheet: string | null = null,
): WorkbookState {
  const known = new Set<string>([STATE_SHEET, ...state.generated.map((g) => g.name)]);
  for (const b of state.backups) known.add(b.sheet);
  for (const h of state.highlights) known.add(h.sheet);
  if (state.layout) known.add(state.layout.sheet);
  if (tableSheet !== null) known.add(tableSheet);
  const strangers = sheets.filter((s) => !known.has(s.name));
  const present = new Set(sheets.map((s) => s.name));

  // Excel allows no two sheets that differ only in case: "P. NỘI VỤ" is "P. Nội vụ" renamed, whatever its A1.
  const candidates = new Map<GeneratedSheet, string[]>();
  for (const g of state.generated.filter((g) => !present.has(g.name))) {
    const recased = strangers.filter((s) => s.name.toLowerCase() === g.name.toLowerCase());
    candidates.set(
      g,
      (recased.length ? recased : strangers.filter((s) => isTitleOf(g, s.title))).map((s) => s.name),
    );
  }
  const claims = new Map<string, number>();
  for (const names of candidates.values()) for (const n of names) claims.set(n, (claims.get(n) ?? 0) + 1);
  const adopted = new Map<GeneratedSheet, string>();
  for (const [g, names] of candidates) if (names.length === 1 && claims.get(names[0]) === 1) adopted.set(g, names[0]);
  if (adopted.size === 0) return state;
  return { ...state, generated: state.generated.map((g) => ({ ...g, name: adopted.get(g) ?? g.name })) };
}
