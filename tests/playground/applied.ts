import { installExcelGlobals, MemoryWorkbook, SheetSpec } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import sample from "../../src/playground/sample-plan.json";

/** The sample's table sheet. */
export const SHEET = "Phụ lục";

/** The playground's sample workbook after the pane's "apply" with every operation, through the Office.js adapter. */
export async function appliedSample(): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.fromSheets(sample as readonly SheetSpec[]);
  const globals = installExcelGlobals(wb);
  try {
    await createOfficeHost().apply({
      sheet: SHEET,
      operations: new Set(["subtotals", "highlights", "assignments", "summary"] as const),
      language: "vi",
      expectedGenerated: [],
    });
  } finally {
    globals.uninstall();
  }
  return wb;
}
