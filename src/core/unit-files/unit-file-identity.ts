/**
 * Which unit's sheet a returned file holds, or why it is not taken. A unit file says it in its mark; a file without
 * one (its mark sheet deleted, or a copy of the master workbook) is still recognised by what the add-in wrote:
 * the plan's identity in a copy's state, an assignment sheet's title in A1.
 */
import { CellValue } from "../cells";
import { GeneratedSheet } from "../edits";
import { Messages, messagesFor } from "../../i18n";
import { criterionLines, Grid } from "./progress-layout";
import { MARK_SHEET, UnitMark } from "./unit-mark";

/** A returned workbook as an adapter reads it. */
export interface ReturnedWorkbook {
  readonly sheets: readonly { readonly name: string; readonly grid: Grid; readonly title: CellValue }[];
  readonly mark: UnitMark | null;
  /** Present when the file is a plan workbook (a copy of the master): its state's plan identity and sheets. */
  readonly state: { readonly planId: string | null; readonly generated: readonly GeneratedSheet[] } | null;
}

/** The master as collect needs it. */
export interface MasterPlan {
  readonly planId: string | null;
  readonly tableSheet: string;
  /** Units of the plan now. */
  readonly units: ReadonlySet<string>;
  /** Each unit's assignment sheet in the master, by unit name. */
  readonly unitSheets: ReadonlyMap<string, string>;
}

/** A sheet of the returned file to take, for one unit. */
export interface RecognisedSheet {
  readonly unit: string;
  /** Its name in the returned file. */
  readonly sheet: string;
  readonly grid: Grid;
  readonly mark: UnitMark | null;
}

export type SkipReason =
  | { readonly kind: "other-plan" }
  | { readonly kind: "unit-not-in-plan"; readonly unit: string }
  | { readonly kind: "no-unit-sheet"; readonly unit: string }
  | { readonly kind: "sheet-missing"; readonly unit: string; readonly sheet: string }
  | { readonly kind: "unrecognised" };

export type Recognition =
  | { readonly kind: "take"; readonly sheets: readonly RecognisedSheet[] }
  | { readonly kind: "skip"; readonly reason: SkipReason };

const skip = (reason: SkipReason): Recognition => ({ kind: "skip", reason });

function samePlan(master: MasterPlan, planId: string | null, tableSheet: string | null): boolean {
  if (planId !== null && master.planId !== null) return planId === master.planId;
  // One side made before plans had an identity: the table's sheet is all there is to compare.
  return tableSheet === null || tableSheet === master.tableSheet;
}

const CATALOGUES: readonly Messages[] = [messagesFor("vi"), messagesFor("en")];

/** Whether A1 holds the title of the unit's assignment sheet, in either language. */
function isUnitTitle(unit: string, title: CellValue): boolean {
  if (typeof title !== "string") return false;
  const text = title.normalize("NFC").trim();
  return CATALOGUES.some((m) => text === m.sheets.assignmentTitle(unit).normalize("NFC"));
}

export function recogniseReturned(file: ReturnedWorkbook, master: MasterPlan): Recognition {
  const { mark } = file;
  const sheets = file.sheets.filter((s) => s.name !== MARK_SHEET);
  if (mark) {
    if (!samePlan(master, mark.planId, mark.tableSheet)) return skip({ kind: "other-plan" });
    if (!master.units.has(mark.unit)) return skip({ kind: "unit-not-in-plan", unit: mark.unit });
    if (!master.unitSheets.has(mark.unit)) return skip({ kind: "no-unit-sheet", unit: mark.unit });
    // Renamed by the unit: known by the title the file was sent with, or as its only sheet laid out as ours.
    const laidOut = sheets.filter((s) => criterionLines(s.grid).length > 0);
    const found =
      sheets.find((s) => s.name === mark.sheet) ??
      sheets.find((s) => isUnitTitle(mark.unit, s.title)) ??
      (laidOut.length === 1 ? laidOut[0] : undefined);
    if (!found) return skip({ kind: "sheet-missing", unit: mark.unit, sheet: mark.sheet });
    return { kind: "take", sheets: [{ unit: mark.unit, sheet: found.name, grid: found.grid, mark }] };
  }
  if (file.state && !samePlan(master, file.state.planId, null)) return skip({ kind: "other-plan" });
  const recognised: RecognisedSheet[] = [];
  for (const unit of master.unitSheets.keys()) {
    if (!master.units.has(unit)) continue;
    const named = file.state?.generated.find((g) => g.kind === "assignment" && g.unit === unit)?.name;
    const found = sheets.find((s) => s.name === named) ?? sheets.find((s) => isUnitTitle(unit, s.title));
    if (found) recognised.push({ unit, sheet: found.name, grid: found.grid, mark: null });
  }
  return recognised.length ? { kind: "take", sheets: recognised } : skip({ kind: "unrecognised" });
}
