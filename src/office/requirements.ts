import { PAYLOAD_BUDGET_BYTES } from "./request-size";

/**
 * What the running Excel can do beyond ExcelApi 1.7, asked once. The manifest asks for 1.7, so everything up to it
 * (conditional formats and suspending calculation, 1.6; Worksheet.onChanged, 1.7) is there on every host that loads
 * the add-in and is not asked about.
 */
export interface Capabilities {
  /** ExcelApi 1.13: merged areas can be read. */
  readonly mergedAreas: boolean;
  /** The largest request to send, or response to ask for, in one sync (Excel on the web refuses more than 5 MB). */
  readonly payloadLimitBytes: number;
  /** ExcelApi 1.9: paper, orientation and print titles. */
  readonly pageLayout: boolean;
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
  /** ExcelApi 1.9: ConditionalFormat.getRanges and Worksheet.getRanges, a rule's areas where the user split it. */
  readonly ruleAreas: boolean;
}

export function detectCapabilities(): Capabilities {
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    mergedAreas: supports("1.13"),
    pageLayout: supports("1.9"),
    cellProperties: supports("1.9"),
    dataValidation: supports("1.8"),
    createWorkbook: supports("1.8"),
    cultureInfo: supports("1.11"),
    selectedRanges: supports("1.9"),
    ruleAreas: supports("1.9"),
    payloadLimitBytes: PAYLOAD_BUDGET_BYTES,
  };
}
