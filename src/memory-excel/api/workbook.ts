/** Excel.Workbook: context.workbook. */
import { excelError } from "../excel-api-error";
import { ClientObject } from "../proxy/client-object";
import type { MemoryRequestContext } from "../proxy/context";
import { defineExcelClass } from "../proxy/members";
import { FunctionsApi } from "./functions";
import { RangeApi } from "./range";
import { RangeAreasApi } from "./range-areas";
import { WorksheetCollectionApi } from "./worksheets";

export class WorkbookApi extends ClientObject {
  readonly worksheets: WorksheetCollectionApi;
  readonly functions: FunctionsApi;

  constructor(context: MemoryRequestContext) {
    super(context);
    this.worksheets = new WorksheetCollectionApi(context);
    this.functions = new FunctionsApi(context);
  }

  /**
   * ExcelApi 1.1: the selected range; "if there are multiple ranges selected, this method will throw an error"
   * (Office.js type definitions). The error's code is not documented: InvalidSelection is the ErrorCodes member that
   * fits.
   */
  getSelectedRange(): RangeApi {
    return new RangeApi(
      this.context,
      this.since("getSelectedRange", () => {
        const { active, selectedAreas } = this.context.model;
        this.assertCellsSelected();
        if (selectedAreas.length > 1) throw excelError("InvalidSelection", "The selection has several areas.");
        return { sheet: active, rect: selectedAreas[0] };
      }),
    );
  }

  /** ExcelApi 1.9: every selected area, as RangeAreas. */
  getSelectedRanges(): RangeAreasApi {
    return new RangeAreasApi(
      this.context,
      this.since("getSelectedRanges", () => {
        this.assertCellsSelected();
        return { sheet: this.context.model.active, rects: this.context.model.selectedAreas };
      }),
    );
  }

  /**
   * With a chart (or a shape, a picture) selected, getSelectedRange and getSelectedRanges fail with InvalidSelection,
   * by design (OfficeDev/office-js issues #2268 and #8).
   */
  private assertCellsSelected(): void {
    if (!this.context.model.cellsSelected) throw excelError("InvalidSelection", "The selection is not cells.");
  }

  getActiveCell(): RangeApi {
    return new RangeApi(
      this.context,
      this.since("getActiveCell", () => {
        const { top, left } = this.context.model.selection;
        return { sheet: this.context.model.active, rect: { top, left, bottom: top, right: left } };
      }),
    );
  }
}

defineExcelClass(WorkbookApi, {
  name: "Workbook",
  since: "1.1",
  navigations: { worksheets: "1.1", functions: "1.2" },
  properties: { name: { since: "1.7", read: (wb) => wb.context.model.fileName } },
  methods: { getSelectedRange: "1.1", getSelectedRanges: "1.9", getActiveCell: "1.7" },
});
