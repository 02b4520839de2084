import { CellArea, cellsInArea } from "../core/cells";
import { Plan } from "../core/model";
import {
  Content,
  EditNotice,
  editCounts,
  EditCounts,
  highlightsOn,
  Operation,
  prepareRun,
  PreparedRun,
  Reconciled,
  reconcileState,
  SheetDraft,
  StateNotice,
  WorkbookState,
} from "../core/edits";
import { analyzeWithState } from "../core/analyze-with-state";
import { Language } from "../i18n";
import { HostError } from "./host-error";
import { runInExcel } from "./run-in-excel";
import { queueSeenReads, queueSheetRead, seenOf, sheetCellsOf, SheetRead, stateRowsOf } from "./queue-reads";
import { Capabilities } from "./requirements";
import { rollback, RollbackPlan } from "./rollback";
import {
  LoadedRules,
  queueHighlights,
  queueRemoveFills,
  queueRemoveOurRules,
  queueRulesRead,
  queueSheetDraft,
  queueLinkedCells,
  queueStateWrite,
  queueTableEdits,
} from "./queue-writes";
import { estimateBytes } from "./request-size";
import { cellContent, contentsOfRange } from "./to-cells";

export interface ApplyRequest {
  readonly sheet: string;
  /** The range the user selected as the table, when the pane analysed only that. */
  readonly area?: CellArea;
  readonly operations: ReadonlySet<Operation>;
  readonly language: Language;
  /** The generated sheets the pane last saw; the run stops (stale) if the workbook's list differs. */
  readonly expectedGenerated: readonly string[];
}

export interface ApplyOutcome {
  readonly plan: Plan;
  readonly created: readonly {
    readonly name: string;
    readonly kind: SheetDraft["kind"];
    readonly unit: string | null;
  }[];
  readonly tableCells: number;
  /** What the run left out or cut, and why: the pane says each. */
  readonly notices: readonly EditNotice[];
  /** What was written, as the pane says it: formulas, numbers converted, cells highlighted. */
  readonly counts: EditCounts;
  readonly state: WorkbookState;
  /** What the run found wrong with the recorded state, said once: the run rewrites it. */
  readonly notice: StateNotice | null;
}

/** Temporary names while new sheets are filled: a failed run leaves nothing half-made under a real name. */
const NEW_PREFIX = "~pi-new-";
const OLD_PREFIX = "~pi-old-";

/**
 * One run: a sync to list the sheets, one to read everything the run needs, one to write.
 * Writes go first to temporarily named sheets; the user's table is touched only in the same
 * batch, and a failure puts everything back (rollback.ts).
 */
export async function applyRun(req: ApplyRequest, caps: Capabilities): Promise<ApplyOutcome> {
  return runInExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/position,items/visibility");
    await context.sync();
    const names = worksheets.items.map((w) => w.name);
    const positions = new Map(worksheets.items.map((w) => [w.name, w.position]));
    if (!names.includes(req.sheet)) throw new HostError("sheet-missing", req.sheet);

    const seenReads = queueSeenReads(worksheets, worksheets.items);
    const table = worksheets.getItem(req.sheet);
    const tableRead = queueSheetRead(table, req.sheet, caps, true);
    const generatedReads = new Map<string, Excel.Range>();
    const generatedLinks = new Map<string, OfficeExtension.ClientResult<Excel.CellProperties[][]>>();
    for (const name of req.expectedGenerated) {
      if (!names.includes(name)) continue;
      const sheet = worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,formulas,valueTypes,numberFormat");
      generatedReads.set(name, used);
      // The same range (a blank sheet's is A1, never a null object): the evidence a unit linked to stays linked.
      if (caps.cellProperties)
        generatedLinks.set(name, sheet.getUsedRange(true).getCellProperties({ hyperlink: true }));
    }
    const rules: LoadedRules | null = caps.conditionalFormats ? queueRulesRead(table) : null;
    await context.sync();

    const reconciled = reconcileState(seenOf(seenReads), req.sheet);
    const { state, sheetNames } = reconciled;
    const missing = state.generated.filter((g) => !generatedReads.has(g.name));
    if (missing.length) throw new HostError("stale", missing.map((g) => g.name).join(", "));
    const cells = req.area ? cellsInArea(sheetCellsOf(tableRead), req.area) : sheetCellsOf(tableRead);
    const analysis = analyzeWithState([cells], sheetNames, state, req.sheet);
    if (!analysis.ok) throw new HostError("no-table", req.sheet);

    const prepared = prepareRun({
      plan: analysis.plan,
      sheet: cells,
      sheetNames,
      state,
      generatedCells: new Map(
        [...generatedReads].map(([n, r]) => [
          n,
          r.isNullObject ? [] : contentsOfRange({ ...loadedOf(r), links: generatedLinks.get(n)?.value }),
        ]),
      ),
      current: currentContent(tableRead),
      operations: req.operations,
      language: req.language,
      fillsInsteadOfRules: !caps.conditionalFormats,
    });

    const undo: RollbackPlan = {
      sheet: req.sheet,
      namesBefore: names,
      newPrefix: NEW_PREFIX,
      oldPrefix: OLD_PREFIX,
      renamedOld: prepared.replaces,
      tableCells: prepared.edits.tableEdits.map((e) => ({
        row: e.row,
        column: e.column,
        content: currentContent(tableRead)(e.row, e.column),
      })),
      state,
      stateSheet: reconciled.stateSheet,
      stateRows: stateRowsOf(seenReads, reconciled.stateSheet),
      addedRules: prepared.edits.highlights?.rules ?? [],
      addedLegend: prepared.edits.highlights?.legend ?? null,
    };
    try {
      await write(
        context,
        worksheets,
        table,
        prepared,
        { positions, state, rules, stateSheet: reconciled.stateSheet, stateRows: undo.stateRows },
        req,
        caps,
      );
    } catch (error) {
      await rollback(undo, caps).catch((e) => {
        throw new HostError("rollback-failed", String(e));
      });
      throw error;
    }
    return {
      plan: analysis.plan,
      created: prepared.edits.sheets.map((s) => ({ name: s.name, kind: s.kind, unit: s.unit })),
      tableCells: prepared.edits.tableEdits.length,
      notices: prepared.edits.notices,
      counts: editCounts(prepared.edits),
      state: prepared.nextState,
      notice: reconciled.notice,
    };
  });
}

/** What was loaded of a range, as contentsOfRange reads it. */
const loadedOf = (r: Excel.Range) => ({
  values: r.values,
  formulas: r.formulas,
  valueTypes: r.valueTypes,
  numberFormat: r.numberFormat,
});

/** What a table cell holds before the run, for the backup: outside the used range, nothing. */
function currentContent(read: SheetRead): (row: number, column: number) => Content {
  const { rowIndex, columnIndex } = read.used;
  return (row, column) => cellContent(read.used, row - 1 - rowIndex, column - 1 - columnIndex);
}

interface WriteContext {
  readonly positions: ReadonlyMap<string, number>;
  readonly state: WorkbookState;
  readonly rules: LoadedRules | null;
  readonly stateSheet: Reconciled["stateSheet"];
  readonly stateRows: number;
}

/** Queues the run's writes; syncs once, or a few times when Excel on the web's request limit forces it. */
async function write(
  context: Excel.RequestContext,
  worksheets: Excel.WorksheetCollection,
  table: Excel.Worksheet,
  prepared: PreparedRun,
  w: WriteContext,
  req: ApplyRequest,
  caps: Capabilities,
): Promise<void> {
  const { edits, replaces, nextState } = prepared;
  const suspend = () => caps.suspendCalculation && context.application.suspendApiCalculationUntilNextSync();
  suspend();
  let pending = 0;
  for (const [i, draft] of edits.sheets.entries()) {
    const size = estimateBytes(draft);
    if (pending > 0 && pending + size > caps.requestLimitBytes) {
      // Only when one request would pass Excel on the web's 5 MB limit: as few extra syncs as that allows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      suspend();
      pending = 0;
    }
    queueSheetDraft(worksheets.add(`${NEW_PREFIX}${i}`), draft, caps);
    pending += size;
  }

  queueTableEdits(table, edits.tableEdits);
  // The last run's rules on this sheet (its fills, on a host without conditional formats) go before this run's come,
  // so that a cell that no longer lost points does not stay coloured; other sheets' highlights stay theirs.
  const last = highlightsOn(w.state, req.sheet);
  if (edits.highlights) {
    if (last && w.rules) queueRemoveOurRules(w.rules, last.rules);
    if (last && !w.rules) queueRemoveFills(table, last.fills);
    queueHighlights(table, edits.highlights, caps);
  }

  // The new sheets take the names and the places of those they replace.
  replaces.forEach((name, i) => (worksheets.getItem(name).name = `${OLD_PREFIX}${i}`));
  edits.sheets.forEach((draft, i) => {
    const sheet = worksheets.getItem(`${NEW_PREFIX}${i}`);
    sheet.name = draft.name;
    const place = replaces.includes(draft.name) ? w.positions.get(draft.name) : undefined;
    if (place !== undefined) sheet.position = place;
  });
  replaces.forEach((_, i) => worksheets.getItem(`${OLD_PREFIX}${i}`).delete());
  for (const draft of edits.sheets) queueLinkedCells(worksheets.getItem(draft.name), draft);
  queueStateWrite(worksheets, w.stateSheet, w.stateRows, nextState);
  await context.sync();
}
