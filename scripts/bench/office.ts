import { readWorkbookCells } from "../../src/xlsx/read";
import { SheetCells } from "../../src/core/cells";
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { buildLargePlanCells } from "../../tests/fixtures/large-plan";
import { specOf } from "../../tests/office/workbooks";
import { LARGE } from "./inspect";

function workbookOf(sheets: readonly SheetCells[]): MemoryWorkbook {
  return MemoryWorkbook.fromSheets(sheets.map((s) => specOf(s)));
}

/** Syncs and estimated request bytes of a full run (all four operations) in the in-memory Excel. */
async function measure(wb: MemoryWorkbook, sheet: string): Promise<{ syncs: number; requestBytes: number }> {
  const globals = installExcelGlobals(wb);
  try {
    const host = createOfficeHost();
    await host.apply({
      sheet,
      operations: new Set(["subtotals", "highlights", "assignments", "summary"]),
      language: "vi",
      expectedGenerated: [],
    });
    const context = globals.contexts[globals.contexts.length - 1];
    return { syncs: context.syncCount, requestBytes: context.requestBytes };
  } finally {
    globals.uninstall();
  }
}

export async function benchOffice(
  seedFile: string,
): Promise<{ syncs: Record<string, number>; requestBytes: Record<string, number> }> {
  const seed = await measure(workbookOf(await readWorkbookCells(seedFile)), "Phụ lục");
  const large = await measure(workbookOf([buildLargePlanCells(LARGE)]), "Phụ lục");
  return {
    syncs: { seed: seed.syncs, large: large.syncs },
    requestBytes: { seed: seed.requestBytes, large: large.requestBytes },
  };
}
