/** Excel.WorksheetCollection: workbook.worksheets. */
import { excelError } from "../excel-api-error";
import type { SheetModel } from "../model/sheet";
import { CollectionObject, type ClientResult } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import { WorksheetApi } from "./worksheet";

export class WorksheetCollectionApi extends CollectionObject<SheetModel, WorksheetApi> {
  protected currentItems(): SheetModel[] {
    return [...this.context.model.sheets];
  }
  protected itemProxy(sheet: SheetModel): WorksheetApi {
    return new WorksheetApi(this.context, () => sheet);
  }

  /** By name (ignoring case, as Excel does) or id; ItemNotFound at sync when missing. */
  getItem(key: string): WorksheetApi {
    return new WorksheetApi(
      this.context,
      this.since("getItem", () => this.context.model.sheetByNameOrId(key) ?? null),
    );
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new WorksheetApi(
      this.context,
      this.since("getItemOrNullObject", () => this.context.model.sheetByNameOrId(key) ?? null),
      true,
    );
  }

  /** Adds a sheet at the end; InvalidArgument for a bad name, ItemAlreadyExists for a taken one. */
  add(name?: string): WorksheetApi {
    let created: SheetModel | null = null;
    this.queue("add", [name ?? null], () => {
      created = this.context.model.addSheet(name);
    });
    return new WorksheetApi(this.context, () => created);
  }

  getActiveWorksheet(): WorksheetApi {
    return new WorksheetApi(
      this.context,
      this.since("getActiveWorksheet", () => this.context.model.active),
    );
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this.result(
      "getCount",
      [visibleOnly],
      () => this.context.model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }

  getFirst(visibleOnly = false): WorksheetApi {
    return new WorksheetApi(
      this.context,
      this.since("getFirst", () => {
        const sheet = this.context.model.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
        if (!sheet) throw excelError("ItemNotFound");
        return sheet;
      }),
    );
  }
}

defineExcelClass(WorksheetCollectionApi, {
  name: "WorksheetCollection",
  since: "1.1",
  methods: {
    getItem: "1.1",
    getItemOrNullObject: "1.4",
    add: "1.1",
    getActiveWorksheet: "1.1",
    getCount: "1.4",
    getFirst: "1.5",
  },
});
