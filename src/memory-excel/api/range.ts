/** Excel.Range over a memory workbook. */
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
import { ClientObject, TargetObject, type ClientResult, type ScalarReaders } from "../proxy/client-object";
import type { HyperlinkModel } from "../model/sheet";
import type { MemoryRequestContext } from "../proxy/context";
import { ConditionalFormatCollectionApi } from "./conditional-formats";
import { DataValidationApi } from "./data-validation";
import { RangeAreasApi } from "./range-areas";
import { RangeFormatApi } from "./range-format";
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
/** Clears that change what cells hold or how their values read (the number format): Worksheet.onChanged hears them. */
const CLEARS_CHANGING_CELLS = ["All", "Formats", "Contents", "ResetContents"];

/** true when every row (or column) is hidden, false when none is, null when mixed. */
function hiddenState(from: number, to: number, hidden: Set<number>): boolean | null {
  let count = 0;
  for (let i = from; i <= to; i++) if (hidden.has(i)) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

export class RangeApi extends TargetObject<RangeTarget> {
  readonly format: RangeFormatApi = new RangeFormatApi(this);
  readonly conditionalFormats: ConditionalFormatCollectionApi = new ConditionalFormatCollectionApi(this);
  readonly dataValidation: DataValidationApi = new DataValidationApi(this);
  readonly worksheet: WorksheetApi;

  constructor(context: MemoryRequestContext, locate: () => RangeTarget | null, nullable = false) {
    super(context, locate, nullable);
    this.worksheet = new WorksheetApi(context, () => this.target().sheet);
  }

  protected get typeName(): string {
    return "Range";
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

  /** Tells the sheet's onChanged handlers that the add-in changed these cells. */
  private changed({ sheet, rect }: RangeTarget): void {
    this.context.model.worksheetChanges.changed(sheet, rect, "ThisLocalAddin");
  }

  protected override scalars(): ScalarReaders {
    const cells =
      <T>(read: (t: RangeTarget, r: number, c: number) => T) =>
      () => {
        const t = this.target();
        assertReadable(t.rect);
        return mapRect(t.rect, (r, c) => read(t, r, c));
      };
    const recalcCells =
      <T>(read: (t: RangeTarget, r: number, c: number, recalc: Recalc) => T) =>
      () => {
        const recalc = this.context.model.recalc();
        return cells((t, r, c) => read(t, r, c, recalc))();
      };
    return {
      address: () => qualifiedAddress(this.target().sheet.name, this.target().rect),
      values: recalcCells((t, r, c, recalc) => apiValue(recalc.valueAt(t.sheet, r, c))),
      text: recalcCells((t, r, c, recalc) => textAt(recalc, t.sheet, r, c)),
      valueTypes: recalcCells((t, r, c, recalc) => valueType(recalc.valueAt(t.sheet, r, c))),
      formulas: cells((t, r, c) => formulaAt(t.sheet, r, c)),
      numberFormat: cells((t, r, c) => t.sheet.styleValue(r, c, "numberFormat")),
      rowIndex: () => this.target().rect.top,
      columnIndex: () => this.target().rect.left,
      rowCount: () => rowCount(this.target().rect),
      columnCount: () => columnCount(this.target().rect),
      cellCount: () => cellCount(this.target().rect),
      rowHidden: () => {
        const { sheet, rect } = this.target();
        return hiddenState(rect.top, rect.bottom, sheet.hiddenRows);
      },
      columnHidden: () => {
        const { sheet, rect } = this.target();
        return hiddenState(rect.left, rect.right, sheet.hiddenColumns);
      },
    };
  }

  protected override navigations(): Record<string, ClientObject> {
    return {
      format: this.format,
      conditionalFormats: this.conditionalFormats,
      dataValidation: this.dataValidation,
      worksheet: this.worksheet,
    };
  }

  get address(): string {
    return this.read("address");
  }
  get values(): any[][] {
    return this.read("values");
  }
  set values(values: any[][]) {
    this.write("values", values, () => this.writeContents(values));
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(formulas: any[][]) {
    this.write("formulas", formulas, () => this.writeContents(formulas));
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: any[][]) {
    this.write("numberFormat", formats, () => {
      const target = this.editableTarget();
      const { sheet, rect } = target;
      if (!Array.isArray(formats)) sheet.patchStyle(rect, { numberFormat: String(formats) });
      else
        forEachInput(rect, formats, (f, r, c) => {
          if (f !== null && f !== undefined)
            sheet.patchStyle({ top: r, left: c, bottom: r, right: c }, { numberFormat: String(f) });
        });
      this.changed(target);
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.write("rowHidden", hidden, () => {
      const { sheet, rect } = this.editableTarget();
      for (let r = rect.top; r <= rect.bottom; r++) hidden ? sheet.hiddenRows.add(r) : sheet.hiddenRows.delete(r);
    });
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.write("columnHidden", hidden, () => {
      const { sheet, rect } = this.editableTarget();
      for (let c = rect.left; c <= rect.right; c++) hidden ? sheet.hiddenColumns.add(c) : sheet.hiddenColumns.delete(c);
    });
  }

  private writeContents(input: unknown): void {
    const target = this.editableTarget();
    writeContents(target.sheet, target.rect, input, this.context.locale);
    this.changed(target);
  }

  /** A range derived from this one at sync time. */
  private derived(rectFrom: (t: RangeTarget) => Rect | null, nullable = false): RangeApi {
    return new RangeApi(
      this.context,
      () => {
        const t = this.target();
        const rect = rectFrom(t);
        return rect && { sheet: t.sheet, rect };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): RangeApi {
    return this.derived((t) => offsetRect(t.rect, row, column, 1, 1));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeApi {
    return this.derived((t) => offsetRect(t.rect, rowOffset, columnOffset, rowCount(t.rect), columnCount(t.rect)));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return this.derived((t) =>
      offsetRect(t.rect, 0, 0, rowCount(t.rect) + deltaRows, columnCount(t.rect) + deltaColumns),
    );
  }

  getRow(row: number): RangeApi {
    return this.derived((t) => offsetRect(t.rect, row, 0, 1, columnCount(t.rect)));
  }

  getColumn(column: number): RangeApi {
    return this.derived((t) => offsetRect(t.rect, 0, column, rowCount(t.rect), 1));
  }

  getEntireRow(): RangeApi {
    return this.derived((t) => ({ top: t.rect.top, bottom: t.rect.bottom, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): RangeApi {
    return this.derived((t) => ({ top: 0, bottom: MAX_ROWS - 1, left: t.rect.left, right: t.rect.right }));
  }

  getIntersectionOrNullObject(anotherRange: RangeApi | string): RangeApi {
    return this.derived((t) => {
      const other = typeof anotherRange === "string" ? rectOnSheet(t.sheet, anotherRange) : anotherRange.target().rect;
      return intersect(t.rect, other);
    }, true);
  }

  /** ExcelApi 1.4: the used part of this range; a null object when none of its cells is used. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.derived((t) => t.sheet.usedRect(valuesOnly, t.rect), true);
  }

  getVisibleView(): RangeViewApi {
    return new RangeViewApi(this.context, () => this.target());
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in this range, not every merge that overlaps it
   * (OfficeDev/office-js#3611): a merge starting above or left of the range is not listed.
   */
  getMergedAreasOrNullObject(): RangeAreasApi {
    return new RangeAreasApi(this.context, () => {
      const t = this.target();
      const areas = t.sheet.mergesIn(t.rect).filter((m) => contains(t.rect, { ...m, bottom: m.top, right: m.left }));
      return areas.length > 0 ? { sheet: t.sheet, rects: areas } : null;
    });
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

  /**
   * ExcelApi 1.7: sets the hyperlink of every cell of the range; `textToDisplay` becomes the cells' text. Reading it
   * back cell by cell is getCellProperties' (ExcelApi 1.9), the only way the add-in reads it.
   */
  set hyperlink(hyperlink: HyperlinkModel) {
    this.write("hyperlink", hyperlink, () => {
      const target = this.editableTarget();
      const { address, documentReference, textToDisplay } = hyperlink;
      if (!address && !documentReference) throw excelError("InvalidArgument", "A hyperlink needs an address.");
      target.sheet.setHyperlinks(target.rect, hyperlink);
      if (textToDisplay !== undefined)
        for (let r = target.rect.top; r <= target.rect.bottom; r++)
          for (let c = target.rect.left; c <= target.rect.right; c++)
            target.sheet.setContent(r, c, { kind: "constant", value: textToDisplay });
      this.changed(target);
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
      if (CLEARS_CHANGING_CELLS.includes(applyTo)) this.changed(target);
    });
  }

  select(): void {
    this.queue("select", null, () => {
      const { sheet, rect } = this.target();
      this.context.model.select(sheet, rect);
    });
  }
}
