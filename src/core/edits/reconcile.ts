/**
 * The one place that decides which sheets are ours: the state as recorded, set against the sheets as they are now.
 * A name proves nothing (the user may have deleted our sheet and made one of that name, or the state may come from
 * another workbook); a generated sheet is ours when it still holds what we wrote at its top, and the state sheet when
 * it is very hidden (a user cannot make such a sheet in Excel's interface). Every adapter and the pane call
 * `reconcileState` on what they read, and use what it returns.
 */
import { CellValue } from "../cells";
import { Messages, messagesFor } from "../../i18n";
import { EMPTY_STATE, GeneratedSheet, STATE_SHEET, WorkbookState } from "./state";
import { decodeState } from "./state-decode";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** How many rows and columns from A1 an adapter reads of every sheet: our title in A1, our header in row 5. */
export const IDENTITY_ROWS = 5;
export const IDENTITY_COLUMNS = 3;
const HEADER_ROW = 5;

/** A sheet as an adapter found it. */
export interface SeenSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Its cells from A1, at least IDENTITY_ROWS × IDENTITY_COLUMNS of them; [] where it was not read. */
  readonly top: readonly (readonly CellValue[])[];
}

/** Everything reconcileState needs: every sheet, and column A of those that may hold the state (stateCandidates). */
export interface SeenWorkbook {
  readonly sheets: readonly SeenSheet[];
  readonly stateCells: ReadonlyMap<string, readonly unknown[]>;
}

/** What the user is told about the recorded state, once, when it could not be taken as it was. */
export type StateNotice =
  /** Damaged, written by a newer add-in, or not a state at all: rebuilt from the sheets. */
  | { readonly kind: "state-unreadable" }
  /** The state named sheets that are not ours (their tops are not what we wrote): they are left as they are. */
  | { readonly kind: "not-ours"; readonly sheets: readonly string[] };

export interface Reconciled {
  readonly state: WorkbookState;
  /** Where the state is kept: the sheet that holds it, or else a name that no sheet has in any letter case. */
  readonly stateSheet: { readonly name: string; readonly exists: boolean };
  /** Every sheet but the state sheet, in tab order: what the engine is given as the workbook's sheets. */
  readonly sheetNames: readonly string[];
  readonly notice: StateNotice | null;
  /** Generated sheets the state names that the user deleted (no sheet holds them, renamed or not). */
  readonly deleted: readonly GeneratedSheet[];
}

const STATE_NAME = new RegExp(`^${STATE_SHEET}( \\(\\d+\\))?$`, "i");

/**
 * The sheets that may hold our state, named ParIndexState or "ParIndexState (2)" in any case: very hidden, as we make
 * it, or hidden, as LibreOffice saves a very hidden sheet (domain.md). A hidden one is ours only if it reads as our
 * state (reconcileState), since a user can hide a sheet.
 */
export function stateCandidates(sheets: readonly { readonly name: string; readonly visibility: string }[]): string[] {
  return sheets
    .filter((s) => (s.visibility === "VeryHidden" || s.visibility === "Hidden") && STATE_NAME.test(s.name))
    .map((s) => s.name);
}

/**
 * The recorded state as far as the sheets bear it out. `tableSheet` is the table's sheet once it is known (the
 * state follows a table the user renamed); null before the analysis. Pure: calling it again with the table found
 * gives the same answer and more.
 */
export function reconcileState(seen: SeenWorkbook, tableSheet: string | null): Reconciled {
  const decoded = [...seen.stateCells].map(([name, cells]) => ({ name, ...decodeState(cells) }));
  // Two candidates happen only when something else made one: the first that reads is ours. One that does not read
  // is ours (to rebuild) only if very hidden: a hidden sheet that is no state of ours may be the user's.
  const veryHidden = new Set(seen.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.name));
  const found = decoded.find((d) => !d.damaged) ?? decoded.find((d) => veryHidden.has(d.name));
  const stateSheet = found ? { name: found.name, exists: true } : { name: freeStateName(seen.sheets), exists: false };
  const sheets = seen.sheets.filter((s) => s.name !== found?.name);
  const recorded = found?.state ?? EMPTY_STATE;

  const proven = provenGenerated(recorded, sheets, tableSheet, found?.damaged ?? false);
  const { generated, notOurs, deleted } = proven;
  let state: WorkbookState = generated === recorded.generated ? recorded : withGeneratedBackups(recorded, proven);
  const sheetNames = sheets.map((s) => s.name);
  if (tableSheet !== null) state = adoptRenamedTable(state, sheetNames, tableSheet);
  const notice: StateNotice | null = found?.damaged
    ? { kind: "state-unreadable" }
    : notOurs.length
      ? { kind: "not-ours", sheets: notOurs }
      : null;
  return { state, stateSheet, sheetNames, notice, deleted };
}

/**
 * The state with its generated sheets as proven; the cells collected into a generated sheet (its backup) follow it
 * when the user renamed it, and go with it when it was deleted or is no longer ours.
 */
function withGeneratedBackups(
  recorded: WorkbookState,
  { generated, notOurs, deleted, renamed }: ProvenGenerated,
): WorkbookState {
  const gone = new Set([...notOurs, ...deleted.map((g) => g.name)]);
  const backups = recorded.backups
    .filter((b) => !gone.has(b.sheet))
    .map((b) => (renamed.has(b.sheet) ? { ...b, sheet: renamed.get(b.sheet)! } : b));
  return { ...recorded, generated, backups };
}

function freeStateName(sheets: readonly SeenSheet[]): string {
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? STATE_SHEET : `${STATE_SHEET} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Sheets in the workbook that belong to the user: everything we did not generate. `sheetNames` as reconciled. */
export function userSheets(sheetNames: readonly string[], state: WorkbookState): string[] {
  const ours = new Set(state.generated.map((g) => g.name));
  return sheetNames.filter((n) => !ours.has(n));
}

/** What we wrote at the top of a generated sheet, read back: its kind, and for an assignment sheet its unit. */
type Identity = { readonly kind: "summary" } | { readonly kind: "assignment"; readonly unit: string };

/** A user may switch language between runs: a generated sheet's top is ours in either. */
const CATALOGUES: readonly Messages[] = [messagesFor("vi"), messagesFor("en")];
const YEAR = "\u0000";
const UNIT = "\u0001";
const normal = (v: CellValue | undefined) => (typeof v === "string" ? v.normalize("NFC").trim() : null);

/**
 * The title in A1 and the first columns of the header in row 5 (number, code, name), in one language. The progress
 * columns further right are left out: they may change between versions without the sheet ceasing to be ours.
 * The summary's section I now has the code spanning A:B and no running number; one written by earlier versions has
 * both, and is ours too. Column B of the merge reads empty through Office.js and as the code through ExcelJS.
 */
function identityOf(sheet: SeenSheet): Identity | null {
  const title = normal(sheet.top[0]?.[0]);
  const header = sheet.top[HEADER_ROW - 1] ?? [];
  if (title === null) return null;
  const [a, b, c] = [0, 1, 2].map((i) => normal(header[i]) ?? "");
  for (const { sheets } of CATALOGUES) {
    const { number, code } = sheets.columns;
    const headed = (name: string) => a === number && b === code && c === name;
    const codeSpanned = (name: string) => a === code && (b === "" || b === code) && c === name;
    const [before, after] = sheets.summaryTitle(YEAR).split(YEAR);
    const isSummary = title.length > before.length + after.length && title.startsWith(before) && title.endsWith(after);
    const domain = sheets.columns.domain;
    if (isSummary && (codeSpanned(domain) || headed(domain))) return { kind: "summary" };
    const [prefix, suffix] = sheets.assignmentTitle(UNIT).split(UNIT.toUpperCase());
    const unit = title.slice(prefix.length, title.length - suffix.length);
    if (title.startsWith(prefix) && title.endsWith(suffix) && unit && headed(sheets.columns.criterion))
      return { kind: "assignment", unit };
  }
  return null;
}

/** The unit as its sheet's title writes it: titles are upper case. */
export const unitInTitle = (unit: string) => unit.toUpperCase().normalize("NFC");

function isIdentityOf(g: GeneratedSheet, identity: Identity | null): boolean {
  if (identity === null || identity.kind !== g.kind) return false;
  return identity.kind === "summary" || (g.unit !== null && unitInTitle(g.unit) === unitInTitle(identity.unit));
}

interface ProvenGenerated {
  readonly generated: readonly GeneratedSheet[];
  readonly notOurs: readonly string[];
  readonly deleted: readonly GeneratedSheet[];
  /** Generated sheets the user renamed: their recorded name, their name now. */
  readonly renamed: ReadonlyMap<string, string>;
}

/**
 * The generated sheets that are ours. An entry whose sheet is there and holds our top stays; one whose sheet holds
 * something else is the user's sheet (`notOurs`) and the entry goes. An entry whose sheet is gone was renamed when
 * exactly one sheet no entry names holds its top and no other entry's (the namesake in other letter case first:
 * Excel allows no two sheets that differ only in case); else the user deleted it. When the state was damaged, every
 * other sheet that holds our top is ours too (its unit as its title writes it, upper case: prepareRun matches it).
 */
function provenGenerated(
  recorded: WorkbookState,
  sheets: readonly SeenSheet[],
  tableSheet: string | null,
  damaged: boolean,
): ProvenGenerated {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const identities = new Map(sheets.map((s) => [s.name, identityOf(s)]));
  const named = new Set(recorded.generated.map((g) => g.name));
  for (const b of recorded.backups) named.add(b.sheet);
  for (const h of recorded.highlights) named.add(h.sheet);
  if (recorded.layout) named.add(recorded.layout.sheet);
  if (tableSheet !== null) named.add(tableSheet);
  /** The sheets no entry names that hold our top, with what it says. */
  const strangers = sheets.flatMap((s) => {
    const identity = identities.get(s.name)!;
    return named.has(s.name) || identity === null ? [] : [{ name: s.name, identity }];
  });

  const notOurs: string[] = [];
  /** The entries that are ours, under the name of their sheet now. */
  const ours = new Map<GeneratedSheet, string>();
  const candidates = new Map<GeneratedSheet, string[]>();
  for (const g of recorded.generated) {
    const sheet = byName.get(g.name);
    if (sheet && g.name !== tableSheet && isIdentityOf(g, identities.get(g.name)!)) ours.set(g, g.name);
    else if (sheet) notOurs.push(g.name);
    else {
      const matching = strangers.filter((s) => isIdentityOf(g, s.identity));
      const recased = matching.filter((s) => s.name.toLowerCase() === g.name.toLowerCase());
      candidates.set(
        g,
        (recased.length ? recased : matching).map((s) => s.name),
      );
    }
  }
  const claims = new Map<string, number>();
  for (const names of candidates.values()) for (const n of names) claims.set(n, (claims.get(n) ?? 0) + 1);
  for (const [g, names] of candidates) if (names.length === 1 && claims.get(names[0]) === 1) ours.set(g, names[0]);

  const renamed = new Map<string, string>();
  const generated = recorded.generated.flatMap((g) => {
    const name = ours.get(g);
    if (name !== undefined && name !== g.name) renamed.set(g.name, name);
    return name === undefined ? [] : [name === g.name ? g : { ...g, name }];
  });
  if (damaged) {
    const taken = new Set(ours.values());
    for (const { name, identity } of strangers) {
      if (taken.has(name)) continue;
      generated.push({ name, kind: identity.kind, unit: identity.kind === "assignment" ? identity.unit : null });
    }
  }
  const same = generated.length === recorded.generated.length && generated.every((g, i) => g === recorded.generated[i]);
  const deleted = [...candidates.keys()].filter((g) => !ours.has(g));
  return { generated: same ? recorded.generated : generated, notOurs, deleted, renamed };
}

/**
 * The state names the table's sheet; a user who renames that sheet leaves it naming one that is gone. When exactly
 * one sheet the state keeps a table's backup, highlights or column choice for is gone, and the table is now on a
 * sheet the state knows nothing of, that sheet is the same one renamed: what the state keeps moves to the new name,
 * so Restore and Clear still find it. Otherwise the state is returned as it is.
 */
function adoptRenamedTable(state: WorkbookState, sheetNames: readonly string[], tableSheet: string): WorkbookState {
  // A generated sheet's backup (cells collected from unit files) is no table's.
  const ours = new Set(state.generated.map((g) => g.name));
  const named = new Set<string>(state.backups.map((b) => b.sheet).filter((s) => !ours.has(s)));
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
