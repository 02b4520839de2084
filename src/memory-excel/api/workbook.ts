/** Excel.Workbook: context.workbook. */
import { ClientObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { DocumentPropertiesApi } from "./custom-properties";
import { RangeApi } from "./range";
import { WorksheetCollectionApi } from "./worksheets";

export class WorkbookApi extends ClientObject {
  readonly worksheets: WorksheetCollectionApi;
  readonly properties: DocumentPropertiesApi;

  constructor(context: MemoryRequestContext) {
    super(context);
    this.worksheets = new WorksheetCollectionApi(context);
    this.properties = new DocumentPropertiesApi(context);
  }

  protected get typeName(): string {
    return "Workbook";
  }

  protected override navigations(): Record<string, ClientObject> {
    return { worksheets: this.worksheets, properties: this.properties };
  }

  getSelectedRange(): RangeApi {
    return new RangeApi(this.context, () => ({ sheet: this.context.model.active, rect: this.context.model.selection }));
  }

  getActiveCell(): RangeApi {
    return new RangeApi(this.context, () => {
      const { top, left } = this.context.model.selection;
      return { sheet: this.context.model.active, rect: { top, left, bottom: top, right: left } };
    });
  }
}
