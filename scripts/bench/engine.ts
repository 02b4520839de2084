import { analyzeWorkbook } from "../../src/core/analyze";
import { buildLargePlanCells } from "../../tests/fixtures/large-plan";
import { timeSync } from "./measure";

export const ENGINE_SIZES = [100, 1_000, 10_000] as const;

/** The engine alone, cells already in memory: milliseconds per plan size. */
export function benchEngine(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of ENGINE_SIZES) {
    const cells = [buildLargePlanCells(n)];
    const runs = n >= 10_000 ? 7 : 21;
    out[String(n)] = timeSync(runs, () => {
      const result = analyzeWorkbook(cells);
      if (!result.ok || result.plan.criteria.length < n) throw new Error(`engine bench: plan of ${n} not recognised`);
    });
  }
  return out;
}
