/**
 * What src/office/snapshot.ts reads: the visible sheets when the table is looked for everywhere, the sheet named when
 * one is; and its second read: a sheet of more than LARGE_SHEET_CELLS cells is read at its top while the table is
 * looked for, and whole when that top holds a plan's header. big-sheet.test.ts does that on the seed made large
 * (seconds, and left out of the mutation runs); here the sheet is a small plan and one far note.
 */
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost, SnapshotScope } from "../../src/office";
import { HEADER_SEARCH_ROWS } from "../../src/core/header";
import { LARGE_SHEET_CELLS } from "../../src/core/sheets-needed";
import { buildLargePlanCells } from "../fixtures/large-plan";
import { specOf } from "./workbooks";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

const NOTES = { name: "Ghi chú", cells: [["Họp giao ban"], ["Thứ hai"]] };
/** A plan of 4 criteria from A1. */
const PLAN = specOf(buildLargePlanCells(4)).cells!;

describe("the sheets read", () => {
  // The notes first, so active; the plan; a hidden copy of it and a very hidden one.
  const workbook = () =>
    MemoryWorkbook.fromSheets([
      NOTES,
      { name: "Phụ lục", cells: PLAN },
      { name: "Phụ lục (cũ)", cells: PLAN, visibility: "Hidden" },
      { name: "Lưu", cells: PLAN, visibility: "VeryHidden" },
    ]);

  it("looking for the table everywhere: the visible sheets, not the hidden ones", async () => {
    globals = installExcelGlobals(workbook());
    const snapshot = await createOfficeHost().snapshot({ kind: "all" });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Ghi chú", "Phụ lục"]);
  });

  it("no sheet where the one named is gone", async () => {
    globals = installExcelGlobals(workbook());
    const snapshot = await createOfficeHost().snapshot({ kind: "sheet", sheet: "Phụ lục (2)" });
    expect([snapshot.activeSheet, snapshot.sheets]).toEqual(["Ghi chú", []]);
  });

  it("the sheet named, not the active one", async () => {
    globals = installExcelGlobals(workbook());
    const snapshot = await createOfficeHost().snapshot({ kind: "sheet", sheet: "Phụ lục" });
    expect([snapshot.activeSheet, snapshot.sheets.map((s) => s.name)]).toEqual(["Ghi chú", ["Phụ lục"]]);
  });
});

describe("the sheets read after a run", () => {
  it("looking for the table everywhere leaves our sheets out; the sheet named or active is read though ours", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Phụ lục", cells: PLAN }]);
    globals = installExcelGlobals(wb);
    const host = createOfficeHost();
    const operations = new Set(["summary"] as const);
    const { created } = await host.apply({ sheet: "Phụ lục", operations, language: "vi", expectedGenerated: [] });
    const summary = created[0].name;
    expect(wb.sheetNames()).toContain(summary);
    const names = async (scope: SnapshotScope) => (await host.snapshot(scope)).sheets.map((s) => s.name);
    expect(await names({ kind: "all" })).toEqual(["Phụ lục"]);
    expect(await names({ kind: "sheet", sheet: summary })).toEqual([summary]);
    wb.activate(wb.sheet(summary));
    expect(await names({ kind: "active" })).toEqual([summary]);
  });
});

/** The rows given from A1 and a note in IV400: the part read is A1:IV400, 400 rows of 256 columns. */
function madeLarge(rows: readonly (readonly (string | number | boolean | null)[])[]) {
  const cells = Array.from({ length: 400 }, (_, r) => Array.from({ length: 256 }, (_, c) => rows[r]?.[c] ?? null));
  cells[399][255] = "Ghi chú cuối";
  expect(400 * 256).toBeGreaterThan(LARGE_SHEET_CELLS);
  return cells;
}

describe("a large sheet without a plan", () => {
  it("is read at its top while the table is looked for, everywhere or on it as the active sheet; whole when named", async () => {
    // The large sheet first, so active.
    globals = installExcelGlobals(
      MemoryWorkbook.fromSheets([{ name: "Dữ liệu", cells: madeLarge([["Số liệu"]]) }, NOTES]),
    );
    const host = createOfficeHost();
    const rowsRead = async (scope: SnapshotScope) =>
      (await host.snapshot(scope)).sheets.find((s) => s.name === "Dữ liệu")!.values.length;
    expect(await rowsRead({ kind: "all" })).toBe(HEADER_SEARCH_ROWS + 1);
    expect(await rowsRead({ kind: "active" })).toBe(HEADER_SEARCH_ROWS + 1);
    expect(await rowsRead({ kind: "sheet", sheet: "Dữ liệu" })).toBe(400);
  });
});

describe("looking for the table in every sheet", () => {
  it("reads a large sheet whole when its top holds a plan's header, the other sheets once", async () => {
    // A plan of 4 criteria in A1.
    const cells = madeLarge(PLAN);
    expect(PLAN.length).toBeLessThan(HEADER_SEARCH_ROWS);

    globals = installExcelGlobals(MemoryWorkbook.fromSheets([NOTES, { name: "Phụ lục", cells }]));
    const snapshot = await createOfficeHost().snapshot({ kind: "all" });
    const [notes, large] = snapshot.sheets;
    expect(notes.values).toEqual([["Họp giao ban"], ["Thứ hai"]]);
    expect([large.name, large.top, large.left, large.values.length]).toEqual(["Phụ lục", 1, 1, 400]);
    expect(large.values[399][255]).toBe("Ghi chú cuối");
    expect(large.values[0][0]).toBe("STT");
  });
});
