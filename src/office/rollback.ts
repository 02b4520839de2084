import { CellArea, DateSystem } from "../core/cells";
import { BackupCell, cellsOfArea, HighlightRule, Reconciled, WorkbookState } from "../core/edits";
import { cellContent } from "./to-cells";
import {
  FoundRule,
  isOurRule,
  isOurRuleMaybeUnfinished,
  queueRemoveLooks,
  queueRules,
  queueRulesRead,
  queueStateWrite,
  queueTableEdits,
} from "./queue-writes";

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
  /** The workbook's, as the run read it: the table's cells go back in it. */
  readonly dates: DateSystem;
  readonly stateSheet: Reconciled["stateSheet"];
  readonly stateRows: number;
  /** What the run did to the table's highlights; null when it wrote none (it then touched no rule and no look). */
  readonly highlights: {
    readonly added: readonly HighlightRule[];
    /** The legend this run wrote. */
    readonly legend: CellArea;
    /**
     * The last run's rules that were on the sheet when the run read it, with their formulas and areas as they were
     * then (Excel moves them with the rows the user inserts): those a rollback puts back.
     */
    readonly kept: readonly FoundRule[];
  } | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts the workbook back as it was before a failed run, whatever part of the run's batch
 * Excel applied before it failed: one sync to see what changed, one to mend only that
 * (a protected sheet that refused the run must not be written to again).
 */
export async function rollback(plan: RollbackPlan): Promise<void> {
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const table = worksheets.getItem(plan.sheet);
    const cells = plan.tableCells.map((b) => {
      const range = table.getRangeByIndexes(b.row - 1, b.column - 1, 1, 1);
      range.load("values,formulas,valueTypes,numberFormat");
      return { backup: b, range };
    });
    const rules = queueRulesRead(table);
    await context.sync();
    const names = new Set(worksheets.items.map((w) => w.name));
    const before = new Set(plan.namesBefore);

    // Earlier generated sheets still under their temporary names come back; a new sheet that already took the
    // name goes first. Every other sheet this run made, under a temporary or a new name, goes too.
    const restoring = plan.renamedOld
      .map((original, i) => ({ original, renamed: `${plan.oldPrefix}${i}` }))
      .filter((r) => names.has(r.renamed));
    const takenByNew = new Set(restoring.map((r) => r.original).filter((n) => names.has(n)));
    for (const name of names) {
      const made =
        name.startsWith(plan.newPrefix) ||
        takenByNew.has(name) ||
        (!before.has(name) && !name.startsWith(plan.oldPrefix) && name !== plan.stateSheet.name);
      if (made) worksheets.getItem(name).delete();
    }
    for (const r of restoring) worksheets.getItem(r.renamed).name = r.original;

    const changed = cells.filter((c) => !same(cellContent(c.range, 0, 0, plan.dates), c.backup.content));
    queueTableEdits(
      table,
      changed.map((c) => c.backup),
      plan.dates,
    );
    if (plan.highlights) {
      // Ours, finished or not (a rule the batch added may lack its formula or colours): unless they are just the
      // kept ones, they go and the kept ones come back where they were. The legend's looks stay: the run adds the
      // same looks where the legend is and takes none away.
      const { added, kept } = plan.highlights;
      const ours = rules.items.filter((cf) => isOurRuleMaybeUnfinished(cf, [...added, ...kept]));
      const formulas = (list: readonly { formula: string }[]) => list.map((r) => r.formula).sort();
      const asKept =
        ours.every((cf) => isOurRule(cf, kept)) &&
        same(formulas(ours.map((cf) => cf.customOrNullObject.rule)), formulas(kept));
      if (!asKept) {
        for (const cf of ours) cf.delete();
        // An added rule takes the first priority: the kept ones, in priority order, are added from the last.
        queueRules(table, [...kept].reverse());
      }
    }
    // The looks the run gave its legend go where its text went into a cell that held something else: the whole
    // legend on a first run; on a rerun, the cells the last legend no longer covers (rows inserted in it since).
    const written = new Set(changed.map((c) => `${c.backup.row}:${c.backup.column}`));
    const lookless = plan.highlights
      ? cellsOfArea(plan.highlights.legend).filter((c) => written.has(`${c.row}:${c.column}`))
      : [];
    if (lookless.length) queueRemoveLooks(table, lookless, []);

    const { stateSheet } = plan;
    if (names.has(stateSheet.name)) {
      if (stateSheet.exists) queueStateWrite(worksheets, stateSheet, plan.stateRows, plan.state);
      else worksheets.getItem(stateSheet.name).delete();
    }
    await context.sync();
  });
}
