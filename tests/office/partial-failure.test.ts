import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { everything, fixtureWorkbook } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";
let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** A workbook as a first run leaves it, or as it was before any run. */
async function workbook(afterFirstRun: boolean): Promise<{ wb: MemoryWorkbook; generated: string[] }> {
  const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  if (!afterFirstRun) return { wb, generated: [] };
  const g = installExcelGlobals(wb);
  const outcome = await createOfficeHost().apply({
    sheet: SHEET,
    operations: ALL,
    language: "vi",
    expectedGenerated: [],
  });
  g.uninstall();
  return { wb, generated: outcome.created.map((c) => c.name) };
}

/**
 * Excel applies a batch in order and stops at the first failing operation, keeping what came before. Wherever in
 * the writing batch that happens, on a first run or a rerun, the workbook ends as it was.
 */
describe.each([
  ["a first run", false],
  ["a rerun", true],
])("a failure in the middle of the writes of %s", (_name, afterFirstRun) => {
  // The writing batch is the run's last sync: the third of a first run, the fourth of a rerun (its third reads the
  // earlier generated sheets).
  let sync = 0;
  let operations = 0;
  beforeAll(async () => {
    const { wb, generated } = await workbook(afterFirstRun);
    const g = installExcelGlobals(wb);
    await createOfficeHost().apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: generated });
    sync = g.contexts[0].syncCount;
    operations = g.contexts[0].syncOperations[sync - 1];
    g.uninstall();
  });

  it.each([0.01, 0.2, 0.4, 0.6, 0.8, 0.9, 0.97, 0.99, 1])(
    "at %p of the batch leaves everything as it was",
    async (at) => {
      const { wb, generated } = await workbook(afterFirstRun);
      const before = everything(wb);
      const operation = Math.min(operations - 1, Math.floor(at * operations));
      globals = installExcelGlobals(wb, { contextOptions: { failAtOperation: { sync, operation } } });
      await expect(
        createOfficeHost().apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: generated }),
      ).rejects.toMatchObject({ kind: "excel" });
      expect(everything(wb)).toEqual(before);
    },
  );
});
