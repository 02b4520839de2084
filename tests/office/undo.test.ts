/**
 * src/office/undo.ts at its edges, on a small plan: Restore of a table far down its sheet, and Restore of what was
 * collected from unit files (what it says it saved and skipped; a cell the user merged over since), the collected
 * cells written by hand rather than through the unit-files cycle.
 */
import { backupOf, EMPTY, text } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { buildLargePlanCells } from "../fixtures/large-plan";
import { specOf } from "./workbooks";

const SHEET = "Phụ lục";
/** A plan of 4 criteria. */
const PLAN = specOf(buildLargePlanCells(4)).cells!;

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

function install(wb: MemoryWorkbook) {
  globals = installExcelGlobals(wb);
  return createOfficeHost();
}

describe("Restore", () => {
  it("puts back a table a million rows down its sheet", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: SHEET, cells: PLAN, origin: "C1000000" }]);
    const before = wb.values(SHEET);
    const host = install(wb);
    const operations = new Set(["subtotals"] as const);
    await host.apply({ sheet: SHEET, operations, language: "vi", expectedGenerated: [] });
    expect(wb.values(SHEET)).not.toEqual(before);
    const restored = await host.restore(SHEET);
    expect(restored.skipped).toEqual([]);
    expect(wb.values(SHEET)).toEqual(before);
  });
});

describe("Restore of what was collected", () => {
  it("says what it kept and skipped, and writes nothing under a merge the user made since", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: SHEET, cells: PLAN }]);
    const host = install(wb);
    const operations = new Set(["assignments"] as const);
    const { created } = await host.apply({ sheet: SHEET, operations, language: "vi", expectedGenerated: [] });
    const unit = created[0].name;
    // Two cells collected into T3 and U3 of a unit's sheet; the user then merges them (Excel keeps T3's content).
    const writes = [
      { sheet: unit, row: 3, column: 20, content: text("Đã xong"), was: EMPTY },
      { sheet: unit, row: 3, column: 21, content: text("Có minh chứng"), was: EMPTY },
    ];
    await host.collect({ sheet: SHEET, writes });
    expect(wb.values(unit, "T3:U3")).toEqual([["Đã xong", "Có minh chứng"]]);
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(unit).getRange("T3:U3").merge(false);
      await context.sync();
    });

    const restored = await host.restoreCollected(SHEET);
    expect(wb.values(unit, "T3:U3")).toEqual([["", ""]]);
    expect(restored.skipped).toEqual([
      { kind: "merged", row: 3, column: 21, area: { top: 3, left: 20, bottom: 3, right: 21 } },
    ]);
    // U3's original stays in the state, for a Restore once the cells are unmerged.
    expect(backupOf(restored.state, unit).map((b) => [b.row, b.column])).toEqual([[3, 21]]);
  });
});
