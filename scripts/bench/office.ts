import { readWorkbookCells } from "../../src/xlsx/read";
import { SheetCells } from "../../src/core/cells";
import { analyzeWithState } from "../../src/core/analyze-with-state";
import { installExcelGlobals, MemoryWorkbook, SheetSpec } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { buildLargePlanCells } from "../../tests/fixtures/large-plan";
import { specOf } from "../../tests/office/workbooks";
import { LARGE } from "./inspect";
import { timeInTurn } from "./measure";

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

/** The unrelated sheet of the detection's figure: 50,000 rows of 20 numbers, a million cells. */
function bigDataSheet(): SheetSpec {
  const cells = Array.from({ length: 50_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c));
  return { name: "Dữ liệu", cells };
}

interface DetectionFigures {
  readonly syncs: number;
  /** Every response of the read, added up: what Excel sends the pane. */
  readonly responseBytes: number;
  readonly ms: number;
}

/**
 * The pane's search for the table in every sheet (snapshot "all", then the engine), on the seed plan alone and with a
 * million-cell unrelated sheet before it: syncs, bytes of the responses, and time (median of 5 in turn).
 */
export async function benchOfficeDetection(seedFile: string): Promise<{ detection: Record<string, DetectionFigures> }> {
  const seed = (await readWorkbookCells(seedFile)).map((s) => specOf(s));
  const workbooks = {
    seed: MemoryWorkbook.fromSheets(seed),
    bigSheet: MemoryWorkbook.fromSheets([bigDataSheet(), ...seed]),
  };
  const counts = new Map<string, { syncs: number; responseBytes: number }>();
  const detect = (key: keyof typeof workbooks) => async () => {
    const globals = installExcelGlobals(workbooks[key]);
    try {
      const snapshot = await createOfficeHost().snapshot({ kind: "all" });
      if (!analyzeWithState(snapshot.sheets, snapshot.sheetNames, snapshot.state).ok) throw new Error("no table found");
      const context = globals.contexts[globals.contexts.length - 1];
      counts.set(key, {
        syncs: context.syncCount,
        responseBytes: context.syncResponseBytes.reduce((a, b) => a + b, 0),
      });
    } finally {
      globals.uninstall();
    }
  };
  const ms = await timeInTurn(5, { seed: detect("seed"), bigSheet: detect("bigSheet") });
  const figures = (key: keyof typeof workbooks) => ({ ...counts.get(key)!, ms: ms[key] });
  return { detection: { seed: figures("seed"), bigSheet: figures("bigSheet") } };
}
