import { CellArea } from "../../src/core/cells";
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { mergeCalls } from "../../src/office/merge-runs";

const row = (top: number, left: number, right: number): CellArea => ({ top, bottom: top, left, right });

describe("a new sheet's merges as few Range.merge calls", () => {
  it("one-row merges over the same columns in consecutive rows are one call across; others stay apart", () => {
    const tall = { top: 1, bottom: 2, left: 1, right: 1 };
    const calls = mergeCalls([row(7, 2, 3), row(5, 2, 3), row(6, 2, 3), row(9, 2, 3), row(6, 1, 2), tall]);
    expect(calls).toEqual(
      expect.arrayContaining([
        { area: { top: 5, bottom: 7, left: 2, right: 3 }, across: true },
        { area: row(9, 2, 3), across: false },
        { area: row(6, 1, 2), across: false },
        { area: tall, across: false },
      ]),
    );
    expect(calls).toHaveLength(4);
  });

  it("keeps apart one-row merges in consecutive rows that start or end in other columns", () => {
    // Sorted by their columns, A2:C2 comes just before B3:C3, and B2:C2 just before B3:D3: each pair ends (or
    // starts) in the same column and touches, yet merging either across would merge a cell that no merge holds.
    for (const pair of [
      [row(2, 1, 3), row(3, 2, 3)],
      [row(2, 2, 3), row(3, 2, 4)],
    ]) {
      expect(mergeCalls(pair)).toEqual(pair.map((area) => ({ area, across: false })));
    }
  });

  it("joins a run whatever merges of other columns come between its rows in the list", () => {
    // D1:F1 and D2:F2 are a run; the merges around them start and end in other columns, in the order a sheet
    // might list them (found by trying random layouts against a sort by the first column and the row only).
    const calls = mergeCalls([row(2, 4, 6), row(3, 1, 3), row(4, 3, 5), row(3, 4, 5), row(2, 2, 3), row(1, 4, 6)]);
    expect(calls).toContainEqual({ area: { top: 1, bottom: 2, left: 4, right: 6 }, across: true });
    expect(calls).toHaveLength(5);
  });

  it("merging the calls in the in-memory Excel gives exactly the merges asked for", async () => {
    const merges = [row(5, 2, 3), row(6, 2, 3), row(7, 2, 3), row(6, 5, 6), { top: 9, bottom: 10, left: 1, right: 2 }];
    const wb = MemoryWorkbook.fromSheets([{ name: "S", cells: [["x"]] }]);
    const globals = installExcelGlobals(wb);
    try {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        for (const { area, across } of mergeCalls(merges)) {
          ws.getRangeByIndexes(
            area.top - 1,
            area.left - 1,
            area.bottom - area.top + 1,
            area.right - area.left + 1,
          ).merge(across);
        }
        await context.sync();
      });
      const byPosition = (a: CellArea, b: CellArea) => a.top - b.top || a.left - b.left;
      // The in-memory sheet keeps its merges 0-based.
      const made = wb
        .sheet("S")
        .merges.map((m) => ({ top: m.top + 1, bottom: m.bottom + 1, left: m.left + 1, right: m.right + 1 }));
      expect(made.sort(byPosition)).toEqual([...merges].sort(byPosition));
    } finally {
      globals.uninstall();
    }
  });
});
