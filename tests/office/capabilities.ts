import { PAYLOAD_BUDGET_BYTES } from "../../src/office/request-size";
import { Capabilities } from "../../src/office/requirements";

/** An Excel with every requirement set the adapter asks about, under the add-in's own request budget. */
export const ALL_CAPABILITIES: Capabilities = {
  mergedAreas: true,
  payloadLimitBytes: PAYLOAD_BUDGET_BYTES,
  pageLayout: true,
  cellProperties: true,
  dataValidation: true,
  createWorkbook: true,
  selectedRanges: true,
  ruleAreas: true,
  cultureInfo: true,
};
