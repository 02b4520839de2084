import { PAYLOAD_BUDGET_BYTES } from "./request-size";

/** What the running Excel can do, asked once; the manifest only promises ExcelApi 1.7. */
export interface Capabilities {
  /** ExcelApi 1.6: conditional formats (else cell fills). */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.6: formulas are not recalculated between our writes. */
  readonly suspendCalculation: boolean;
  /** ExcelApi 1.13: merged areas can be read. */
  readonly mergedAreas: boolean;
  /** The largest request to send, or response to ask for, in one sync (Excel on the web refuses more than 5 MB). */
  readonly payloadLimitBytes: number;
  /** ExcelApi 1.9: paper, orientation and print titles. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.7: Worksheet.onChanged, so the pane can follow the table. */
  readonly changeEvents: boolean;
  /** ExcelApi 1.9: cell properties, the one batched way to read each cell's hyperlink. */
  readonly cellProperties: boolean;
  /** ExcelApi 1.8: data validation (the deadline's date, the status's drop-down list). */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: Excel.createWorkbook, which opens the files sent to units as new workbooks. */
  readonly createWorkbook: boolean;
  /** ExcelApi 1.9: Workbook.getSelectedRanges, which reads a multi-area selection (getSelectedRange refuses one). */
  readonly selectedRanges: boolean;
  /** ExcelApi 1.11: Application.cultureInfo, the separators Excel writes numbers with. */
  readonly cultureInfo: boolean;
}

export function detectCapabilities(): Capabilities {
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    conditionalFormats: supports("1.6"),
    suspendCalculation: supports("1.6"),
    mergedAreas: supports("1.13"),
    pageLayout: supports("1.9"),
    cellProperties: supports("1.9"),
    changeEvents: supports("1.7"),
    dataValidation: supports("1.8"),
    createWorkbook: supports("1.8"),
    cultureInfo: supports("1.11"),
    selectedRanges: supports("1.9"),
    payloadLimitBytes: PAYLOAD_BUDGET_BYTES,
  };
}
