/** How the adapter splits a read of cells by Excel on the web's response limit, in the in-memory Excel. */
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { estimateResponseBytes, loadCells } from "../../src/office/read-cells";

const ROWS = 300;
const COLUMNS = 4;
const cells = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => `r${r + 1}c${c + 1}`));
const area = { sheet: "S", rowIndex: 0, columnIndex: 0, rowCount: ROWS, columnCount: COLUMNS };
const tableBytes = estimateResponseBytes(ROWS * COLUMNS, ["values"]);

async function read(budget: number, queuedBytes: number) {
  const globals = installExcelGlobals(MemoryWorkbook.fromSheets([{ name: "S", cells }]));
  try {
    const [loaded] = await Excel.run((context) => loadCells(context, [area], ["values"], budget, queuedBytes));
    return { values: loaded.values, syncs: globals.contexts[0].syncCount };
  } finally {
    globals.uninstall();
  }
}

describe("a read of cells past the response budget", () => {
  it("takes as many syncs as the budget's worth of what is read, what was queued before sharing the first", async () => {
    // The table is 1.5 budgets; with 0.3 of a budget queued before, 1.8 budgets in all: 2 syncs, not 3.
    const budget = Math.ceil(tableBytes / 1.5);
    const { values, syncs } = await read(budget, Math.floor(budget * 0.3));
    expect(syncs).toBe(2);
    expect(values).toEqual(cells);
  });

  it("reads a row that alone is over the budget in a sync of its own", async () => {
    const rowBytes = estimateResponseBytes(COLUMNS, ["values"]);
    const globals = installExcelGlobals(MemoryWorkbook.fromSheets([{ name: "S", cells: cells.slice(0, 3) }]));
    try {
      const three = { ...area, rowCount: 3 };
      const [loaded] = await Excel.run((context) => loadCells(context, [three], ["values"], rowBytes / 2));
      expect(loaded.values).toEqual(cells.slice(0, 3));
      expect(globals.contexts[0].syncCount).toBe(3);
    } finally {
      globals.uninstall();
    }
  });

  it("fills the room left by what was queued before down to a single row", async () => {
    const rowBytes = estimateResponseBytes(COLUMNS, ["values"]);
    // A budget of four rows, three rows' worth queued before: one row goes with them, the other four in a second sync.
    const globals = installExcelGlobals(MemoryWorkbook.fromSheets([{ name: "S", cells: cells.slice(0, 5) }]));
    try {
      const five = { ...area, rowCount: 5 };
      const [loaded] = await Excel.run((context) => loadCells(context, [five], ["values"], 4 * rowBytes, 3 * rowBytes));
      expect(loaded.values).toEqual(cells.slice(0, 5));
      expect(globals.contexts[0].syncCount).toBe(2);
    } finally {
      globals.uninstall();
    }
  });

  it("reads in one sync what fits the budget, and whole rows in blocks otherwise", async () => {
    expect(await read(tableBytes, 0)).toEqual({ values: cells, syncs: 1 });
    const small = await read(Math.ceil(tableBytes / 10), 0);
    expect(small.values).toEqual(cells);
    expect(small.syncs).toBe(10);
  });
});
