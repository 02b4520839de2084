import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
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
  // earlier generated sheets). Measured by a run in the first case, not in beforeAll: mutation testing credits the
  // code a file loads first (apply-run.ts's temporary names) to the test that loads it, and the case at 1, after
  // the new sheets took their names, is the one their names matter to.
  let batch: Promise<{ sync: number; operations: number }> | undefined;
  const measure = async () => {
    const { wb, generated } = await workbook(afterFirstRun);
    const g = installExcelGlobals(wb);
    await createOfficeHost().apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: generated });
    const sync = g.contexts[0].syncCount;
    const operations = g.contexts[0].syncOperations[sync - 1];
    g.uninstall();
    return { sync, operations };
  };

  it.each([1, 0.01, 0.2, 0.4, 0.6, 0.8, 0.9, 0.97, 0.99])(
    "at %p of the batch leaves everything as it was",
    async (at) => {
      const { sync, operations } = await (batch ??= measure());
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

describe("a failure in a rerun's last batch, after the user inserted rows", () => {
  const subtotalsAndHighlights = new Set(["subtotals", "highlights"] as const);
  const rerun = () =>
    createOfficeHost().apply({
      sheet: SHEET,
      operations: subtotalsAndHighlights,
      language: "vi",
      expectedGenerated: [],
    });
  /** A first run, then the user's rows inserted (or none). */
  async function insertedAfterRun(rows: string | null): Promise<MemoryWorkbook> {
    const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
    const g = installExcelGlobals(wb);
    await rerun();
    if (rows)
      await run(wb, async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange(rows).insert("Down");
        await context.sync();
      });
    g.uninstall();
    return wb;
  }
  /**
   * The last sync of a rerun that succeeds, and what each of its operations does: measured once for each case of
   * rows, in the first test that needs it (not in beforeAll: see the measure above).
   */
  const measured = new Map<string | null, Promise<{ sync: number; actions: string[] }>>();
  const lastBatch = (rows: string | null) => {
    if (!measured.has(rows)) measured.set(rows, measureLastBatch(rows));
    return measured.get(rows)!;
  };
  async function measureLastBatch(rows: string | null): Promise<{ sync: number; actions: string[] }> {
    const probe = installExcelGlobals(await insertedAfterRun(rows));
    await rerun();
    const sync = probe.contexts[0].syncCount;
    const actions = probe.contexts[0].syncActions[sync - 1];
    probe.uninstall();
    return { sync, actions };
  }
  async function failingAt(rows: string | null, sync: number, operation: number): Promise<void> {
    const wb = await insertedAfterRun(rows);
    const before = everything(wb);
    globals = installExcelGlobals(wb, { contextOptions: { failAtOperation: { sync, operation } } });
    await expect(rerun()).rejects.toMatchObject({ kind: "excel" });
    expect(everything(wb)).toEqual(before);
  }

  // Row 10 lies in the table and in the legend (J7:J10), which now spans J7:J11, J10 blank.
  it.each([0.99, 1])(
    "in the table and its legend, at %p of the batch: everything as it was, the blank cell without the legend's look",
    async (at) => {
      const { sync, actions } = await lastBatch("10:10");
      await failingAt("10:10", sync, Math.min(actions.length - 1, Math.floor(at * actions.length)));
    },
  );

  // Excel moved the last run's rules and the legend a row down and rewrote the rules' formulas ($D8 is now $D9): a
  // rollback puts back the rules as they stand, not as the last run wrote them. And a rule the batch added but did
  // not finish (its formula, its fill or its font not yet set) goes too.
  describe.each([
    ["a row above the table", "2:2"],
    ["no row", null],
  ])("%s", (_name, rows) => {
    it.each([
      ["at its first operation", null, "first"],
      ["after the first rule taken off", "ConditionalFormat.delete", "first"],
      ["after the first rule added", "ConditionalFormatCollection.add", "first"],
      ["after the first rule's formula", "ConditionalFormatRule.set formula", "first"],
      ["after the first rule's fill", "ConditionalRangeFill.set color", "first"],
      // Every rule there with the formula of one kept, the last without its font.
      ["after the last rule's fill", "ConditionalRangeFill.set color", "last"],
    ] as const)("failing %s: everything as it was", async (_point, after, which) => {
      const { sync, actions } = await lastBatch(rows);
      const index = after === null ? -1 : which === "first" ? actions.indexOf(after) : actions.lastIndexOf(after);
      if (after !== null) expect(index).toBeGreaterThanOrEqual(0);
      await failingAt(rows, sync, index + 1);
    });
  });
});
