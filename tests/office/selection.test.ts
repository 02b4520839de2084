/**
 * "Use the selected range" through the adapter, against the in-memory Excel, with every form of selection Excel
 * reports: a rectangle, whole columns ("B:D"), whole rows ("3:5"), the whole sheet ("1:1048576"), several areas
 * (Ctrl-click), on a host with getSelectedRanges (ExcelApi 1.9) and on one without (1.7, the manifest's minimum).
 */
import { CellArea } from "../../src/core/cells";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost, HostError, Snapshot } from "../../src/office";
import { detectTable } from "../../src/taskpane/session/detect";
import { selectedTableArea } from "../../src/taskpane/session/selected-area";
import { fixtureWorkbook } from "./workbooks";

const SHEET = "Phụ lục";
let wb: MemoryWorkbook;
let globals: InstalledGlobals | undefined;
/** The seed's used range, 1-based, as the workbook holds it. */
let used: CellArea;

beforeEach(async () => {
  wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  wb.activate(wb.sheet(SHEET));
  const rect = wb.sheet(SHEET).usedRect(true)!;
  used = { top: rect.top + 1, left: rect.left + 1, bottom: rect.bottom + 1, right: rect.right + 1 };
});
afterEach(() => globals?.uninstall());

function host(excelApiVersion: string) {
  globals?.uninstall();
  globals = installExcelGlobals(wb, { excelApiVersion });
  return createOfficeHost();
}

/** The area "use the selected range" analyses, and whether a table was found there. */
function picked(snapshot: Snapshot): { area: CellArea; table: boolean } | string {
  const choice = selectedTableArea(snapshot);
  if ("error" in choice) return choice.error;
  const detection = detectTable(snapshot, { kind: "selection", ...choice });
  return { area: choice.area, table: detection?.plan != null };
}

describe.each(["1.7", "1.17"])("a selection read through the adapter, ExcelApi %s", (version) => {
  it("a rectangle: as selected", async () => {
    wb.selectByUser(SHEET, "A7:H22");
    const snapshot = await host(version).snapshot({ kind: "selection" });
    expect(snapshot.selection).toEqual({ sheet: SHEET, areas: [{ top: 7, left: 1, bottom: 22, right: 8 }] });
    expect(picked(snapshot)).toEqual({ area: { top: 7, left: 1, bottom: 22, right: 8 }, table: true });
  });

  it("whole columns: the part of them the sheet uses", async () => {
    wb.selectByUser(SHEET, "A:H");
    const snapshot = await host(version).snapshot({ kind: "selection" });
    const area = { top: used.top, left: 1, bottom: used.bottom, right: 8 };
    expect(snapshot.selection).toEqual({ sheet: SHEET, areas: [area] });
    expect(picked(snapshot)).toEqual({ area, table: true });
  });

  it("one whole column: the part of it the sheet uses", async () => {
    wb.selectByUser(SHEET, "B:B");
    const snapshot = await host(version).snapshot({ kind: "selection" });
    expect(snapshot.selection!.areas).toEqual([{ top: used.top, left: 2, bottom: used.bottom, right: 2 }]);
  });

  it("whole columns, whole rows: the part of them a sheet uses that starts at C6", async () => {
    wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx", () => ({ origin: "C6" }));
    wb.activate(wb.sheet(SHEET));
    const rect = wb.sheet(SHEET).usedRect(true)!;
    expect([rect.top, rect.left]).toEqual([5, 2]);
    wb.selectByUser(SHEET, "D:E");
    const columns = await host(version).snapshot({ kind: "selection" });
    expect(columns.selection!.areas).toEqual([{ top: 6, left: 4, bottom: rect.bottom + 1, right: 5 }]);
    wb.selectByUser(SHEET, "10:12");
    const rows = await host(version).snapshot({ kind: "selection" });
    expect(rows.selection!.areas).toEqual([{ top: 10, left: 3, bottom: 12, right: rect.right + 1 }]);
  });

  it("whole rows: the part of them the sheet uses", async () => {
    wb.selectByUser(SHEET, "7:22");
    const snapshot = await host(version).snapshot({ kind: "selection" });
    const area = { top: 7, left: used.left, bottom: 22, right: used.right };
    expect(snapshot.selection).toEqual({ sheet: SHEET, areas: [area] });
    expect(picked(snapshot)).toEqual({ area, table: true });
  });

  it("the whole sheet: its used range", async () => {
    await run(wb, async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange();
      range.select();
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      // Excel's address for the whole sheet: every row.
      expect(selected.address).toBe(`'${SHEET}'!1:1048576`);
    });
    const snapshot = await host(version).snapshot({ kind: "selection" });
    expect(snapshot.selection).toEqual({ sheet: SHEET, areas: [used] });
    expect(picked(snapshot)).toEqual({ area: used, table: true });
  });

  it("rows below everything the sheet uses: no range to read", async () => {
    wb.selectByUser(SHEET, `${used.bottom + 5}:${used.bottom + 9}`);
    const snapshot = await host(version).snapshot({ kind: "selection" });
    expect(snapshot.selection).toEqual({ sheet: SHEET, areas: [] });
    expect(picked(snapshot)).toBe("noSelection");
  });

  it("several areas do not stop the pane's other reads", async () => {
    wb.selectByUser(SHEET, "A1:A2", "A7:H22");
    const adapter = host(version);
    const active = await adapter.snapshot({ kind: "active" });
    expect(active.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(active.selection).toBeNull();
  });
});

describe("several selected areas (Ctrl-click)", () => {
  it("from ExcelApi 1.9: each area is read, and the one holding the table is analysed", async () => {
    wb.selectByUser(SHEET, "A1:A2", "A7:H22");
    const snapshot = await host("1.9").snapshot({ kind: "selection" });
    expect(snapshot.selection!.areas).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 7, left: 1, bottom: 22, right: 8 },
    ]);
    expect(picked(snapshot)).toEqual({ area: { top: 7, left: 1, bottom: 22, right: 8 }, table: true });
  });

  it("from ExcelApi 1.9: two areas that both hold a table ask for one area", async () => {
    wb.selectByUser(SHEET, "A7:H22", "A:H");
    expect(picked(await host("1.9").snapshot({ kind: "selection" }))).toBe("several-areas");
  });

  it("before ExcelApi 1.9, where Excel refuses to read them, the adapter says one area of cells is needed", async () => {
    wb.selectByUser(SHEET, "A1:A2", "A7:H22");
    const failure = host("1.8").snapshot({ kind: "selection" });
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ kind: "not-one-cell-area" });
  });
});

describe("a chart or a shape selected, not cells", () => {
  beforeEach(() => {
    wb.selectByUser(SHEET, "A7:H22");
    wb.selectDrawingByUser(SHEET);
  });

  it("from ExcelApi 1.9, where several areas read fine, the adapter says no cells are selected", async () => {
    const failure = host("1.9").snapshot({ kind: "selection" });
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ kind: "no-cells-selected" });
  });

  it("before ExcelApi 1.9, where Excel does not say which, the adapter says one area of cells is needed", async () => {
    await expect(host("1.8").snapshot({ kind: "selection" })).rejects.toMatchObject({ kind: "not-one-cell-area" });
  });

  it("says Excel refused, not that no cells are selected, when the first read fails otherwise", async () => {
    globals?.uninstall();
    globals = installExcelGlobals(wb, { excelApiVersion: "1.9", contextOptions: { failAtSync: 1 } });
    await expect(createOfficeHost().snapshot({ kind: "selection" })).rejects.toEqual(
      new HostError("excel", "GeneralException"),
    );
  });

  it("does not stop the pane's other reads", async () => {
    const active = await host("1.9").snapshot({ kind: "active" });
    expect(active.sheets.map((s) => s.name)).toEqual([SHEET]);
  });

  it("the cells selected again are read", async () => {
    wb.selectByUser(SHEET, "A7:H22");
    const snapshot = await host("1.9").snapshot({ kind: "selection" });
    expect(snapshot.selection!.areas).toEqual([{ top: 7, left: 1, bottom: 22, right: 8 }]);
  });
});

describe("the in-memory Excel's selection", () => {
  it("refuses getSelectedRange for several areas and reports them all through getSelectedRanges", async () => {
    wb.selectByUser(SHEET, "B:B", "3:5", "C4");
    await run(wb, async (context) => {
      const ranges = context.workbook.getSelectedRanges();
      ranges.load("areas/items/address,areaCount");
      await context.sync();
      expect(ranges.areaCount).toBe(3);
      expect(ranges.areas.items.map((r) => r.address)).toEqual([`'${SHEET}'!B:B`, `'${SHEET}'!3:5`, `'${SHEET}'!C4`]);
      const single = context.workbook.getSelectedRange();
      single.load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    });
  });

  it.each(["getSelectedRange", "getSelectedRanges"] as const)(
    "refuses %s while a chart or a shape is selected",
    async (method) => {
      wb.selectDrawingByUser(SHEET);
      await run(wb, async (context) => {
        context.workbook[method]().load("address");
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
      });
    },
  );
});
