/**
 * Excel.RangeAreas (as returned by getMergedAreasOrNullObject, Worksheet.getRanges, ConditionalFormat.getRanges)
 * and Excel.RangeCollection, its areas.
 */
import { qualifiedAddress, type Rect } from "../address";
import type { SheetModel } from "../model/sheet";
import { CollectionObject, TargetObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { defineExcelClass } from "../proxy/members";
import { ConditionalFormatCollectionApi } from "./conditional-formats";
import { RangeApi } from "./range";
import { assertEditable } from "./range-target";

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

export class RangeCollectionApi extends CollectionObject<Rect, RangeApi> {
  constructor(private readonly owner: RangeAreasApi) {
    super(owner.context);
  }
  protected currentItems(): Rect[] {
    return [...this.owner.target().rects];
  }
  protected itemProxy(rect: Rect): RangeApi {
    const sheet = this.owner.target().sheet;
    return new RangeApi(this.context, () => ({ sheet, rect }));
  }
}

defineExcelClass(RangeCollectionApi, { name: "RangeCollection", since: "1.9" });

export class RangeAreasApi extends TargetObject<AreasTarget> {
  readonly areas: RangeCollectionApi = new RangeCollectionApi(this);
  readonly conditionalFormats: ConditionalFormatCollectionApi = new ConditionalFormatCollectionApi(this, (editing) => {
    const found = this.target();
    if (editing) assertEditable(found.sheet);
    return found;
  });

  constructor(context: MemoryRequestContext, locate: () => AreasTarget | null) {
    super(context, locate, true);
  }
}

defineExcelClass(RangeAreasApi, {
  name: "RangeAreas",
  since: "1.9",
  properties: {
    address: {
      since: "1.9",
      read: (areas) => {
        const { sheet, rects } = areas.target();
        return rects.map((r) => qualifiedAddress(sheet.name, r)).join(",");
      },
    },
    areaCount: { since: "1.9", read: (areas) => areas.target().rects.length },
  },
  navigations: { areas: "1.9", conditionalFormats: "1.9" },
});
