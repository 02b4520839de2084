import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { writeWorkbookFile } from "../../src/xlsx/write-file";
import { round, timeInTurn } from "./measure";

const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(t), env: {} };

/**
 * `par-index apply` against ExcelJS's own read plus write of the same file, and against the
 * floor for the file apply must produce: ExcelJS reading the input and writing the output the way apply writes it
 * (one sheet per unit makes the output several times the input).
 */
export async function benchApply(file: string): Promise<{
  applyMs: number;
  exceljsReadWriteMs: number;
  applyRatio: number;
  exceljsReadInWriteOutMs: number;
  applyOverFloor: number;
  outputToInputSize: number;
}> {
  const out = path.join(path.dirname(file), "out.xlsx");
  const copy = path.join(path.dirname(file), "copy.xlsx");
  if ((await run(["apply", file, "-o", out], quiet)) !== 0) throw new Error("apply failed in the benchmark");
  const produced = new ExcelJS.Workbook();
  await produced.xlsx.readFile(out);
  const times = await timeInTurn(5, {
    exceljsReadWriteMs: async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      await wb.xlsx.writeFile(copy);
    },
    applyMs: async () => {
      if ((await run(["apply", file, "-o", out], quiet)) !== 0) throw new Error("apply failed in the benchmark");
    },
    // The floor writes the output as apply does, so that it differs from apply only by what apply computes.
    exceljsReadInWriteOutMs: async () => {
      await new ExcelJS.Workbook().xlsx.readFile(file);
      await writeWorkbookFile(produced, copy);
    },
  });
  const { applyMs, exceljsReadWriteMs, exceljsReadInWriteOutMs } = times;
  const outputToInputSize = round(fs.statSync(out).size / fs.statSync(file).size);
  fs.rmSync(copy, { force: true });
  fs.rmSync(out, { force: true });
  return {
    applyMs,
    exceljsReadWriteMs,
    applyRatio: round(applyMs / exceljsReadWriteMs),
    exceljsReadInWriteOutMs,
    applyOverFloor: round(applyMs / exceljsReadInWriteOutMs),
    outputToInputSize,
  };
}
