/**
 * Taking back one unit's sheet: what the unit typed into its progress cells goes into the master's sheet, matched by
 * section and criterion code, never by row. A cell is taken when the unit changed it and the master did not; when
 * both changed it differently the master's stays and it is a conflict. Without a mark (nothing known of what was
 * sent) a unit's value is taken only where the master's cell is empty, and any other difference is a conflict.
 */
import { cellAddress } from "../cells";
import { Content } from "../edits";
import { ProgressField } from "../progress/words";
import { cellOf, CriterionLine, criterionLines, Grid, lineKey, Section } from "./progress-layout";
import { contentKey, fingerprint, SentCriterion, UnitMark } from "./unit-mark";

/** A master cell to write, 1-based on the unit's assignment sheet. */
export interface CellTake {
  readonly row: number;
  readonly column: number;
  readonly content: Content;
  readonly field: ProgressField;
}

export interface Conflict {
  readonly code: string;
  readonly section: Section;
  readonly field: ProgressField;
  readonly kept: Content;
  readonly theirs: Content;
}

/** A cell of the unit file changed outside its progress cells: never copied. */
export interface OutsideCell {
  /** Where it is in the unit file. */
  readonly address: string;
  /** The criterion of its row, null outside criterion rows. */
  readonly code: string | null;
  readonly value: Content;
}

/** A code of the unit file that the master's sheet of that unit no longer lists. */
export interface StrayCode {
  readonly code: string;
  /** Whether the plan still has it (then it is no longer this unit's). */
  readonly inPlan: boolean;
}

export interface SheetMerge {
  readonly takes: readonly CellTake[];
  readonly conflicts: readonly Conflict[];
  readonly outside: readonly OutsideCell[];
  readonly strayCodes: readonly StrayCode[];
}

/** Same value, as a unit and the master see it (see contentKey). */
export function sameContent(a: Content, b: Content): boolean {
  return contentKey(a) === contentKey(b);
}

export function mergeUnitSheet(
  master: Grid,
  unit: Grid,
  mark: UnitMark | null,
  planCodes: ReadonlySet<string>,
): SheetMerge {
  const masterLines = new Map(criterionLines(master).map((l) => [lineKey(l.section, l.code), l]));
  const theirs = criterionLines(unit);
  const sent = new Map((mark?.criteria ?? []).map((c) => [lineKey(c.section, c.code), c]));
  const takes: CellTake[] = [];
  const conflicts: Conflict[] = [];
  const outside: OutsideCell[] = [];
  const stray = new Map<string, StrayCode>();

  for (const line of theirs) {
    const criterion = lineKey(line.section, line.code);
    const mine = masterLines.get(criterion);
    const was = sent.get(criterion);
    if (was) outside.push(...changedOthers(unit, line, was));
    if (mine === undefined) {
      stray.set(line.code, { code: line.code, inPlan: planCodes.has(line.code) });
      continue;
    }
    for (const [field, masterColumn] of mine.columns) {
      const theirColumn = line.columns.get(field);
      if (theirColumn === undefined) continue;
      const their = cellOf(unit, line.row, theirColumn);
      const kept = cellOf(master, mine.row, masterColumn);
      if (their.kind === "formula") {
        // A formula would compute in the master against sheets it does not have: not a progress entry.
        outside.push({ address: cellAddress(line.row, theirColumn), code: line.code, value: their });
        continue;
      }
      const before = was?.progress[field];
      const unitChanged = before === undefined ? !sameContent(their, kept) : !sameContent(their, before);
      if (!unitChanged || sameContent(their, kept)) continue;
      const masterChanged = before === undefined ? contentKey(kept) !== "" : !sameContent(kept, before);
      if (masterChanged) conflicts.push({ code: line.code, section: line.section, field, kept, theirs: their });
      else takes.push({ row: mine.row, column: masterColumn, content: their, field });
    }
  }
  if (mark) outside.push(...changedFixed(unit, theirs, mark));
  return { takes, conflicts, outside, strayCodes: [...stray.values()] };
}

/** Cells of a criterion row outside its progress cells that differ from what was sent. */
function changedOthers(unit: Grid, line: CriterionLine, was: SentCriterion): OutsideCell[] {
  const { row, code } = line;
  const progress = new Set(line.columns.values());
  const width = Math.max(unit[row - 1]?.length ?? 0, was.others.length);
  const changed: OutsideCell[] = [];
  for (let column = 1; column <= width; column++) {
    if (progress.has(column)) continue;
    const value = cellOf(unit, row, column);
    if (fingerprint(value) !== (was.others[column - 1] ?? ""))
      changed.push({ address: cellAddress(row, column), code, value });
  }
  return changed;
}

/**
 * Cells outside criterion rows (titles, headers, anything typed below or beside the table) that were not sent as
 * they are. Compared by column and content, not by row, so that a row the unit inserted shifts nothing into a change.
 */
function changedFixed(unit: Grid, lines: readonly CriterionLine[], mark: UnitMark): OutsideCell[] {
  const sent = new Map<string, number>();
  for (const [address, print] of Object.entries(mark.fixed)) {
    const key = `${address.replace(/\d+$/, "")}:${print}`;
    sent.set(key, (sent.get(key) ?? 0) + 1);
  }
  const criterionRows = new Set(lines.map((l) => l.row));
  const changed: OutsideCell[] = [];
  unit.forEach((line, r) => {
    if (criterionRows.has(r + 1)) return;
    line.forEach((value, c) => {
      const print = fingerprint(value);
      if (print === "") return;
      const address = cellAddress(r + 1, c + 1);
      const key = `${address.replace(/\d+$/, "")}:${print}`;
      const left = sent.get(key) ?? 0;
      if (left > 0) sent.set(key, left - 1);
      else changed.push({ address, code: null, value });
    });
  });
  return changed;
}
