/**
 * Issue 10 item 10, the add-in: a workbook that also holds a large unrelated sheet. Looking for the table reads
 * such a sheet only as far as the header search reaches (its rows down to HEADER_SEARCH_ROWS below its first
 * value), and the whole of it only when a plan's header is there.
 */
import { analyzeWithState } from "../../src/core/analyze-with-state";
import { HEADER_SEARCH_ROWS } from "../../src/core/header";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, SheetSpec } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { readWorkbookCells } from "../../src/xlsx/read";
import { FIXTURES, specOf } from "./workbooks";
import { STATE_SHEET } from "../../src/core/edits";
import { apply, tempDir } from "../xlsx-apply/helpers";
import * as path from "path";

const SEED = "Phụ lục";
const DATA = "Dữ liệu";
const COLUMNS = 20;

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** A data sheet of numbers, `rows` × COLUMNS, its first value in B3 (a title row's gap above it). */
function dataSheet(rows: number): SheetSpec {
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => r * COLUMNS + c));
  return { name: DATA, origin: "B3", cells };
}

const LARGE_ROWS = 6_000;

/** A table's cells made large in one block of content: numbers to the right of it, LARGE_ROWS rows of COLUMNS more
 * columns (over 100,000 cells). */
function madeLarge(table: NonNullable<SheetSpec["cells"]>): NonNullable<SheetSpec["cells"]> {
  const width = Math.max(...table.map((row) => row.length)) + 1;
  return Array.from({ length: LARGE_ROWS }, (_, r) => [
    ...Array.from({ length: width }, (_, c) => table[r]?.[c] ?? null),
    ...Array.from({ length: COLUMNS }, (_, c) => r + c),
  ]);
}

/** The seed plan, with the data sheet first in tab order (and so active) when there is one. */
async function workbook(rows: number | null): Promise<MemoryWorkbook> {
  const seed = (await readWorkbookCells(path.join(FIXTURES, "gia-nghia-2024.pasted.xlsx"))).map((s) => specOf(s));
  return MemoryWorkbook.fromSheets(rows === null ? seed : [dataSheet(rows), ...seed]);
}

/** Looks for the table in every sheet: what was read, the table found, the syncs and the bytes of the responses. */
async function lookEverywhere(wb: MemoryWorkbook) {
  globals?.uninstall();
  globals = installExcelGlobals(wb);
  const snapshot = await createOfficeHost().snapshot({ kind: "all" });
  const context = globals.contexts[globals.contexts.length - 1];
  const result = analyzeWithState(snapshot.sheets, snapshot.sheetNames, snapshot.state);
  return {
    snapshot,
    plan: result.ok ? result.plan : null,
    syncs: context.syncCount,
    responseBytes: context.syncResponseBytes.reduce((a, b) => a + b, 0),
  };
}

describe("a workbook with a large unrelated sheet, the table on another", () => {
  it("finds the table in as many syncs as without that sheet, reading the same bytes whatever the sheet's size", async () => {
    const alone = await lookEverywhere(await workbook(null));
    const smaller = await lookEverywhere(await workbook(10_000));
    const larger = await lookEverywhere(await workbook(50_000));
    expect(alone.plan?.layout.sheet).toBe(SEED);
    for (const run of [smaller, larger]) {
      expect(run.plan?.layout.sheet).toBe(SEED);
      expect(run.plan?.criteria).toEqual(alone.plan?.criteria);
      expect(run.syncs).toBe(alone.syncs);
      // Its rows down to the header search's reach below its first value, every column.
      const data = run.snapshot.sheets.find((s) => s.name === DATA)!;
      expect([data.top, data.left, data.values.length]).toEqual([3, 2, HEADER_SEARCH_ROWS + 1]);
      expect(data.values[HEADER_SEARCH_ROWS]).toHaveLength(COLUMNS);
    }
    // 800,000 cells more cost a few bytes: the layout probes' answers (the block's last row, a band more holding it);
    // the cells read are the same.
    expect(larger.responseBytes - smaller.responseBytes).toBeLessThan(200);
    expect(larger.snapshot.sheets).toEqual(smaller.snapshot.sheets);
  });

  it("reads a large sheet whole when its top holds a plan's header, after its top", async () => {
    const seed = (await readWorkbookCells(path.join(FIXTURES, "gia-nghia-2024.pasted.xlsx"))).map((s) => specOf(s));
    const plan = seed.find((s) => s.name === SEED)!;
    // The plan's sheet made large by numbers to the right of its table, in the same block of content.
    const cells = madeLarge(plan.cells!);
    const large = await lookEverywhere(MemoryWorkbook.fromSheets([{ ...plan, cells }]));
    const alone = await lookEverywhere(MemoryWorkbook.fromSheets([plan]));
    expect(large.plan?.criteria).toEqual(alone.plan?.criteria);
    expect(large.snapshot.sheets[0].values).toHaveLength(LARGE_ROWS);
    expect(large.syncs).toBeGreaterThan(alone.syncs);
  });

  it("reads the applied table's sheet whole when it is large, the state naming it, beside sheets read once", async () => {
    const dir = tempDir();
    const applied = path.join(dir, "ke-hoach.xlsx");
    await apply(path.join(FIXTURES, "gia-nghia-2024.pasted.xlsx"), applied);
    const sheets = (await readWorkbookCells(applied)).map((s) =>
      specOf(s, s.name === STATE_SHEET ? { visibility: "VeryHidden" } : {}),
    );
    const plan = sheets.find((s) => s.name === SEED)!;
    const cells = madeLarge(plan.cells!);
    const large = await lookEverywhere(
      MemoryWorkbook.fromSheets(sheets.map((s) => (s === plan ? { ...plan, cells } : s))),
    );
    expect(large.snapshot.state).not.toBeNull();
    expect(sheets.length).toBeGreaterThan(2);
    expect(large.snapshot.sheets.find((s) => s.name === SEED)!.values).toHaveLength(LARGE_ROWS);
    expect(large.plan?.layout.sheet).toBe(SEED);
  });
});
