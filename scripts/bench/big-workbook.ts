import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cellCountAbove } from "../../src/xlsx/cell-count";
import { round } from "./measure";

const SEED = path.join(__dirname, "..", "..", "..", "..", "tests", "fixtures", "gia-nghia-2024.pasted.xlsx");
/** The unrelated sheet: 50,000 rows of 20 cells, text and numbers in turn. */
const ROWS = 50_000;
const COLUMNS = 20;
/** The compiled command line beside this file in build/bench. */
const CLI_MAIN = path.join(__dirname, "..", "..", "src", "cli", "main.js");

/** The sample plan with a sheet of a million cells that has nothing to do with it, as a unit's data export would. */
async function bigWorkbookFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SEED);
  const ws = wb.addWorksheet("Dữ liệu");
  for (let r = 1; r <= ROWS; r++)
    ws.addRow(Array.from({ length: COLUMNS }, (_, c) => (c % 2 ? r * c : `mã ${r}-${c}`)));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "par-index-bench-")), "plan-1m-cells.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * One command in a process of its own, so that its peak memory is its alone: wall time and peak resident MB. The
 * unrelated sheet is set aside (src/xlsx/open-workbook.ts): the command must succeed (status 0).
 */
function timed(argv: readonly string[]): { ms: number; peakMB: number } {
  const script = `require(${JSON.stringify(CLI_MAIN)}).run(${JSON.stringify(argv)}, {
    out: () => undefined, err: (t) => process.stderr.write(t), env: {},
  }).then((code) => { process.stdout.write(String(process.resourceUsage().maxRSS)); process.exitCode = code; });`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${argv[0]} failed on the workbook: ${child.stderr}`);
  return { ms: round(ms), peakMB: round(Number(child.stdout) / 1024) };
}

/** `inspect` and `apply` on a plan workbook that also holds a large unrelated sheet, each once. */
export async function benchBigWorkbook(): Promise<{
  bigWorkbook: { inspectMs: number; applyMs: number; peakMB: number };
}> {
  const file = await bigWorkbookFile();
  const inspect = timed(["inspect", file, "--json"]);
  const output = path.join(path.dirname(file), "out.xlsx");
  const apply = timed(["apply", file, "-o", output]);
  // The unrelated sheet is put back whole: apply's output holds every cell of it.
  const written = cellCountAbove(fs.readFileSync(output), 0) ?? 0;
  if (written < ROWS * COLUMNS)
    throw new Error(`apply wrote ${written} cells, fewer than the sheet's ${ROWS * COLUMNS}`);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { bigWorkbook: { inspectMs: inspect.ms, applyMs: apply.ms, peakMB: Math.max(inspect.peakMB, apply.peakMB) } };
}
