/** Excel.RangeAreas (as returned by getMergedAreasOrNullObject) and Excel.RangeCollection. */
import { qualifiedAddress, type Rect } from "../address";
import type { SheetModel } from "../model/sheet";
import { ClientObject, CollectionObject, TargetObject, type ScalarReaders } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { RangeApi } from "./range";

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

export class RangeCollectionApi extends CollectionObject<Rect, RangeApi> {
  constructor(private readonly owner: RangeAreasApi) {
    super(owner.context);
  }
  protected get typeName(): string {
    return "RangeCollection";
  }
  protected currentItems(): Rect[] {
    return [...this.owner.target().rects];
  }
  protected itemProxy(rect: Rect): RangeApi {
    const sheet = this.owner.target().sheet;
    return new RangeApi(this.context, () => ({ sheet, rect }));
  }
}

export class RangeAreasApi extends TargetObject<AreasTarget> {
  readonly areas: RangeCollectionApi = new RangeCollectionApi(this);

  constructor(context: MemoryRequestContext, locate: () => AreasTarget | null) {
    super(context, locate, true);
  }
  protected get typeName(): string {
    return "RangeAreas";
  }
  protected override scalars(): ScalarReaders {
    return {
      address: () => {
        const { sheet, rects } = this.target();
        return rects.map((r) => qualifiedAddress(sheet.name, r)).join(",");
      },
      areaCount: () => this.target().rects.length,
    };
  }
  protected override navigations(): Record<string, ClientObject> {
    return { areas: this.areas };
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}
