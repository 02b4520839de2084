import { CellArea } from "../core/cells";
import { BackupCell, HighlightRule, STATE_SHEET, WorkbookState } from "../core/edits";
import { Capabilities } from "./requirements";
import { queueRemoveLooks, queueRemoveOurRules, queueRulesRead, queueStateWrite, queueTableEdits, queueHighlights } from "./write";

/** What a failed run must undo. */
export interface RollbackPlan {
  readonly sheet: string;
  readonly namesBefore: readonly string[];
  readonly newPrefix: string;
  readonly oldPrefix: string;
  /** Earlier generated sheets, in the order they were renamed to oldPrefix + index. */
  readonly renamedOld: readonly string[];
  /** Table cells as they were before the run. */
  readonly tableCells: readonly BackupCell[];
  readonly state: WorkbookState;
  readonly stateRows: number;
  readonly addedRules: readonly HighlightRule[];
  /** The legend this run wrote, if any. */
  readonly addedLegend: CellArea | null;
}


/**
 * Puts the workbook back as it was before a failed run, whatever part of the run's batch
 * Excel applied before it failed: two syncs, one to see, one to mend.
 */
export async function rollback(plan: RollbackPlan, caps: Capabilities): Promise<void> {
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const table = worksheets.getItem(plan.sheet);
    const rules = caps.conditionalFormats ? queueRulesRead(table) : null;
    await context.sync();
    const names = new Set(worksheets.items.map((w) => w.name));
    const before = new Set(plan.namesBefore);

    // Sheets this run made, under temporary or final names, go.
    for (const name of names) {
      const made = name.startsWith(plan.newPrefix) || (!before.has(name) && !name.startsWith(plan.oldPrefix) && name !== STATE_SHEET);
      if (made) worksheets.getItem(name).delete();
    }
    // Earlier generated sheets come back under their names.
    plan.renamedOld.forEach((original, i) => {
      const renamed = `${plan.oldPrefix}${i}`;
      if (names.has(renamed)) worksheets.getItem(renamed).name = original;
    });

    queueTableEdits(table, plan.tableCells);
    const previous = plan.state.highlights?.sheet === plan.sheet ? plan.state.highlights : null;
    // Ours, old and new, go; the old ones are then made again as they were.
    if (rules) queueRemoveOurRules(rules, [...plan.addedRules, ...(previous?.rules ?? [])]);
    if (plan.addedLegend) queueRemoveLooks(table, plan.addedLegend, []);
    if (previous) queueHighlights(table, { rules: previous.rules, fills: [], legend: previous.legend }, caps);
    if (names.has(STATE_SHEET)) {
      if (before.has(STATE_SHEET)) queueStateWrite(worksheets, true, plan.stateRows, plan.state);
      else worksheets.getItem(STATE_SHEET).delete();
    }
    await context.sync();
  });
}
