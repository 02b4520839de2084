/** Excel.Worksheet over a memory workbook. */
import { MAX_COLUMNS, MAX_ROWS, offsetRect, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { SheetModel } from "../model/sheet";
import { normalizeColor } from "../model/style";
import { ClientObject, TargetObject, type ScalarReaders } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { EventHandlers } from "../proxy/events";
import { ChartCollectionApi } from "./charts";
import { RangeApi } from "./range";
import { rectOnSheet } from "./range-target";
import { PageLayoutApi, WorksheetFreezePanesApi, WorksheetProtectionApi } from "./sheet-parts";
import type { WorksheetChangedEventArgs } from "./worksheet-changes";

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
const A1: Rect = { top: 0, left: 0, bottom: 0, right: 0 };

export class WorksheetApi extends TargetObject<SheetModel> {
  readonly protection: WorksheetProtectionApi = new WorksheetProtectionApi(this);
  readonly freezePanes: WorksheetFreezePanesApi = new WorksheetFreezePanesApi(this);
  readonly pageLayout: PageLayoutApi = new PageLayoutApi(this);
  readonly charts: ChartCollectionApi = new ChartCollectionApi(this);
  /** ExcelApi 1.7: changes to this sheet's cells, by the add-in or anyone else. */
  readonly onChanged: EventHandlers<WorksheetChangedEventArgs>;

  constructor(context: MemoryRequestContext, locate: () => SheetModel | null, nullable = false) {
    super(context, locate, nullable);
    this.onChanged = new EventHandlers(context, "Worksheet.onChanged", (handler) =>
      context.model.worksheetChanges.listen(this.target(), handler),
    );
  }

  protected get typeName(): string {
    return "Worksheet";
  }

  protected override exists(sheet: SheetModel): boolean {
    return this.context.model.sheets.includes(sheet);
  }

  protected override scalars(): ScalarReaders {
    return {
      id: () => this.target().id,
      name: () => this.target().name,
      position: () => this.context.model.sheets.indexOf(this.target()),
      visibility: () => this.target().visibility,
      tabColor: () => this.target().tabColor,
    };
  }

  protected override navigations(): Record<string, ClientObject> {
    return {
      protection: this.protection,
      freezePanes: this.freezePanes,
      pageLayout: this.pageLayout,
      charts: this.charts,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, () => this.context.model.renameSheet(this.target(), name));
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.write("position", position, () => this.context.model.moveSheet(this.target(), position));
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(visibility: string) {
    this.write("visibility", visibility, () => this.context.model.setVisibility(this.target(), visibility));
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  /** "" (or null) removes the tab colour. */
  set tabColor(color: string) {
    this.write("tabColor", color, () => {
      const normalized = color === "" || color === null ? "" : normalizeColor(color);
      if (normalized === null) throw excelError("InvalidArgument", `Invalid color '${color}'.`);
      this.target().tabColor = normalized;
    });
  }

  /** A range of this sheet, found at sync time. */
  rangeAt(rect: (sheet: SheetModel) => Rect | null, nullable = false): RangeApi {
    return new RangeApi(
      this.context,
      () => {
        const sheet = this.target();
        const r = rect(sheet);
        return r && { sheet, rect: r };
      },
      nullable,
    );
  }

  /** An A1 address ("A1", "A1:B2", "A:A", "1:3"); no address = the whole sheet. */
  getRange(address?: string): RangeApi {
    return this.rangeAt((sheet) =>
      address === undefined || address === "" ? WHOLE_SHEET : rectOnSheet(sheet, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    return this.rangeAt(() => offsetRect(A1, startRow, startColumn, rowCount, columnCount));
  }

  getCell(row: number, column: number): RangeApi {
    return this.rangeAt(() => offsetRect(A1, row, column, 1, 1));
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): RangeApi {
    return this.rangeAt((sheet) => sheet.usedRect(valuesOnly) ?? A1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.rangeAt((sheet) => sheet.usedRect(valuesOnly), true);
  }

  delete(): void {
    this.queue("delete", null, () => this.context.model.deleteSheet(this.target()));
  }

  activate(): void {
    this.queue("activate", null, () => this.context.model.activate(this.target()));
  }
}
