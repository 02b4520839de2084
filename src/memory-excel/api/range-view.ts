/** Excel.RangeView (getVisibleView): the visible cells of a range, without its hidden rows and columns. */
import { qualifiedAddress, type Rect } from "../address";
import type { SheetModel } from "../model/sheet";
import { TargetObject, type ScalarReaders } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";

interface ViewTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class RangeViewApi extends TargetObject<ViewTarget> {
  constructor(context: MemoryRequestContext, locate: () => ViewTarget | null) {
    super(context, locate);
  }
  protected get typeName(): string {
    return "RangeView";
  }
  private visible(): { sheet: SheetModel; rows: number[]; columns: number[] } {
    const { sheet, rect } = this.target();
    const rows: number[] = [];
    const columns: number[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
    for (let c = rect.left; c <= rect.right; c++) if (!sheet.hiddenColumns.has(c)) columns.push(c);
    return { sheet, rows, columns };
  }
  protected override scalars(): ScalarReaders {
    return {
      cellAddresses: () => {
        const { sheet, rows, columns } = this.visible();
        return rows.map((r) =>
          columns.map((c) => qualifiedAddress(sheet.name, { top: r, bottom: r, left: c, right: c })),
        );
      },
      rowCount: () => this.visible().rows.length,
      columnCount: () => this.visible().columns.length,
    };
  }
  get cellAddresses(): string[][] {
    return this.read("cellAddresses");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
}
