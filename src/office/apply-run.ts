import { CellArea, cellsInArea, SheetCells, DateSystem } from "../core/cells";
import { Plan } from "../core/model";
import {
  Content,
  EditNotice,
  editCounts,
  EditCounts,
  highlightsOn,
  LEGEND_KINDS,
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
import { queueDateSystemRead } from "./date-system";
import { excelCode, HostError } from "./host-error";
import { runInExcel } from "./run-in-excel";
import {
  GeneratedRead,
  generatedContents,
  ListedSheet,
  queueGeneratedRead,
  queueSeenReads,
  queueSheetLayout,
  seenOf,
  SheetLayout,
  queueSheetRead,
  loadSheetCells,
  stateRowsOf,
  TABLE_PROPERTIES,
} from "./queue-reads";
import { LoadedCells } from "./read-cells";
import { Capabilities } from "./requirements";
import { rollback, RollbackPlan } from "./rollback";
import {
  draftRowsAsWritten,
  linkedCellsAsWritten,
  LoadedRules,
  queueDraftCells,
  queueDraftLooks,
  queueHighlights,
  queueLinkedCells,
  queueRemoveFills,
  queueRemoveOurRules,
  queueRuleRanges,
  queueRulesRead,
  queueStateWrite,
  queueTableEdits,
  RuleRanges,
  rulesAsFound,
} from "./queue-writes";
import { RequestBatches } from "./request-batches";
import {
  COMMAND_BYTES,
  contentsBytes,
  draftLooksBytes,
  inputsBytes,
  stateWriteBytes,
  tableEditBytes,
} from "./request-size";
import { cellContent } from "./to-cells";

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
 * One run: a sync to list the sheets, one to read everything the run needs, one to write; a rerun one more, to
 * read the earlier generated sheets; plus one for each 4.75 MB that a read or a write has to be split into (Excel
 * on the web's 5 MB limit). Writes go first to
 * temporarily named sheets; the user's table is touched only in the last batch, and a failure puts everything
 * back (rollback.ts).
 */
export async function applyRun(req: ApplyRequest, caps: Capabilities): Promise<ApplyOutcome> {
  return runInExcel(async (context) => {
    const listed = await listSheets(context, req, caps);
    const read = await readForRun(context, listed, req, caps);
    const { analysis, prepared } = prepareFromRead(read, req);
    try {
      await write(context, read, prepared, req, caps);
    } catch (error) {
      await rollback(rollbackPlanOf(read, prepared, req)).catch((e) => {
        throw new HostError("rollback-failed", String(e));
      });
      throw error;
    }
    return applyOutcome(analysis.plan, prepared, read.reconciled.notice);
  });
}

/** What a run done reports: the plan it ran on, the sheets it made, what it wrote and noted, the state after it. */
export function applyOutcome(plan: Plan, prepared: PreparedRun, notice: StateNotice | null): ApplyOutcome {
  return {
    plan,
    created: prepared.edits.sheets.map((s) => ({ name: s.name, kind: s.kind, unit: s.unit })),
    tableCells: prepared.edits.tableEdits.length,
    notices: prepared.edits.notices,
    counts: editCounts(prepared.edits),
    state: prepared.nextState,
    notice,
  };
}

interface ListedSheets {
  readonly listed: readonly ListedSheet[];
  readonly names: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  readonly layout: SheetLayout;
  readonly rules: LoadedRules;
  readonly dates: DateSystem;
}

/**
 * Sync 1: the sheets in order, where the table sheet's content lies (to read only the table's part), its
 * conditional formats (to read where those in our colours lie with the next sync), and the date system.
 */
async function listSheets(context: Excel.RequestContext, req: ApplyRequest, caps: Capabilities): Promise<ListedSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const layout = queueSheetLayout(worksheets.getItem(req.sheet), req.sheet, caps);
  const rules = queueRulesRead(worksheets.getItem(req.sheet));
  const dates = queueDateSystemRead(context.workbook);
  try {
    await context.sync();
  } catch (error) {
    throw excelCode(error) === "ItemNotFound" ? new HostError("sheet-missing", req.sheet) : error;
  }
  return {
    listed: worksheets.items,
    names: worksheets.items.map((w) => w.name),
    positions: new Map(worksheets.items.map((w) => [w.name, w.position])),
    layout,
    rules,
    dates: dates(),
  };
}

interface RunRead extends ListedSheets {
  readonly reconciled: Reconciled;
  readonly stateRows: number;
  readonly table: LoadedCells;
  readonly cells: SheetCells;
  readonly generated: ReadonlyMap<string, GeneratedRead>;
  readonly ruleRanges: RuleRanges;
}

/**
 * Sync 2: the sheets' tops (ours or the user's), the state, the table's cells, where rules lie; on a rerun the
 * earlier generated sheets first, in a sync of their own.
 */
async function readForRun(
  context: Excel.RequestContext,
  listed: ListedSheets,
  req: ApplyRequest,
  caps: Capabilities,
): Promise<RunRead> {
  const worksheets = context.workbook.worksheets;
  const present = req.expectedGenerated.filter((name) => listed.names.includes(name));
  const generated = new Map(present.map((name) => [name, queueGeneratedRead(worksheets.getItem(name), caps)]));
  const ruleRanges = queueRuleRanges(listed.rules, caps.ruleAreas);
  // The earlier generated sheets' columns are read in a sync of their own: how much they hold is not known before.
  // Nor is the state's size: it goes with the table's first part, not on top of those columns.
  if (generated.size > 0) await context.sync();
  const seenReads = queueSeenReads(worksheets, listed.listed);
  const sheetRead = queueSheetRead(worksheets, listed.layout);
  const [read] = await loadSheetCells(context, [sheetRead], TABLE_PROPERTIES, caps.payloadLimitBytes, listed.dates);
  const table = read.loaded;

  const reconciled = reconcileState(seenOf(seenReads), req.sheet);
  const missing = reconciled.state.generated.filter((g) => !generated.has(g.name));
  if (missing.length) throw new HostError("stale", missing.map((g) => g.name).join(", "));
  const whole = read.sheet;
  const cells = req.area ? cellsInArea(whole, req.area) : whole;
  const stateRows = stateRowsOf(seenReads, reconciled.stateSheet);
  return { ...listed, reconciled, stateRows, table, cells, generated, ruleRanges };
}

/** What the core decides from what was read: the analysis and every edit. */
function prepareFromRead(read: RunRead, req: ApplyRequest) {
  const { state, sheetNames } = read.reconciled;
  const analysis = analyzeWithState([read.cells], sheetNames, state, req.sheet);
  if (!analysis.ok) throw new HostError("no-table", req.sheet);
  const prepared = prepareRun({
    plan: analysis.plan,
    sheet: read.cells,
    sheetNames,
    state,
    generatedCells: new Map([...read.generated].map(([n, r]) => [n, generatedContents(r, read.dates)])),
    current: currentContent(read.table, read.dates),
    operations: req.operations,
    language: req.language,
  });
  return { analysis, prepared };
}

function rollbackPlanOf(read: RunRead, prepared: PreparedRun, req: ApplyRequest): RollbackPlan {
  const current = currentContent(read.table, read.dates);
  const { highlights } = prepared.edits;
  return {
    sheet: req.sheet,
    namesBefore: read.names,
    newPrefix: NEW_PREFIX,
    oldPrefix: OLD_PREFIX,
    renamedOld: prepared.replaces,
    tableCells: prepared.edits.tableEdits.map((e) => ({
      row: e.row,
      column: e.column,
      content: current(e.row, e.column),
    })),
    state: read.reconciled.state,
    dates: read.dates,
    stateSheet: read.reconciled.stateSheet,
    stateRows: read.stateRows,
    highlights: highlights && {
      added: highlights.rules,
      legend: highlights.legend,
      kept: rulesAsFound(read.rules, read.ruleRanges, highlightsOn(read.reconciled.state, req.sheet)?.rules ?? []),
    },
  };
}

/** What a table cell holds before the run, for the backup: outside the used range, nothing. */
function currentContent(read: LoadedCells, dates: DateSystem): (row: number, column: number) => Content {
  const { rowIndex, columnIndex } = read;
  return (row, column) => cellContent(read, row - 1 - rowIndex, column - 1 - columnIndex, dates);
}

/** Sync 3 (and one more for each 4.75 MB past the first): the new sheets, then the last batch. */
async function write(
  context: Excel.RequestContext,
  read: RunRead,
  prepared: PreparedRun,
  req: ApplyRequest,
  caps: Capabilities,
): Promise<void> {
  const batches = new RequestBatches(context, caps.payloadLimitBytes);
  for (const [i, draft] of prepared.edits.sheets.entries())
    await queueNewSheet(context, batches, i, draft, read.dates, caps);
  await batches.room(finishBytes(read, prepared));
  queueFinish(context.workbook.worksheets, read, prepared, req);
  await context.sync();
}

/** A new sheet under a temporary name: its cells in as many parts as the request budget needs, then its looks. */
async function queueNewSheet(
  context: Excel.RequestContext,
  batches: RequestBatches,
  index: number,
  draft: SheetDraft,
  dates: DateSystem,
  caps: Capabilities,
): Promise<void> {
  const ws = context.workbook.worksheets.add(`${NEW_PREFIX}${index}`);
  for (let top = 0; top < draft.cells.length;) {
    const count = rowsWithin(draft.cells, top, caps.payloadLimitBytes / 2);
    const rows = draftRowsAsWritten(draft, top, count, dates);
    await batches.room(inputsBytes(rows));
    queueDraftCells(ws, rows, top);
    top += count;
  }
  await batches.room(draftLooksBytes(draft));
  queueDraftLooks(ws, draft, caps);
}

/** How many rows from `top` have contents of at most `bytes` (at least one row). */
function rowsWithin(cells: readonly (readonly Content[])[], top: number, bytes: number): number {
  let end = top + 1;
  let size = contentsBytes([cells[top]]);
  while (end < cells.length) {
    size += contentsBytes([cells[end]]) - COMMAND_BYTES;
    if (size > bytes) break;
    end++;
  }
  return end - top;
}

/** The last batch: table edits, highlights (rules, and the fills an older version left), renames and places, the state. */
function finishBytes(read: RunRead, prepared: PreparedRun): number {
  const { edits, replaces, nextState } = prepared;
  const tableEdits = edits.tableEdits.reduce((sum, e) => sum + tableEditBytes(e.content), 0);
  const last = highlightsOn(read.reconciled.state, edits.sheet);
  const looks = edits.highlights
    ? 4 * edits.highlights.rules.length + read.rules.items.length + 2 * (last?.fills.length ?? 0)
    : 0;
  const legend = edits.highlights ? 3 * (LEGEND_KINDS.length + 1) : 0;
  const renames = 3 * replaces.length + 2 * edits.sheets.length;
  const linked = edits.sheets.reduce(
    (sum, d) => sum + (d.linkedCells ? inputsBytes(linkedCellsAsWritten(d, read.dates)) : 0),
    0,
  );
  return tableEdits + linked + COMMAND_BYTES * (looks + legend + renames) + stateWriteBytes(nextState, read.stateRows);
}

function queueFinish(
  worksheets: Excel.WorksheetCollection,
  read: RunRead,
  prepared: PreparedRun,
  req: ApplyRequest,
): void {
  const { edits, replaces, nextState } = prepared;
  const table = worksheets.getItem(req.sheet);
  queueTableEdits(table, edits.tableEdits, read.dates);
  // The last run's rules on this sheet (and the fills an older version wrote instead) go before this run's come,
  // so that a cell that no longer lost points does not stay coloured; other sheets' highlights stay theirs.
  const last = highlightsOn(read.reconciled.state, req.sheet);
  if (edits.highlights) {
    if (last) queueRemoveOurRules(read.rules, last.rules);
    if (last) queueRemoveFills(table, last.fills);
    queueHighlights(table, edits.highlights);
  }
  // The new sheets take the names and the places of those they replace.
  replaces.forEach((name, i) => (worksheets.getItem(name).name = `${OLD_PREFIX}${i}`));
  edits.sheets.forEach((draft, i) => {
    const sheet = worksheets.getItem(`${NEW_PREFIX}${i}`);
    sheet.name = draft.name;
    const place = replaces.includes(draft.name) ? read.positions.get(draft.name) : undefined;
    if (place !== undefined) sheet.position = place;
  });
  replaces.forEach((_, i) => worksheets.getItem(`${OLD_PREFIX}${i}`).delete());
  for (const draft of edits.sheets) queueLinkedCells(worksheets.getItem(draft.name), draft, read.dates);
  queueStateWrite(worksheets, read.reconciled.stateSheet, read.stateRows, nextState);
}
