/**
 * Excel.WorksheetProtection (ExcelApi 1.2; protect() fails on a protected sheet, as the type definitions say),
 * Excel.WorksheetFreezePanes (1.7) and Excel.PageLayout (1.9) of a worksheet.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { excelError } from "../excel-api-error";
import { ClientObject } from "../proxy/client-object";
import { defineExcelClass } from "../proxy/members";
import type { RangeApi } from "./range";
import { rectOnSheet } from "./range-target";
import type { WorksheetApi } from "./worksheet";

abstract class SheetPart extends ClientObject {
  constructor(readonly sheet: WorksheetApi) {
    super(sheet.context);
  }

  /** A Range argument or an address on this sheet, as a rectangle (at sync time). */
  protected rectOf(range: RangeApi | string): Rect {
    return typeof range === "string" ? rectOnSheet(this.sheet.target(), range) : range.target().rect;
  }
}

export class WorksheetProtectionApi extends SheetPart {
  /** Fails if the sheet is already protected, as Excel's does. Options are accepted and ignored. */
  protect(options?: object, password?: string): void {
    this.queue("protect", [options ?? null, password === undefined ? null : "***"], () => {
      const sheet = this.sheet.target();
      if (sheet.protection.protected) throw excelError("InvalidOperation", "The worksheet is already protected.");
      sheet.protection = { protected: true, password };
    });
  }
  unprotect(password?: string): void {
    this.queue("unprotect", [password === undefined ? null : "***"], () => {
      const sheet = this.sheet.target();
      if (sheet.protection.password && sheet.protection.password !== password) {
        throw excelError("InvalidArgument", "The password is incorrect.");
      }
      sheet.protection = { protected: false };
    });
  }
}

defineExcelClass(WorksheetProtectionApi, {
  name: "WorksheetProtection",
  since: "1.2",
  properties: { protected: { since: "1.2", read: (part) => part.sheet.target().protection.protected } },
  methods: { protect: "1.2", unprotect: "1.2" },
});

export class WorksheetFreezePanesApi extends SheetPart {
  private freeze(action: string, args: unknown, panes: () => { rows: number; columns: number }): void {
    this.queue(action, args, () => {
      this.sheet.target().freeze = panes();
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => ({ rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => ({ rows: 0, columns: count }));
  }
  /** The given cells become the frozen top-left pane. */
  freezeAt(frozenRange: RangeApi | string): void {
    this.freeze("freezeAt", [frozenRange], () => {
      const r = this.rectOf(frozenRange);
      const wholeRows = r.left === 0 && r.right === MAX_COLUMNS - 1;
      const wholeColumns = r.top === 0 && r.bottom === MAX_ROWS - 1;
      return { rows: wholeColumns ? 0 : r.bottom + 1, columns: wholeRows ? 0 : r.right + 1 };
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", null, () => ({ rows: 0, columns: 0 }));
  }
  getLocationOrNullObject(): RangeApi {
    return this.sheet.rangeAt(
      this.since("getLocationOrNullObject", (sheet) => {
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        return {
          top: 0,
          left: 0,
          bottom: rows === 0 ? MAX_ROWS - 1 : rows - 1,
          right: columns === 0 ? MAX_COLUMNS - 1 : columns - 1,
        };
      }),
      true,
    );
  }
}

defineExcelClass(WorksheetFreezePanesApi, {
  name: "WorksheetFreezePanes",
  since: "1.7",
  methods: {
    freezeRows: "1.7",
    freezeColumns: "1.7",
    freezeAt: "1.7",
    unfreeze: "1.7",
    getLocationOrNullObject: "1.7",
  },
});

const ORIENTATIONS = ["Portrait", "Landscape"];

export class PageLayoutApi extends SheetPart {
  /** Rows repeated at the top of each printed page, e.g. "$1:$2". */
  setPrintTitleRows(rows: RangeApi | string): void {
    this.queue("setPrintTitleRows", [rows], () => {
      const r = this.rectOf(rows);
      this.sheet.target().pageLayout.printTitleRows = { top: r.top, bottom: r.bottom, left: 0, right: MAX_COLUMNS - 1 };
    });
  }
  getPrintTitleRowsOrNullObject(): RangeApi {
    return this.sheet.rangeAt(
      this.since("getPrintTitleRowsOrNullObject", (sheet) => sheet.pageLayout.printTitleRows),
      true,
    );
  }
}

defineExcelClass(PageLayoutApi, {
  name: "PageLayout",
  since: "1.9",
  properties: {
    orientation: {
      since: "1.9",
      read: (layout) => layout.sheet.target().pageLayout.orientation,
      write: (layout, orientation: string) => {
        if (!ORIENTATIONS.includes(orientation))
          throw excelError("InvalidArgument", `Invalid orientation '${orientation}'.`);
        layout.sheet.target().pageLayout.orientation = orientation;
      },
    },
    paperSize: {
      since: "1.9",
      read: (layout) => layout.sheet.target().pageLayout.paperSize,
      write: (layout, size: string) => {
        layout.sheet.target().pageLayout.paperSize = String(size);
      },
    },
  },
  methods: { setPrintTitleRows: "1.9", getPrintTitleRowsOrNullObject: "1.9" },
});
