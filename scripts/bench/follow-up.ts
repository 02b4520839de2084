/** The follow-up view's read in the in-memory Excel: every assignment sheet read and counted, for the seed and 3,000 criteria. */
import { readWorkbookCells } from "../../src/xlsx/read";
import { SheetCells } from "../../src/core/cells";
import { isoOfLocalDay } from "../../src/core/progress/dates";
import { progressReport } from "../../src/core/progress/status";
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { buildLargePlanCells } from "../../tests/fixtures/large-plan";
import { specOf } from "../../tests/office/workbooks";
import { LARGE } from "./inspect";
import { timeInTurn } from "./measure";

/** After a full run made the assignment sheets: the view's read (Office.js) and its count (the core), timed together. */
async function measure(sheets: readonly SheetCells[]): Promise<{ ms: number; syncs: number }> {
  const wb = MemoryWorkbook.fromSheets(sheets.map((s) => specOf(s)));
  const globals = installExcelGlobals(wb);
  try {
    const host = createOfficeHost();
    await host.apply({
      sheet: "Phụ lục",
      operations: new Set(["subtotals", "highlights", "assignments", "summary"]),
      language: "vi",
      expectedGenerated: [],
    });
    const followUp = async () => progressReport({ asOf: isoOfLocalDay(new Date()), ...(await host.readProgress()) });
    const { ms } = await timeInTurn(5, { ms: followUp });
    return { ms, syncs: globals.contexts[globals.contexts.length - 1].syncCount };
  } finally {
    globals.uninstall();
  }
}

export async function benchFollowUp(
  seedFile: string,
): Promise<{ followUpMs: Record<string, number>; followUpSyncs: Record<string, number> }> {
  const seed = await measure(await readWorkbookCells(seedFile));
  const large = await measure([buildLargePlanCells(LARGE)]);
  return { followUpMs: { seed: seed.ms, large: large.ms }, followUpSyncs: { seed: seed.syncs, large: large.syncs } };
}
