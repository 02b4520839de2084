import { readWorkbookCells } from "../../src/xlsx/read";
import { SheetCells } from "../../src/core/cells";
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { buildLargePlanCells } from "../../tests/fixtures/large-plan";
import { specOf } from "../../tests/office/workbooks";
import { LARGE } from "./inspect";

/** The larger plan of the Office figures: a district's plan is far smaller, this is what the limits must hold. */
const HUGE = 8_000;
const SHEET = "Phụ lục";

interface RunFigures {
  readonly syncs: number;
  /** The largest request and the largest response of the run's syncs (Excel on the web refuses 5 MB). */
  readonly requestBytes: number;
  readonly responseBytes: number;
}

function workbookOf(sheets: readonly SheetCells[]): MemoryWorkbook {
  return MemoryWorkbook.fromSheets(sheets.map((s) => specOf(s)));
}

/**
 * A full run (all four operations) in the in-memory Excel, then a rerun over what it made: syncs, largest request
 * and largest response of each.
 */
async function firstAndRerun(wb: MemoryWorkbook): Promise<[RunFigures, RunFigures]> {
  const globals = installExcelGlobals(wb);
  try {
    const host = createOfficeHost();
    const run = async (expectedGenerated: readonly string[]) => {
      const outcome = await host.apply({
        sheet: SHEET,
        operations: new Set(["subtotals", "highlights", "assignments", "summary"]),
        language: "vi",
        expectedGenerated,
      });
      const context = globals.contexts[globals.contexts.length - 1];
      const figures: RunFigures = {
        syncs: context.syncCount,
        requestBytes: Math.max(...context.syncRequestBytes),
        responseBytes: Math.max(...context.syncResponseBytes),
      };
      return { figures, created: outcome.created.map((c) => c.name) };
    };
    const first = await run([]);
    const rerun = await run(first.created);
    return [first.figures, rerun.figures];
  } finally {
    globals.uninstall();
  }
}

type Key = "seed" | "large" | "largeRerun" | "huge" | "hugeRerun";

export async function benchOffice(seedFile: string): Promise<Record<keyof RunFigures, Record<Key, number>>> {
  const [seed] = await firstAndRerun(workbookOf(await readWorkbookCells(seedFile)));
  const [large, largeRerun] = await firstAndRerun(workbookOf([buildLargePlanCells(LARGE)]));
  const [huge, hugeRerun] = await firstAndRerun(workbookOf([buildLargePlanCells(HUGE)]));
  const runs: Record<Key, RunFigures> = { seed, large, largeRerun, huge, hugeRerun };
  const figure = (f: keyof RunFigures) =>
    Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, r[f]])) as Record<Key, number>;
  return { syncs: figure("syncs"), requestBytes: figure("requestBytes"), responseBytes: figure("responseBytes") };
}
