/**
 * Excel.Range over a memory workbook: its cells' values, formulas and formats, the ranges derived from it, merging,
 * hyperlinks and clearing. Members and their requirement sets: the table at the end.
 */
import { RangeViewApi } from "./range-view";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  columnCount,
  contains,
  intersect,
  mapRect,
  offsetRect,
  qualifiedAddress,
  rowCount,
  type Rect,
} from "../address";
import { excelError } from "../excel-api-error";
import type { Recalc } from "../formula/recalc";
import { isEmptyCell } from "../model/cell";
import { apiValue, formulaAt, textAt, valueType } from "../model/read-cells";
import { TargetObject, type ClientResult } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import type { HyperlinkModel } from "../model/sheet";
import type { MemoryRequestContext } from "../proxy/context";
import { ConditionalFormatCollectionApi } from "./conditional-formats";
import { DataValidationApi } from "./data-validation";
import { RangeAreasApi } from "./range-areas";
import { RangeFormatApi } from "./range-format";
import { cellShiftOf } from "./range-shift";
import { shiftSheet } from "../model/shift-sheet";
import {
  assertEditable,
  assertReadable,
  forEachInput,
  rectOnSheet,
  writeContents,
  type RangeTarget,
} from "./range-target";
import { WorksheetApi } from "./worksheet";

const CLEAR_KINDS = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
/** Clears that change what cells hold (Worksheet.onChanged hears them), and those that change formats (onFormatChanged). */
const CLEARS_CONTENTS = ["All", "Contents", "ResetContents"];
const CLEARS_FORMATS = ["All", "Formats"];

/** true when every row (or column) is hidden, false when none is, null when mixed. */
function hiddenState(from: number, to: number, hidden: Set<number>): boolean | null {
  let count = 0;
  for (let i = from; i <= to; i++) if (hidden.has(i)) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

export class RangeApi extends TargetObject<RangeTarget> {
  readonly format: RangeFormatApi = new RangeFormatApi(this);
  readonly conditionalFormats: ConditionalFormatCollectionApi = new ConditionalFormatCollectionApi(this, (editing) => {
    const { sheet, rect } = editing ? this.editableTarget() : this.target();
    return { sheet, rects: [rect] };
  });
  readonly dataValidation: DataValidationApi = new DataValidationApi(this);
  readonly worksheet: WorksheetApi;

  constructor(context: MemoryRequestContext, locate: () => RangeTarget | null, nullable = false) {
    super(context, locate, nullable);
    this.worksheet = new WorksheetApi(context, () => this.target().sheet);
  }

  protected override exists(t: RangeTarget): boolean {
    return this.context.model.sheets.includes(t.sheet);
  }

  /** @internal The target, after checking the sheet can be changed. */
  editableTarget(): RangeTarget {
    const t = this.target();
    assertEditable(t.sheet);
    return t;
  }

  /** @internal Tells the sheet's onChanged handlers that the add-in changed these cells' contents. */
  changed({ sheet, rect }: RangeTarget): void {
    this.context.model.worksheetChanges.changed(sheet, rect, "ThisLocalAddin");
  }

  /** @internal Tells the sheet's onFormatChanged handlers that the add-in changed these cells' formats. */
  formatChanged({ sheet, rect }: RangeTarget): void {
    this.context.model.worksheetChanges.formatChanged(sheet, rect, "ThisLocalAddin");
  }

  /** @internal Values or formulas written as typed. */
  writeContents(input: unknown): void {
    const target = this.editableTarget();
    writeContents(target.sheet, target.rect, input, this.context.locale, this.context.model.date1904);
    this.changed(target);
  }

  /** A range derived from this one at sync time by `method`. */
  private derived(method: string, rectFrom: (t: RangeTarget) => Rect | null, nullable = false): RangeApi {
    return new RangeApi(
      this.context,
      this.since(method, () => {
        const t = this.target();
        const rect = rectFrom(t);
        return rect && { sheet: t.sheet, rect };
      }),
      nullable,
    );
  }

  getCell(row: number, column: number): RangeApi {
    return this.derived("getCell", (t) => offsetRect(t.rect, row, column, 1, 1));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeApi {
    return this.derived("getOffsetRange", (t) =>
      offsetRect(t.rect, rowOffset, columnOffset, rowCount(t.rect), columnCount(t.rect)),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return this.derived("getResizedRange", (t) =>
      offsetRect(t.rect, 0, 0, rowCount(t.rect) + deltaRows, columnCount(t.rect) + deltaColumns),
    );
  }

  getRow(row: number): RangeApi {
    return this.derived("getRow", (t) => offsetRect(t.rect, row, 0, 1, columnCount(t.rect)));
  }

  getColumn(column: number): RangeApi {
    return this.derived("getColumn", (t) => offsetRect(t.rect, 0, column, rowCount(t.rect), 1));
  }

  getEntireRow(): RangeApi {
    return this.derived("getEntireRow", (t) => ({
      top: t.rect.top,
      bottom: t.rect.bottom,
      left: 0,
      right: MAX_COLUMNS - 1,
    }));
  }

  getEntireColumn(): RangeApi {
    return this.derived("getEntireColumn", (t) => ({
      top: 0,
      bottom: MAX_ROWS - 1,
      left: t.rect.left,
      right: t.rect.right,
    }));
  }

  getIntersectionOrNullObject(anotherRange: RangeApi | string): RangeApi {
    return this.derived(
      "getIntersectionOrNullObject",
      (t) => {
        const other =
          typeof anotherRange === "string" ? rectOnSheet(t.sheet, anotherRange) : anotherRange.target().rect;
        return intersect(t.rect, other);
      },
      true,
    );
  }

  /** ExcelApi 1.4: the used part of this range; a null object when none of its cells is used. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.derived("getUsedRangeOrNullObject", (t) => t.sheet.usedRect(valuesOnly, t.rect), true);
  }

  getVisibleView(): RangeViewApi {
    return new RangeViewApi(
      this.context,
      this.since("getVisibleView", () => this.target()),
    );
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in this range, not every merge that overlaps it
   * (OfficeDev/office-js#3611): a merge starting above or left of the range is not listed.
   */
  getMergedAreasOrNullObject(): RangeAreasApi {
    return new RangeAreasApi(
      this.context,
      this.since("getMergedAreasOrNullObject", () => {
        const t = this.target();
        const areas = t.sheet.mergesIn(t.rect).filter((m) => contains(t.rect, { ...m, bottom: m.top, right: m.left }));
        return areas.length > 0 ? { sheet: t.sheet, rects: areas } : null;
      }),
    );
  }

  /** Merges the range (each row separately when `across`); Excel keeps only each area's top-left value. */
  merge(across = false): void {
    this.queue("merge", [across], () => {
      const { sheet, rect } = this.editableTarget();
      const areas = across
        ? Array.from({ length: rowCount(rect) }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const area of areas.filter((a) => cellCount(a) > 1)) {
        if (sheet.mergesIn(area).some((m) => !contains(area, m))) {
          throw excelError("InvalidOperation", "The range overlaps a merged area that it does not contain.");
        }
        sheet.merges = sheet.merges.filter((m) => !contains(area, m));
        const others: [number, number][] = [];
        let dropsContent = false;
        sheet.forEachCellIn(area, (cell, r, c) => {
          if (r === area.top && c === area.left) return;
          others.push([r, c]);
          dropsContent ||= !isEmptyCell(cell);
        });
        for (const [r, c] of others) sheet.setContent(r, c, { kind: "empty" });
        sheet.merges.push(area);
        if (dropsContent) this.changed({ sheet, rect: area });
      }
    });
  }

  unmerge(): void {
    this.queue("unmerge", null, () => {
      const { sheet, rect } = this.editableTarget();
      sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
    });
  }

  /** ExcelApi 1.9: per cell, the properties asked for; only `hyperlink` is modelled, anything else is refused. */
  getCellProperties(spec: { readonly hyperlink?: boolean }): ClientResult<{ hyperlink?: HyperlinkModel }[][]> {
    return this.result("getCellProperties", spec, () => {
      if (Object.keys(spec).some((k) => k !== "hyperlink"))
        throw excelError("InvalidArgument", "Only the hyperlink cell property is modelled.");
      const { sheet, rect } = this.target();
      assertReadable(rect);
      return mapRect(rect, (r, c) => (spec.hyperlink ? { hyperlink: sheet.hyperlinkAt(r, c) } : {}));
    });
  }

  /** Clears contents and/or formats; clearing formats also unmerges, as in Excel. */
  clear(applyTo: string = "All"): void {
    this.queue("clear", [applyTo], () => {
      if (!CLEAR_KINDS.includes(applyTo)) throw excelError("InvalidArgument", `Unknown ClearApplyTo '${applyTo}'.`);
      const target = this.editableTarget();
      const { sheet, rect } = target;
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") sheet.clearContents(rect);
      if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks")
        sheet.setHyperlinks(rect, null);
      if (applyTo === "All" || applyTo === "Formats") {
        sheet.resetStyle(rect);
        sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
      }
      if (CLEARS_CONTENTS.includes(applyTo)) this.changed(target);
      if (CLEARS_FORMATS.includes(applyTo)) this.formatChanged(target);
    });
  }

  /** ExcelApi 1.1: blank cells here, the others shifted down or right (range-shift.ts); the new cells' range. */
  insert(shift: string): RangeApi {
    this.queue("insert", [shift], () => this.shiftCells(shift, "insert"));
    return this.derived("insert", (t) => t.rect);
  }

  /** ExcelApi 1.1: deletes the cells, the others shifted up or left (range-shift.ts). */
  delete(shift: string): void {
    this.queue("delete", [shift], () => this.shiftCells(shift, "delete"));
  }

  private shiftCells(direction: string, change: "insert" | "delete"): void {
    const target = this.editableTarget();
    shiftSheet(this.context.model.sheets, target.sheet, cellShiftOf(target.rect, direction, change));
    this.changed(target);
  }

  select(): void {
    this.queue("select", null, () => {
      const { sheet, rect } = this.target();
      this.context.model.select(sheet, rect);
    });
  }
}

/**
 * Range.hyperlink, ExcelApi 1.7: sets the hyperlink of every cell of the range; `textToDisplay` becomes the cells'
 * text. Reading it back cell by cell is getCellProperties' (ExcelApi 1.9), the only way the add-in reads it.
 */
function writeHyperlink(range: RangeApi, hyperlink: HyperlinkModel): void {
  const target = range.editableTarget();
  const { address, documentReference, textToDisplay } = hyperlink;
  if (!address && !documentReference) throw excelError("InvalidArgument", "A hyperlink needs an address.");
  target.sheet.setHyperlinks(target.rect, hyperlink);
  if (textToDisplay !== undefined)
    for (let r = target.rect.top; r <= target.rect.bottom; r++)
      for (let c = target.rect.left; c <= target.rect.right; c++)
        target.sheet.setContent(r, c, { kind: "constant", value: textToDisplay });
  range.changed(target);
}

function writeNumberFormat(range: RangeApi, formats: unknown): void {
  const target = range.editableTarget();
  const { sheet, rect } = target;
  if (!Array.isArray(formats)) sheet.patchStyle(rect, { numberFormat: String(formats) });
  else
    forEachInput(rect, formats, (f, r, c) => {
      if (f !== null && f !== undefined)
        sheet.patchStyle({ top: r, left: c, bottom: r, right: c }, { numberFormat: String(f) });
    });
  range.formatChanged(target);
}

function writeHidden(range: RangeApi, hidden: boolean, lines: "rows" | "columns"): void {
  const { sheet, rect } = range.editableTarget();
  const [set, from, to] =
    lines === "rows" ? [sheet.hiddenRows, rect.top, rect.bottom] : [sheet.hiddenColumns, rect.left, rect.right];
  for (let i = from; i <= to; i++) hidden ? set.add(i) : set.delete(i);
}

/** Each cell's value through `read`, at sync time; Excel refuses to return the cells of an enormous range. */
function cells<T>(read: (t: RangeTarget, r: number, c: number, recalc: Recalc) => T) {
  return (range: RangeApi) => {
    const t = range.target();
    assertReadable(t.rect);
    const recalc = range.context.model.recalc();
    return mapRect(t.rect, (r, c) => read(t, r, c, recalc));
  };
}

const rectOf = (range: RangeApi) => range.target().rect;

defineExcelClass(RangeApi, {
  name: "Range",
  since: "1.1",
  properties: {
    address: { since: "1.1", read: (range) => qualifiedAddress(range.target().sheet.name, rectOf(range)) },
    values: {
      since: "1.1",
      read: cells((t, r, c, recalc) => apiValue(recalc.valueAt(t.sheet, r, c))),
      write: (range, values) => range.writeContents(values),
    },
    text: { since: "1.1", read: cells((t, r, c, recalc) => textAt(recalc, t.sheet, r, c)) },
    valueTypes: { since: "1.1", read: cells((t, r, c, recalc) => valueType(recalc.valueAt(t.sheet, r, c))) },
    formulas: {
      since: "1.1",
      read: cells((t, r, c) => formulaAt(t.sheet, r, c)),
      write: (range, formulas) => range.writeContents(formulas),
    },
    numberFormat: {
      since: "1.1",
      read: cells((t, r, c) => t.sheet.styleValue(r, c, "numberFormat")),
      write: writeNumberFormat,
    },
    rowIndex: { since: "1.1", read: (range) => rectOf(range).top },
    columnIndex: { since: "1.1", read: (range) => rectOf(range).left },
    rowCount: { since: "1.1", read: (range) => rowCount(rectOf(range)) },
    columnCount: { since: "1.1", read: (range) => columnCount(rectOf(range)) },
    cellCount: { since: "1.1", read: (range) => cellCount(rectOf(range)) },
    rowHidden: {
      since: "1.2",
      read: (range) => hiddenState(rectOf(range).top, rectOf(range).bottom, range.target().sheet.hiddenRows),
      write: (range, hidden: boolean) => writeHidden(range, hidden, "rows"),
    },
    columnHidden: {
      since: "1.2",
      read: (range) => hiddenState(rectOf(range).left, rectOf(range).right, range.target().sheet.hiddenColumns),
      write: (range, hidden: boolean) => writeHidden(range, hidden, "columns"),
    },
    hyperlink: { since: "1.7", write: writeHyperlink },
  },
  navigations: { format: "1.1", conditionalFormats: "1.6", dataValidation: "1.8", worksheet: "1.1" },
  methods: {
    getCell: "1.1",
    getOffsetRange: "1.1",
    getResizedRange: "1.2",
    getRow: "1.1",
    getColumn: "1.1",
    getEntireRow: "1.1",
    getEntireColumn: "1.1",
    getIntersectionOrNullObject: "1.4",
    getUsedRangeOrNullObject: "1.4",
    getVisibleView: "1.3",
    getMergedAreasOrNullObject: "1.13",
    merge: "1.2",
    unmerge: "1.2",
    getCellProperties: "1.9",
    clear: "1.1",
    insert: "1.1",
    delete: "1.1",
    select: "1.1",
  },
});
