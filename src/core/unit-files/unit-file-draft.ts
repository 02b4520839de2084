/** What `split` sends a unit: its assignment sheet as a workbook of its own, and the mark that brings it back. */
import { Language, messagesFor } from "../../i18n";
import { Plan, Unit } from "../model";
import { assignmentSheet, KeptInputs, yearText } from "../edits/assignment";
import { cellAddress, DateSystem } from "../cells";
import { Content, readKeptInputs, SheetDraft, text, WorkbookState } from "../edits";
import { PROGRESS_FIELDS, ProgressField } from "../progress/words";
import { cellOf, criterionLines, Grid } from "./progress-layout";
import { fingerprint, makeMark, SentCriterion, UnitMark } from "./unit-mark";

export interface UnitFileInput {
  readonly plan: Plan;
  readonly unit: Unit;
  /** The unit's assignment sheet's name in the master: the unit file's sheet and file take it. */
  readonly sheetName: string;
  /** What the master's sheet holds in its progress columns now: the unit file starts from it. */
  readonly kept: KeptInputs;
  readonly language: Language;
  readonly planId: string | null;
  /** What the title calls the plan: the master workbook's name. */
  readonly planName: string;
  readonly dateSystem: DateSystem;
}

export interface UnitFile {
  readonly draft: SheetDraft;
  readonly mark: UnitMark;
  /**
   * The master's date system, the file's too: a deadline the master holds as a plain number is then the same day in
   * both, as the file's deadline column shows it (a date's serial is turned by the adapters whatever the system).
   */
  readonly dateSystem: DateSystem;
}

/** What the master holds for its unit files: the plan, its state, and its sheets' contents by name. */
export interface UnitFilesSource {
  readonly plan: Plan;
  readonly state: WorkbookState;
  /** A sheet's contents from A1, or null when the workbook has no sheet of that name. */
  readonly contents: (sheet: string) => Grid | null;
  readonly language: Language;
  readonly planName: string;
  readonly dateSystem: DateSystem;
}

/** One file per unit of the plan, each from the unit's sheet in the master (as generated, under the user's name if
 * renamed; none yet before the first run) and what its progress columns hold now. */
export function unitFilesOf(source: UnitFilesSource): UnitFile[] {
  const { plan, state } = source;
  return plan.units.map((unit) => {
    const sheetName =
      state.generated.find((g) => g.kind === "assignment" && g.unit === unit.name)?.name ?? unit.sheetName;
    const contents = source.contents(sheetName);
    const kept = contents ? readKeptInputs(contents) : new Map();
    return unitFile({ ...source, unit, sheetName, kept, planId: state.planId });
  });
}

/**
 * The unit's sheet as the master's, with values where the master links to its table (a file of one sheet cannot
 * follow the link), a second title line naming the plan, and the mark describing it as sent.
 */
export function unitFile(input: UnitFileInput): UnitFile {
  const { plan, unit, language } = input;
  const m = messagesFor(language);
  // No numeric cells to link to: every point is written as the number the plan reads.
  const sheet = assignmentSheet({ plan, m, numericCells: new Set() }, unit, input.sheetName, input.kept);
  const columns = PROGRESS_FIELDS.map((f) => `"${m.sheets.columns[f]}"`).join(", ");
  const subtitle = m.sheets.unitFileSubtitle(input.planName, yearText(plan.layout.years.target, m), columns);
  const cells = sheet.cells.map((line, r) => (r === 1 ? [text(subtitle), ...line.slice(1)] : line));
  const draft: SheetDraft = { ...sheet, cells };
  return { draft, mark: markOf(draft.cells, input), dateSystem: input.dateSystem };
}

/** The mark of a sheet as sent: read with the same reader collect uses, so both see the same cells. */
function markOf(grid: Grid, input: UnitFileInput): UnitMark {
  const lines = criterionLines(grid);
  const criteria: SentCriterion[] = lines.map((line) => {
    const inputColumns = new Set(line.columns.values());
    const progress: Partial<Record<ProgressField, Content>> = {};
    for (const [field, column] of line.columns) progress[field] = cellOf(grid, line.row, column);
    const others = Array.from({ length: grid[line.row - 1].length }, (_, i) =>
      inputColumns.has(i + 1) ? "" : fingerprint(cellOf(grid, line.row, i + 1)),
    );
    return { section: line.section, code: line.code, progress, others };
  });
  const criterionRows = new Set(lines.map((l) => l.row));
  const fixed: Record<string, string> = {};
  grid.forEach((line, r) => {
    if (criterionRows.has(r + 1)) return;
    line.forEach((cell, c) => {
      const print = fingerprint(cell);
      if (print) fixed[cellAddress(r + 1, c + 1)] = print;
    });
  });
  return makeMark({
    planId: input.planId,
    planName: input.planName,
    tableSheet: input.plan.layout.sheet,
    unit: input.unit.name,
    sheet: input.sheetName,
    criteria,
    fixed,
  });
}

/** A sheet name as a file name on Windows, macOS and Linux: the characters none of them allow become "_". */
export function unitFileName(sheet: string): string {
  // eslint-disable-next-line no-control-regex
  return `${sheet.replace(/[<>:"/\\|?*\u0000-\u001F]/g, "_").replace(/[. ]+$/, "")}.xlsx`;
}
