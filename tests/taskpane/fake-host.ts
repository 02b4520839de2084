/**
 * A WorkbookHost double for component tests: the workbook is cells in memory, and every write is decided by the
 * same pure core the Office adapter uses (analyzeWithState, prepareRun, prepareRestore), so the pane sees real
 * outcomes. It records each call; a test can make the next call of a method fail with a HostError. A test edits a
 * sheet as the user would with editByUser; watchers hear of it, and of the add-in's own writes to the table, as
 * from an Excel older than ExcelApi 1.14, which cannot tell the two apart.
 */
import * as path from "path";
import { CellArea, SheetCells, WorkbookCells } from "../../src/core/cells";
import { CellValue } from "../../src/core/cells";
import {
  EMPTY_STATE,
  encodeState,
  prepareClearHighlights,
  prepareRestore,
  prepareRun,
  contentOf,
  reconcileState,
  Reconciled,
  SeenWorkbook,
  STATE_SHEET,
  EMPTY,
  TableEdit,
  WorkbookState,
} from "../../src/core/edits";
import { collectedSheets, stateAfterCollect } from "../../src/core/unit-files";
import { topOf } from "../core/helpers";
import { asLeft } from "../core/as-left";
import { applyOutcome } from "../../src/office/apply-run";
import { analyzeWithState } from "../../src/core/analyze-with-state";
import {
  ApplyOutcome,
  ApplyRequest,
  HostError,
  HostErrorKind,
  NumberSeparators,
  Snapshot,
  SnapshotScope,
  StopWatching,
  UnitFilesRead,
  CollectRequest,
  WorkbookHost,
  ProgressSheets,
  Selection,
  UndoOutcome,
} from "../../src/office";
import { readWorkbookCells } from "../../src/xlsx/read";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export function readFixture(file: string): Promise<WorkbookCells> {
  return readWorkbookCells(path.join(FIXTURES, file));
}

type Method = Exclude<keyof WorkbookHost, "capabilities">;

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
}

export class FakeHost implements WorkbookHost {
  readonly capabilities = {
    mergedAreas: true,
    pageLayout: true,
    payloadLimitBytes: 4_750_000,
    dataValidation: true,
    cellProperties: true,
    createWorkbook: true,
    cultureInfo: true,
    selectedRanges: true,
    ruleAreas: true,
  };
  readonly calls: Call[] = [];
  state: WorkbookState;
  sheetNames: string[];
  activeSheet: string;
  /** What the user selected: read only by the "selection" scope, as the adapter does. */
  selection: Selection | null = null;
  /** Excel's regional separators: Vietnamese, as on our users' Windows. */
  separators: NumberSeparators | null = { decimal: ",", group: "." };
  private readonly failures = new Map<Method, HostErrorKind[]>();
  private held: Promise<void> | null = null;
  private cells: WorkbookCells;
  private readonly watchers = new Set<{ sheet: string; readonly onChange: () => void }>();

  constructor(cells: WorkbookCells, options: { activeSheet?: string; state?: WorkbookState } = {}) {
    this.cells = cells;
    this.sheetNames = cells.map((s) => s.name);
    this.activeSheet = options.activeSheet ?? this.sheetNames[0];
    this.state = options.state ?? EMPTY_STATE;
  }

  /** The next call(s) of `method` throw these HostErrors, in order. */
  failNext(method: Method, ...kinds: HostErrorKind[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...kinds]);
  }

  /** Calls wait until the returned function is called: to see the pane while the workbook works. */
  hold(): () => void {
    let release = () => {};
    this.held = new Promise((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  callsOf(method: Method): readonly (readonly unknown[])[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async record(method: Method, ...args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await this.held;
    const kind = this.failures.get(method)?.shift();
    if (kind) throw new HostError(kind, "test");
  }

  /** The user changes a sheet: it now holds `sheet`'s cells, and its watchers hear of it. */
  editByUser(sheet: SheetCells): void {
    this.cells = this.cells.map((s) => (s.name === sheet.name ? sheet : s));
    this.changed(sheet.name);
  }

  /** The user renames a sheet; its watchers stay on it, as Excel's handlers stay on the worksheet. */
  renameByUser(from: string, to: string): void {
    this.cells = this.cells.map((s) => (s.name === from ? { ...s, name: to } : s));
    this.sheetNames = this.sheetNames.map((n) => (n === from ? to : n));
    if (this.activeSheet === from) this.activeSheet = to;
    for (const w of this.watchers) if (w.sheet === from) w.sheet = to;
  }

  /** How many watchers the sheet has. */
  watching(sheet: string): number {
    return [...this.watchers].filter((w) => w.sheet === sheet).length;
  }

  private changed(sheet: string): void {
    for (const w of [...this.watchers]) if (w.sheet === sheet) w.onChange();
  }

  private sheet(name: string): SheetCells | undefined {
    return this.cells.find((s) => s.name === name);
  }

  /** The tops of the sheets the add-in generated (they hold no cells here), by name. */
  private readonly generatedTops = new Map<string, CellValue[][]>();

  /** The workbook as the Office adapter reads it for reconcileState: the state in its very hidden sheet. */
  private seen(): SeenWorkbook {
    const top = (name: string) => {
      const cells = this.sheet(name);
      return cells ? cells.values.slice(0, 5) : (this.generatedTops.get(name) ?? []);
    };
    return {
      sheets: [
        ...this.sheetNames.map((name) => ({ name, visibility: "Visible" as const, top: top(name) })),
        { name: STATE_SHEET, visibility: "VeryHidden", top: [] },
      ],
      stateCells: new Map([[STATE_SHEET, encodeState(this.state)]]),
    };
  }

  private reconciled(table: string | null): Reconciled {
    return reconcileState(this.seen(), table);
  }

  async snapshot(scope: SnapshotScope): Promise<Snapshot> {
    await this.record("snapshot", scope);
    const wanted = scope.kind === "all" ? this.sheetNames : [scope.kind === "sheet" ? scope.sheet : this.activeSheet];
    return {
      sheetNames: [...this.sheetNames],
      activeSheet: this.activeSheet,
      sheets: wanted.map((n) => this.sheet(n)).filter((s): s is SheetCells => s !== undefined),
      state: this.reconciled(null).state,
      seen: this.seen(),
      notice: null,
      selection: scope.kind === "selection" ? this.selection : null,
      separators: this.separators,
    };
  }

  async apply(request: ApplyRequest): Promise<ApplyOutcome> {
    await this.record("apply", request);
    const sheet = this.sheet(request.sheet);
    if (!sheet) throw new HostError("sheet-missing", request.sheet);
    const generated = this.state.generated.map((g) => g.name);
    if (generated.join("\n") !== request.expectedGenerated.join("\n"))
      throw new HostError("stale", generated.join(", "));
    const reconciled = this.reconciled(request.sheet);
    this.state = reconciled.state;
    const analysis = analyzeWithState([sheet], this.sheetNames, this.state, request.sheet);
    if (!analysis.ok) throw new HostError("no-table", request.sheet);
    const prepared = prepareRun({
      plan: analysis.plan,
      sheet,
      sheetNames: this.sheetNames,
      state: this.state,
      generatedCells: new Map(),
      current: (row, column) => contentOf(cellAt(sheet, row, column)),
      operations: request.operations,
      language: request.language,
    });
    const replaced = new Set(prepared.replaces);
    this.sheetNames = [...this.sheetNames.filter((n) => !replaced.has(n)), ...prepared.edits.sheets.map((s) => s.name)];
    for (const draft of prepared.edits.sheets) this.generatedTops.set(draft.name, topOf(draft));
    this.state = prepared.nextState;
    if (prepared.edits.tableEdits.length > 0) this.changed(request.sheet);
    return applyOutcome(analysis.plan, prepared, reconciled.notice);
  }

  /** Merged areas the user made on the table's sheet since the run: Restore writes nothing under them. */
  merges: CellArea[] = [];
  /** Table cells that hold something else since the run (the user typed there, or rows moved): left by Restore. */
  since: TableEdit[] = [];

  async restore(sheet: string): Promise<UndoOutcome> {
    await this.record("restore", sheet);
    const state = this.reconciled(sheet).state;
    const { nextState, skipped } = prepareRestore(state, sheet, asLeft(state, sheet, this.merges, this.since));
    this.state = nextState;
    this.changed(sheet);
    return { state: this.state, skipped };
  }

  async clearHighlights(sheet: string): Promise<UndoOutcome> {
    await this.record("clearHighlights", sheet);
    const state = this.reconciled(sheet).state;
    const { nextState, skipped } = prepareClearHighlights(state, sheet, asLeft(state, sheet, this.merges, this.since));
    this.state = nextState;
    return { state: this.state, skipped };
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    await this.record("select", sheet, row, column);
  }

  async openSheet(sheet: string): Promise<void> {
    await this.record("openSheet", sheet);
  }

  async readUnitFilesSource(sheet: string): Promise<UnitFilesRead> {
    await this.record("readUnitFilesSource", sheet);
    const { state, sheetNames } = this.reconciled(sheet);
    const analysis = analyzeWithState([this.sheet(sheet)!], sheetNames, state, sheet);
    if (!analysis.ok) throw new HostError("no-table", sheet);
    return { plan: analysis.plan, state, contents: new Map(), fileName: "Book1", dateSystem: "1900" };
  }

  async openAsWorkbook(base64: string): Promise<void> {
    await this.record("openAsWorkbook", base64);
  }

  /** Records the writes; the state keeps them as collect does (stateAfterCollect), as if each cell was empty. */
  async collect(request: CollectRequest): Promise<WorkbookState> {
    await this.record("collect", request);
    this.state = stateAfterCollect(this.reconciled(request.sheet).state, request.writes, () => EMPTY);
    return this.state;
  }

  async restoreCollected(sheet: string): Promise<UndoOutcome> {
    await this.record("restoreCollected", sheet);
    this.state = collectedSheets(this.state).reduce(
      (s, name) => prepareRestore(s, name, asLeft(s, name)).nextState,
      this.state,
    );
    return { state: this.state, skipped: [] };
  }

  /** The assignment sheets' cells the follow-up reads, by name. */
  progressSheets = new Map<string, SheetCells>();

  async readProgress(): Promise<ProgressSheets> {
    await this.record("readProgress");
    const generated = this.state.generated.filter((g) => g.kind === "assignment");
    return { generated, sheets: this.progressSheets, dateSystem: "1900" };
  }

  async watch(sheet: string, onChange: () => void): Promise<StopWatching> {
    await this.record("watch", sheet);
    const watcher = { sheet, onChange };
    this.watchers.add(watcher);
    return async () => {
      this.watchers.delete(watcher);
    };
  }

  async saveChoices(change: (state: WorkbookState) => WorkbookState): Promise<WorkbookState> {
    await this.record("saveChoices", change);
    this.state = change(this.state);
    return this.state;
  }
}

function cellAt(sheet: SheetCells, row: number, column: number): string | number | boolean | null {
  const value = sheet.values[row - sheet.top]?.[column - sheet.left];
  return value === undefined || (typeof value === "object" && value !== null) ? null : value;
}
