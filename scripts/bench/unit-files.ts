import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { progressRows } from "../../src/core/edits";
import { loadWorkbook } from "../../src/xlsx/load";
import { contentsOf } from "../../src/xlsx/write-cell";
import { buildLargePlanWorkbook } from "../../tests/fixtures/large-plan";
import { timeInTurn } from "./measure";

const quiet = { out: () => undefined, err: () => undefined, env: {} };

/** Sixty lead units, as a district with its communes has. */
const SIXTY_UNITS = Array.from({ length: 60 }, (_, i) => `Trung tâm Dịch vụ số ${i + 1}`);

async function cli(...argv: string[]): Promise<void> {
  if ((await run(argv, quiet)) !== 0) throw new Error(`${argv[0]} failed in the benchmark`);
}

/**
 * `split` of an applied plan into its unit files, and `collect` of all of them back, each unit having typed a status
 * into every criterion it leads. Returns the medians in ms.
 */
async function splitAndCollect(
  plan: string,
  runs: number,
): Promise<{ splitMs: number; collectMs: number; units: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "par-index-bench-units-"));
  const master = path.join(dir, "master.xlsx");
  await cli("apply", plan, "-o", master);
  const sent = path.join(dir, "sent");
  await cli("split", master, "-d", sent);
  const returned: string[] = [];
  for (const name of fs.readdirSync(sent)) {
    const wb = await loadWorkbook(path.join(sent, name));
    const ws = wb.worksheets[0];
    for (const row of progressRows(contentsOf(ws)))
      ws.getCell(row.index + 1, row.columns.get("status")! + 1).value = "Đang thực hiện";
    const file = path.join(dir, `returned-${name}`);
    await wb.xlsx.writeFile(file);
    returned.push(file);
  }
  const times = await timeInTurn(runs, {
    splitMs: () => cli("split", master, "-d", path.join(dir, "again")),
    collectMs: () => cli("collect", master, ...returned, "-o", path.join(dir, "out.xlsx")),
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...times, units: returned.length };
}

/** The send-and-collect cycle on the seed, and on 3,000 criteria led by 60 units. */
export async function benchUnitFiles(seed: string): Promise<{
  unitFilesSeed: { splitMs: number; collectMs: number; units: number };
  unitFiles3000x60: { splitMs: number; collectMs: number; units: number };
}> {
  const large = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "par-index-bench-")), "plan-3000-60.xlsx");
  await buildLargePlanWorkbook(3_000, SIXTY_UNITS).xlsx.writeFile(large);
  return {
    unitFilesSeed: await splitAndCollect(seed, 5),
    unitFiles3000x60: await splitAndCollect(large, 3),
  };
}
