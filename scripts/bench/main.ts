import * as path from "path";
import { benchApply } from "./apply";
import { benchBigWorkbook } from "./big-workbook";
import { benchEngine } from "./engine";
import { benchFollowUp } from "./follow-up";
import { benchInspect, largeWorkbookFile } from "./inspect";
import { benchOffice, benchOfficeDetection } from "./office";
import { benchPane } from "./pane";
import { benchUnitFiles } from "./unit-files";

const SEED = path.join(__dirname, "..", "..", "..", "..", "tests", "fixtures", "gia-nghia-2024.pasted.xlsx");

/** `npm run bench` prints the figures; `npm run bench -- --json` prints them as one JSON object. */
async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const file = await largeWorkbookFile();
  const figures: Record<string, unknown> = {
    engineMs: benchEngine(),
    ...(await benchInspect(file)),
    ...(await benchApply(file)),
    ...(await benchOffice(SEED)),
    ...(await benchOfficeDetection(SEED)),
    ...(await benchFollowUp(SEED)),
    ...(await benchPane()),
    ...(await benchUnitFiles(SEED)),
    ...(await benchBigWorkbook()),
  };
  if (json) {
    process.stdout.write(JSON.stringify(figures) + "\n");
    return;
  }
  for (const [name, value] of Object.entries(figures)) {
    process.stdout.write(`${name.padEnd(22)} ${typeof value === "object" ? JSON.stringify(value) : value}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`benchmark failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
