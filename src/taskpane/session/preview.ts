import { columnLetters, SheetCells } from "../../core/cells";
import { cellsSumMisreads, editCounts, OPERATIONS, Operation, planEdits, PlannedRun } from "../../core/edits";
import { Plan } from "../../core/model";
import { noticeMessage } from "../../core/notice-text";
import type { Snapshot } from "../../office";
import { Language, messagesFor } from "../../i18n";

export type PlannedRuns = Readonly<Record<Operation, PlannedRun>>;

/** One line on what an operation would change, and whether it can run at all. */
export interface OperationPreview {
  readonly available: boolean;
  readonly text: string;
}

/** What each operation would change if run alone, planned by the engine on the snapshot: the workbook is not touched. */
export function planEachOperation(plan: Plan, cells: SheetCells, snapshot: Snapshot, language: Language): PlannedRuns {
  const run = (operation: Operation): PlannedRun =>
    planEdits({
      plan,
      sheet: cells,
      operations: new Set([operation]),
      language,
      sheetNames: snapshot.sheetNames,
      state: snapshot.state,
      kept: new Map(),
    });
  return Object.fromEntries(OPERATIONS.map((op) => [op, run(op)])) as Record<Operation, PlannedRun>;
}

/**
 * The lines shown beside the checkboxes. Numbers stored as text are converted by subtotals and by highlights
 * alike: the highlights line says so only when subtotals are not chosen.
 */
export function describeRuns(
  runs: PlannedRuns,
  plan: Plan,
  chosen: ReadonlySet<Operation>,
  language: Language,
): Record<Operation, OperationPreview> {
  const m = messagesFor(language).ui.actions;
  const converted = (r: PlannedRun) => editCounts(r.edits).converted;
  const withConverted = (text: string, r: PlannedRun) =>
    converted(r) ? `${text}; ${m.converted(converted(r))}` : text;

  const describe: Record<Operation, (r: PlannedRun) => OperationPreview> = {
    subtotals: (r) => {
      const formulas = r.edits.tableEdits.filter((e) => e.content.kind === "formula");
      const rows = new Set(formulas.map((e) => e.row));
      const withTotal = plan.total.row !== null && rows.has(plan.total.row);
      const groups = rows.size - (withTotal ? 1 : 0);
      if (!formulas.length) return { available: converted(r) > 0, text: withConverted(m.noSubtotals, r) };
      const left = r.edits.notices.filter((n) => n.sheet === null).length;
      const text = withConverted(m.subtotals(formulas.length, groups, withTotal), r);
      const notes = [text, ...(left ? [m.leftAsIs(left)] : [])];
      const misread = cellsSumMisreads(plan);
      if (misread) notes.push(m.sumMisreads(misread));
      return { available: true, text: notes.join("; ") };
    },
    highlights: (r) => {
      const h = r.edits.highlights;
      const noRoom = r.edits.notices.find((n) => n.kind === "no-legend-room");
      if (noRoom) return { available: false, text: noticeMessage(noRoom, plan, language) };
      if (!h) return { available: false, text: m.noHighlights };
      const text = m.highlights(editCounts(r.edits).highlighted, columnLetters(h.legend.left));
      return { available: true, text: chosen.has("subtotals") ? text : withConverted(text, r) };
    },
    assignments: (r) =>
      r.edits.sheets.length
        ? { available: true, text: m.assignments(r.edits.sheets.length, r.replaces.length) }
        : { available: false, text: m.noUnits },
    summary: (r) => ({ available: true, text: m.summary(r.edits.sheets[0]?.name ?? "", r.replaces.length > 0) }),
  };
  return Object.fromEntries(OPERATIONS.map((op) => [op, describe[op](runs[op])])) as Record<
    Operation,
    OperationPreview
  >;
}
