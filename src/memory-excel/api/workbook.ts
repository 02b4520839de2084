/** Excel.Workbook: context.workbook. */
import { excelError } from "../excel-api-error";
import { ClientObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { DocumentPropertiesApi } from "./custom-properties";
import { RangeApi } from "./range";
import { RangeAreasApi } from "./range-areas";
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

  /**
   * ExcelApi 1.1: the selected range; "if there are multiple ranges selected, this method will throw an error"
   * (Office.js type definitions). The error's code is not documented: InvalidSelection is the ErrorCodes member that
   * fits.
   */
  getSelectedRange(): RangeApi {
    return new RangeApi(this.context, () => {
      const { active, selectedAreas } = this.context.model;
      if (selectedAreas.length > 1) throw excelError("InvalidSelection", "The selection has several areas.");
      return { sheet: active, rect: selectedAreas[0] };
    });
  }

  /** ExcelApi 1.9: every selected area, as RangeAreas. */
  getSelectedRanges(): RangeAreasApi {
    return new RangeAreasApi(this.context, () => ({
      sheet: this.context.model.active,
      rects: this.context.model.selectedAreas,
    }));
  }

  getActiveCell(): RangeApi {
    return new RangeApi(this.context, () => {
      const { top, left } = this.context.model.selection;
      return { sheet: this.context.model.active, rect: { top, left, bottom: top, right: left } };
    });
  }
}
