/** MemoryWorkbook: the in-memory Excel workbook, plus synchronous inspection helpers for tests. */
import { columnName, mapRect, parseAddress, qualifiedAddress, rectToA1 } from "./address";
import { assertEditable, rectOnSheet, writeContents } from "./api/range-target";
import { WorksheetChanges } from "./api/worksheet-changes";
import { excelError } from "./excel-api-error";
import { Recalc } from "./formula/recalc";
import type { Constant } from "./model/cell";
import { apiValue, formulaAt, textAt, type ApiValue } from "./model/read-cells";
import { pastedOver } from "./model/pasted-over";
import type { SheetModel } from "./model/sheet";
import type { Style, StylePatch } from "./model/style";
import { WorkbookModel } from "./model/workbook-model";

export interface SheetSpec {
  readonly name: string;
  /** Rows of cells from `origin`; strings are kept as text except "=..." which are formulas; null = empty. */
  readonly cells?: readonly (readonly (Constant | null)[])[];
  /** Top-left cell of `cells`, "A1" by default. */
  readonly origin?: string;
  readonly merges?: readonly string[];
  /** 1-based sheet rows / columns. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  readonly protected?: boolean;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
}

type BorderKey =
  "borderTop" | "borderBottom" | "borderLeft" | "borderRight" | "borderDiagonalDown" | "borderDiagonalUp";

/** A cell as tests check it: computed value, formula, displayed text and formatting. */
export type CellSnapshot = {
  readonly value: ApiValue;
  readonly formula: string | null;
  readonly text: string;
  /** Line style of each edge ("None", "Continuous", ...). */
  readonly borders: Readonly<Record<"top" | "bottom" | "left" | "right", string>>;
} & Omit<Style, BorderKey>;

export interface ConditionalFormatSnapshot {
  readonly address: string;
  readonly type: string;
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly rule: Readonly<Record<string, string | undefined>>;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
}

export interface ChartSnapshot {
  readonly name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly title: string;
  readonly position: { readonly start: string; readonly end?: string } | null;
  /** Per series, the category labels setXAxisValues gave ("Sheet!A6:A13"); null: the source's own. */
  readonly xAxisValues: readonly (string | null)[];
}

export interface DataValidationSnapshot {
  readonly address: string;
  readonly type: string;
  readonly rule: Readonly<Record<string, unknown>>;
  readonly errorAlert: { readonly message: string; readonly showAlert: boolean; readonly style: string };
}

export interface LayoutSnapshot {
  readonly position: number;
  readonly visibility: string;
  readonly protected: boolean;
  readonly tabColor: string;
  readonly freezeRows: number;
  readonly freezeColumns: number;
  readonly orientation: string;
  readonly paperSize: string;
  /** "$1:$3", or null. */
  readonly printTitleRows: string | null;
  /** Column letter -> width in points, for columns whose width was set. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** 1-based row -> height in points, for rows whose height was set. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** 1-based rows. */
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly string[];
  readonly merges: readonly string[];
}

export class MemoryWorkbook extends WorkbookModel {
  /** @internal The onChanged handlers registered by the contexts over this workbook. */
  readonly worksheetChanges = new WorksheetChanges();

  /** A workbook with the given sheets (default: one sheet, "Sheet1"). */
  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    super();
    for (const name of sheetNames) this.addSheet(name);
  }

  static fromSheets(specs: readonly SheetSpec[]): MemoryWorkbook {
    const wb = new MemoryWorkbook([]);
    for (const spec of specs) {
      const sheet = wb.addSheet(spec.name);
      const origin = parseAddress(spec.origin ?? "A1").rect;
      (spec.cells ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === "") return;
          const content =
            typeof v === "string" && v.startsWith("=") && v.length > 1
              ? ({ kind: "formula", formula: v } as const)
              : ({ kind: "constant", value: v } as const);
          sheet.setContent(origin.top + r, origin.left + c, content);
        }),
      );
      sheet.merges = (spec.merges ?? []).map((a) => parseAddress(a).rect);
      for (const r of spec.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
      for (const c of spec.hiddenColumns ?? []) sheet.hiddenColumns.add(c - 1);
      sheet.protection = { protected: spec.protected ?? false };
      if (spec.visibility) wb.setVisibility(sheet, spec.visibility);
    }
    return wb;
  }

  /**
   * The user types into cells (or a co-author's edit arrives): what is written reads as typed ("=..." a formula,
   * "12" a number, "" empties the cell), one value for every cell or rows matching the range. The sheet's
   * onChanged handlers hear of it after this call returns, as from Excel; a protected sheet refuses it.
   */
  editByUser(sheetName: string, address: string, input: Constant | readonly (readonly (Constant | null)[])[]): void {
    const sheet = this.sheet(sheetName);
    const rect = rectOnSheet(sheet, address);
    assertEditable(sheet);
    writeContents(sheet, rect, input, undefined, this.date1904);
    this.worksheetChanges.changed(sheet, rect, "Unknown");
  }

  /**
   * The user pastes cells copied from cells without conditional formats (another workbook, say), formats and all:
   * what is written reads as typed, as in editByUser, and the conditional formats lose the pasted cells
   * (model/pasted-over.ts), a rule split in several areas where the rest is no longer one rectangle.
   */
  pasteByUser(sheetName: string, address: string, input: Constant | readonly (readonly (Constant | null)[])[]): void {
    const sheet = this.sheet(sheetName);
    const rect = rectOnSheet(sheet, address);
    this.editByUser(sheetName, address, input);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => pastedOver(cf, rect) ?? []);
  }

  /**
   * The user formats cells (a fill, a number format...): the sheet's onFormatChanged handlers hear of it after this
   * call returns, and its onChanged handlers do not; a protected sheet refuses it.
   */
  formatByUser(sheetName: string, address: string, patch: StylePatch): void {
    const sheet = this.sheet(sheetName);
    const rect = rectOnSheet(sheet, address);
    assertEditable(sheet);
    sheet.patchStyle(rect, patch);
    this.worksheetChanges.formatChanged(sheet, rect, "Unknown");
  }

  /** The user selects cells on a sheet: one area, or several with Ctrl-click ("B:B", "3:5", "1:1048576", "A1:C4"). */
  selectByUser(sheetName: string, ...addresses: readonly string[]): void {
    const sheet = this.sheet(sheetName);
    this.selectAreas(
      sheet,
      addresses.map((a) => rectOnSheet(sheet, a)),
    );
  }

  /** The user clicks a chart or a shape on a sheet: the selection is no longer cells. */
  selectDrawingByUser(sheetName: string): void {
    this.selectDrawing(this.sheet(sheetName));
  }

  /** A calculation pass: formulas are evaluated lazily, on read. */
  recalc(): Recalc {
    return new Recalc(this);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheet's model; throws ItemNotFound for a missing name. */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw excelError("ItemNotFound", `No worksheet named '${name}'.`);
    return sheet;
  }

  cell(sheetName: string, address: string): CellSnapshot {
    const sheet = this.sheet(sheetName);
    const { top: r, left: c } = parseAddress(address).rect;
    const recalc = this.recalc();
    const {
      borderTop,
      borderBottom,
      borderLeft,
      borderRight,
      borderDiagonalDown: _down,
      borderDiagonalUp: _up,
      ...style
    } = sheet.effectiveStyle(r, c);
    return {
      value: apiValue(recalc.valueAt(sheet, r, c)),
      formula: sheet.cellAt(r, c)?.formula ?? null,
      text: textAt(recalc, sheet, r, c),
      ...style,
      borders: { top: borderTop.style, bottom: borderBottom.style, left: borderLeft.style, right: borderRight.style },
    };
  }

  /** Computed values of a range (default: the used range; [] for an empty sheet). */
  values(sheetName: string, address?: string): ApiValue[][] {
    const sheet = this.sheet(sheetName);
    const rect = address ? parseAddress(address).rect : sheet.usedRect(true);
    if (!rect) return [];
    const recalc = this.recalc();
    return mapRect(rect, (r, c) => apiValue(recalc.valueAt(sheet, r, c)));
  }

  /** Formulas (or constants) of a range, as Range.formulas reports them. */
  formulas(sheetName: string, address: string): ApiValue[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address).rect;
    return mapRect(rect, (r, c) => formulaAt(sheet, r, c));
  }

  conditionalFormats(sheetName: string): ConditionalFormatSnapshot[] {
    const sheet = this.sheet(sheetName);
    return sheet.conditionalFormats.map((cf, priority) => ({
      address: cf.areas.map((area) => qualifiedAddress(sheet.name, area)).join(","),
      type: cf.type,
      priority,
      stopIfTrue: cf.stopIfTrue,
      rule: { ...cf.rule },
      fill: cf.look.fill,
      fontColor: cf.look.fontColor,
      bold: cf.look.bold,
    }));
  }

  dataValidations(sheetName: string): DataValidationSnapshot[] {
    return this.sheet(sheetName).dataValidations.map((v) => ({
      address: qualifiedAddress(this.sheet(sheetName).name, v.rect),
      type: v.type,
      rule: structuredClone(v.rule),
      errorAlert: { ...v.errorAlert },
    }));
  }

  charts(sheetName: string): ChartSnapshot[] {
    return this.sheet(sheetName).charts.map((ch) => ({
      name: ch.name,
      type: ch.type,
      source: qualifiedAddress(ch.source.sheet.name, ch.source.rect),
      seriesBy: ch.seriesBy,
      title: ch.title,
      position: ch.position && { ...ch.position },
      xAxisValues: ch.series.map(
        (s) => s.xAxisValues && qualifiedAddress(s.xAxisValues.sheet.name, s.xAxisValues.rect),
      ),
    }));
  }

  layout(sheetName: string): LayoutSnapshot {
    const sheet = this.sheet(sheetName);
    const titles = sheet.pageLayout.printTitleRows;
    return {
      position: this.sheets.indexOf(sheet),
      visibility: sheet.visibility,
      protected: sheet.protection.protected,
      tabColor: sheet.tabColor,
      freezeRows: sheet.freeze.rows,
      freezeColumns: sheet.freeze.columns,
      orientation: sheet.pageLayout.orientation,
      paperSize: sheet.pageLayout.paperSize,
      printTitleRows: titles && `$${titles.top + 1}:$${titles.bottom + 1}`,
      columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [columnName(c), w])),
      rowHeights: Object.fromEntries([...sheet.rowHeights].map(([r, h]) => [r + 1, h])),
      hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
      hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnName),
      merges: sheet.merges.map(rectToA1),
    };
  }
}
