/** Excel.RangeView (getVisibleView): the visible cells of a range, without its hidden rows and columns. */
import { qualifiedAddress, type Rect } from "../address";
import type { SheetModel } from "../model/sheet";
import { TargetObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { defineExcelClass } from "../proxy/members";

interface ViewTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class RangeViewApi extends TargetObject<ViewTarget> {
  constructor(context: MemoryRequestContext, locate: () => ViewTarget | null) {
    super(context, locate);
  }
  /** @internal */
  visible(): { sheet: SheetModel; rows: number[]; columns: number[] } {
    const { sheet, rect } = this.target();
    const rows: number[] = [];
    const columns: number[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
    for (let c = rect.left; c <= rect.right; c++) if (!sheet.hiddenColumns.has(c)) columns.push(c);
    return { sheet, rows, columns };
  }
}

defineExcelClass(RangeViewApi, {
  name: "RangeView",
  since: "1.3",
  properties: {
    cellAddresses: {
      since: "1.3",
      read: (view) => {
        const { sheet, rows, columns } = view.visible();
        return rows.map((r) =>
          columns.map((c) => qualifiedAddress(sheet.name, { top: r, bottom: r, left: c, right: c })),
        );
      },
    },
    rowCount: { since: "1.3", read: (view) => view.visible().rows.length },
    columnCount: { since: "1.3", read: (view) => view.visible().columns.length },
  },
});
