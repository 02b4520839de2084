/**
 * The playground's sample: the seed table as pasted from Word, as in-memory Excel sheets. The browser cannot run
 * ExcelJS, so the sheets are kept as JSON next to the playground and regenerated from the .xlsx by
 * `node scripts/make-sample.js`; a test checks the two never drift apart.
 */
import * as path from "path";
import { readWorkbookCells } from "../src/xlsx/read";
import { specOf } from "../tests/office/workbooks";

const ROOT = path.join(__dirname, "..");
export const SAMPLE_XLSX = path.join(ROOT, "tests", "fixtures", "gia-nghia-2024.pasted.xlsx");
export const SAMPLE_JSON = path.join(ROOT, "src", "playground", "sample-plan.json");

/** The JSON text of every sheet of the sample workbook, as `MemoryWorkbook.fromSheets` takes them. */
export async function samplePlanJson(): Promise<string> {
  const sheets = await readWorkbookCells(SAMPLE_XLSX);
  return (
    JSON.stringify(
      sheets.map((sheet) => specOf(sheet)),
      null,
      1,
    ) + "\n"
  );
}
