import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { buildLargePlanWorkbook } from "../../tests/fixtures/large-plan";
import { round, timeInTurn } from "./measure";

export const LARGE = 3_000;

/** Writes the large plan to a temporary .xlsx once, for the file benchmarks. */
export async function largeWorkbookFile(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "par-index-bench-")), `plan-${LARGE}.xlsx`);
  await buildLargePlanWorkbook(LARGE).xlsx.writeFile(file);
  return file;
}

const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(t), env: {} };

/** `par-index inspect --json` against ExcelJS's own read of the same file. */
export async function benchInspect(
  file: string,
): Promise<{ inspectMs: number; exceljsReadMs: number; inspectRatio: number }> {
  const { exceljsReadMs, inspectMs } = await timeInTurn(7, {
    exceljsReadMs: () => new ExcelJS.Workbook().xlsx.readFile(file),
    inspectMs: async () => {
      if ((await run(["inspect", file, "--json"], quiet)) !== 0) throw new Error("inspect failed in the benchmark");
    },
  });
  return { inspectMs, exceljsReadMs, inspectRatio: round(inspectMs / exceljsReadMs) };
}
