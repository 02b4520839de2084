/**
 * Excel.Worksheet over a memory workbook: its name, place, visibility and tab colour, the ranges it gives, its
 * events (worksheet-changes.ts). Members and their requirement sets: the table at the end.
 */
import { MAX_COLUMNS, MAX_ROWS, offsetRect, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import type { SheetModel } from "../model/sheet";
import { normalizeColor } from "../model/style";
import { TargetObject } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import type { MemoryRequestContext } from "../proxy/context";
import type { EventHandlers } from "../proxy/events";
import { ChartCollectionApi } from "./charts";
import { RangeApi } from "./range";
import { RangeAreasApi } from "./range-areas";
import { rectOnSheet } from "./range-target";
import { PageLayoutApi, WorksheetFreezePanesApi, WorksheetProtectionApi } from "./sheet-parts";
import type { WorksheetChangedEventArgs, WorksheetFormatChangedEventArgs } from "./worksheet-changes";

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
const A1: Rect = { top: 0, left: 0, bottom: 0, right: 0 };

export class WorksheetApi extends TargetObject<SheetModel> {
  readonly protection: WorksheetProtectionApi = new WorksheetProtectionApi(this);
  readonly freezePanes: WorksheetFreezePanesApi = new WorksheetFreezePanesApi(this);
  readonly pageLayout: PageLayoutApi = new PageLayoutApi(this);
  readonly charts: ChartCollectionApi = new ChartCollectionApi(this);
  /** ExcelApi 1.7: changes to this sheet's cells, by the add-in or anyone else. */
  readonly onChanged: EventHandlers<WorksheetChangedEventArgs>;
  /** ExcelApi 1.9: changes to the formats of this sheet's cells. */
  readonly onFormatChanged: EventHandlers<WorksheetFormatChangedEventArgs>;

  constructor(context: MemoryRequestContext, locate: () => SheetModel | null, nullable = false) {
    super(context, locate, nullable);
    this.onChanged = this.event("onChanged", (handler) =>
      context.model.worksheetChanges.listen(this.target(), "data", context.apiLevel, handler),
    );
    this.onFormatChanged = this.event("onFormatChanged", (handler) =>
      context.model.worksheetChanges.listen(this.target(), "format", context.apiLevel, handler),
    );
  }

  protected override exists(sheet: SheetModel): boolean {
    return this.context.model.sheets.includes(sheet);
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
    return this.rangeAt(
      this.since("getRange", (sheet) =>
        address === undefined || address === "" ? WHOLE_SHEET : rectOnSheet(sheet, address),
      ),
    );
  }

  /** ExcelApi 1.9: areas by their addresses, separated by "," or ";"; no address = the whole sheet. */
  getRanges(address?: string): RangeAreasApi {
    return new RangeAreasApi(
      this.context,
      this.since("getRanges", () => {
        const sheet = this.target();
        if (address === undefined || address === "") return { sheet, rects: [WHOLE_SHEET] };
        return { sheet, rects: address.split(/[,;]/).map((a) => rectOnSheet(sheet, a.trim())) };
      }),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    return this.rangeAt(
      this.since("getRangeByIndexes", () => offsetRect(A1, startRow, startColumn, rowCount, columnCount)),
    );
  }

  getCell(row: number, column: number): RangeApi {
    return this.rangeAt(this.since("getCell", () => offsetRect(A1, row, column, 1, 1)));
  }

  /** A blank sheet's used range is A1, not an error (the type definitions' getUsedRange). */
  getUsedRange(valuesOnly = false): RangeApi {
    return this.rangeAt(this.since("getUsedRange", (sheet) => sheet.usedRect(valuesOnly) ?? A1));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.rangeAt(
      this.since("getUsedRangeOrNullObject", (sheet) => sheet.usedRect(valuesOnly)),
      true,
    );
  }

  delete(): void {
    this.queue("delete", null, () => this.context.model.deleteSheet(this.target()));
  }

  activate(): void {
    this.queue("activate", null, () => this.context.model.activate(this.target()));
  }
}

defineExcelClass(WorksheetApi, {
  name: "Worksheet",
  since: "1.1",
  properties: {
    id: { since: "1.1", read: (ws) => ws.target().id },
    name: {
      since: "1.1",
      read: (ws) => ws.target().name,
      write: (ws, name: string) => ws.context.model.renameSheet(ws.target(), name),
    },
    position: {
      since: "1.1",
      read: (ws) => ws.context.model.sheets.indexOf(ws.target()),
      write: (ws, position: number) => ws.context.model.moveSheet(ws.target(), position),
    },
    visibility: {
      since: "1.1",
      writeSince: "1.2",
      read: (ws) => ws.target().visibility,
      write: (ws, visibility: string) => ws.context.model.setVisibility(ws.target(), visibility),
    },
    tabColor: {
      since: "1.7",
      read: (ws) => ws.target().tabColor,
      /** "" (or null) removes the tab colour. */
      write: (ws, color: string) => {
        const normalized = color === "" || color === null ? "" : normalizeColor(color);
        if (normalized === null) throw excelError("InvalidArgument", `Invalid color '${color}'.`);
        ws.target().tabColor = normalized;
      },
    },
  },
  navigations: { protection: "1.2", freezePanes: "1.7", pageLayout: "1.9", charts: "1.1" },
  methods: {
    getRange: "1.1",
    getRanges: "1.9",
    getRangeByIndexes: "1.7",
    getCell: "1.1",
    getUsedRange: "1.2",
    getUsedRangeOrNullObject: "1.4",
    delete: "1.1",
    activate: "1.1",
  },
  events: { onChanged: "1.7", onFormatChanged: "1.9" },
});
