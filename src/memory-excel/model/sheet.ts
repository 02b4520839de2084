/** One worksheet's state: cells, formatting layers, layout and the objects placed on it. */
import { holdsCell, MAX_COLUMNS, MAX_ROWS, intersect, type Rect } from "../address";
import { isEmptyCell, type CellRecord } from "./cell";
import type { CellContent } from "./cell-input";
import { DEFAULT_STYLE, type Style, type StyleKey, type StylePatch } from "./style";

export interface ConditionalFormatRule {
  formula1?: string;
  formula2?: string;
  operator?: string;
  /** The rule of a Custom conditional format. */
  formula?: string;
}

export interface ConditionalFormatLook {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  /**
   * Where it applies: one rectangle as a rule is added, or several as the user's edits can split it and as a file's
   * sqref (a list of references, ECMA-376 ST_Sqref) can hold it. The rule is written for the first one's top-left.
   */
  readonly areas: Areas;
  stopIfTrue: boolean;
  rule: ConditionalFormatRule;
  readonly look: ConditionalFormatLook;
}

export type Areas = readonly [Rect, ...Rect[]];

/** Data validation of an area: the rule as Office.js gives it (one kind: list, date, ...), and the alert. */
export interface DataValidationModel {
  readonly rect: Rect;
  readonly type: string;
  readonly rule: Readonly<Record<string, unknown>>;
  errorAlert: DataValidationAlert;
}

export interface DataValidationAlert {
  readonly message: string;
  readonly showAlert: boolean;
  readonly style: string;
  readonly title: string;
}

/** Cells of a sheet a chart reads. */
export interface ChartRange {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  readonly type: string;
  source: ChartRange;
  readonly seriesBy: string;
  title: string;
  position: { start: string; end?: string } | null;
  /** One per series, in order, as charts.add made them from the source. */
  readonly series: ChartSeriesModel[];
}

export interface ChartSeriesModel {
  /** The category labels setXAxisValues gave; null: the source's own (its label column, or 1, 2, ...). */
  xAxisValues: ChartRange | null;
}

/** Excel.RangeHyperlink: a web address or a place in the workbook, with what the cell shows. */
export interface HyperlinkModel {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  printTitleRows: Rect | null;
}

/** A style patch, or a function computing one from the style already in effect (for border edges). */
export type StyleUpdate = StylePatch | ((current: Style) => StylePatch);

const KEY_STRIDE = MAX_COLUMNS;

function isFullColumns(r: Rect): boolean {
  return r.top === 0 && r.bottom === MAX_ROWS - 1;
}

function isFullRows(r: Rect): boolean {
  return r.left === 0 && r.right === MAX_COLUMNS - 1;
}

export class SheetModel {
  visibility = "Visible";
  tabColor = "";
  protection: { protected: boolean; password?: string } = { protected: false };
  freeze = { rows: 0, columns: 0 };
  readonly pageLayout: PageLayoutModel = { orientation: "Portrait", paperSize: "Letter", printTitleRows: null };
  readonly cells = new Map<number, CellRecord>();
  readonly rowStyles = new Map<number, StylePatch>();
  readonly columnStyles = new Map<number, StylePatch>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  /** In priority order: index 0 is evaluated first. */
  conditionalFormats: ConditionalFormatModel[] = [];
  dataValidations: DataValidationModel[] = [];
  charts: ChartModel[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cellAt(row: number, column: number): CellRecord | undefined {
    return this.cells.get(row * KEY_STRIDE + column);
  }

  /** Hyperlinks by cell; a cell keeps its hyperlink when its value changes, as in Excel. */
  private readonly hyperlinks = new Map<number, HyperlinkModel>();

  hyperlinkAt(row: number, column: number): HyperlinkModel | undefined {
    return this.hyperlinks.get(row * KEY_STRIDE + column);
  }

  /** Sets (or, with null, removes) the hyperlink of every cell of a rectangle. */
  setHyperlinks(rect: Rect, hyperlink: HyperlinkModel | null): void {
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        if (hyperlink) this.hyperlinks.set(r * KEY_STRIDE + c, hyperlink);
        else this.hyperlinks.delete(r * KEY_STRIDE + c);
      }
  }

  /** Moves every stored cell, with its hyperlink, where `to` says (rows or columns inserted or deleted); null drops it. */
  moveCells(to: (row: number, column: number) => readonly [number, number] | null): void {
    const move = <T>(map: Map<number, T>) => {
      const entries = [...map];
      map.clear();
      for (const [key, item] of entries) {
        const target = to(Math.floor(key / KEY_STRIDE), key % KEY_STRIDE);
        if (target) map.set(target[0] * KEY_STRIDE + target[1], item);
      }
    };
    move(this.cells);
    move(this.hyperlinks);
  }

  private ensureCell(row: number, column: number): CellRecord {
    const key = row * KEY_STRIDE + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Visits the stored cells inside a rectangle (row-major for small rectangles, storage order otherwise). */
  forEachCellIn(rect: Rect, visit: (cell: CellRecord, row: number, column: number) => void): void {
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area <= this.cells.size) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = this.cells.get(r * KEY_STRIDE + c);
          if (cell) visit(cell, r, c);
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const r = Math.floor(key / KEY_STRIDE);
      const c = key % KEY_STRIDE;
      if (holdsCell(rect, r, c)) visit(cell, r, c);
    }
  }

  styleValue<K extends StyleKey>(row: number, column: number, key: K): Style[K] {
    const own = this.cellAt(row, column)?.style?.[key];
    if (own !== undefined) return own as Style[K];
    const fromRow = this.rowStyles.get(row)?.[key];
    if (fromRow !== undefined) return fromRow as Style[K];
    const fromColumn = this.columnStyles.get(column)?.[key];
    return (fromColumn !== undefined ? fromColumn : DEFAULT_STYLE[key]) as Style[K];
  }

  /** The formatting in effect: the cell's own, then its row's, then its column's, then the defaults. */
  effectiveStyle(row: number, column: number): Style {
    return {
      ...DEFAULT_STYLE,
      ...this.columnStyles.get(column),
      ...this.rowStyles.get(row),
      ...this.cellAt(row, column)?.style,
    };
  }

  /**
   * Formats a rectangle. Whole columns and whole rows are formatted as a layer (as Excel does),
   * so formatting column A does not create a million cells.
   */
  patchStyle(rect: Rect, update: StyleUpdate): void {
    const patchFor = (row: number, column: number): StylePatch =>
      typeof update === "function" ? update(this.effectiveStyle(row, column)) : update;
    const patchCell = (cell: CellRecord, row: number, column: number) => {
      cell.style = { ...cell.style, ...patchFor(row, column) };
    };
    if (isFullColumns(rect)) {
      for (let c = rect.left; c <= rect.right; c++) {
        this.columnStyles.set(c, { ...this.columnStyles.get(c), ...patchFor(-1, c) });
        // A row layer would hide the new column format where they cross: give those cells their own.
        for (const row of this.rowStyles.keys()) patchCell(this.ensureCell(row, c), row, c);
      }
      this.forEachCellIn(rect, patchCell);
      return;
    }
    if (isFullRows(rect)) {
      for (let r = rect.top; r <= rect.bottom; r++)
        this.rowStyles.set(r, { ...this.rowStyles.get(r), ...patchFor(r, -1) });
      this.forEachCellIn(rect, patchCell);
      return;
    }
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) patchCell(this.ensureCell(r, c), r, c);
    }
  }

  /** Clears formats: cells go back to the workbook's default style. */
  resetStyle(rect: Rect): void {
    if (isFullColumns(rect)) for (let c = rect.left; c <= rect.right; c++) this.columnStyles.delete(c);
    if (isFullRows(rect)) for (let r = rect.top; r <= rect.bottom; r++) this.rowStyles.delete(r);
    this.forEachCellIn(rect, (cell) => delete cell.style);
    const layered =
      [...this.rowStyles.keys()].some((r) => r >= rect.top && r <= rect.bottom) ||
      [...this.columnStyles.keys()].some((c) => c >= rect.left && c <= rect.right);
    if (layered) this.patchStyle(rect, DEFAULT_STYLE);
    this.pruneEmpty(rect);
  }

  setContent(row: number, column: number, content: CellContent): void {
    const cell = this.ensureCell(row, column);
    delete cell.value;
    delete cell.formula;
    if (content.kind === "formula") cell.formula = content.formula;
    if (content.kind === "constant") {
      cell.value = content.value;
      // Typing "12%" also gives the cell a percent format.
      if (content.numberFormat && this.styleValue(row, column, "numberFormat") === "General") {
        cell.style = { ...cell.style, numberFormat: content.numberFormat };
      }
    }
    if (content.kind === "empty") this.pruneEmpty({ top: row, left: column, bottom: row, right: column });
  }

  clearContents(rect: Rect): void {
    this.forEachCellIn(rect, (cell) => {
      delete cell.value;
      delete cell.formula;
    });
    this.pruneEmpty(rect);
  }

  private pruneEmpty(rect: Rect): void {
    const empty: number[] = [];
    this.forEachCellIn(rect, (cell, r, c) => {
      if (isEmptyCell(cell) && (!cell.style || Object.keys(cell.style).length === 0)) empty.push(r * KEY_STRIDE + c);
    });
    for (const key of empty) this.cells.delete(key);
  }

  /**
   * The smallest rectangle holding every cell with content (and, unless valuesOnly, every formatted cell), of the
   * sheet or of the part of it within `within`.
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && isEmptyCell(cell)) continue;
      const r = Math.floor(key / KEY_STRIDE);
      const c = key % KEY_STRIDE;
      if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Merged areas that overlap a rectangle. */
  mergesIn(rect: Rect): Rect[] {
    return this.merges.filter((m) => intersect(m, rect) !== null);
  }
}
