/** WorkbookHost.watch over the in-memory Excel: one sync to register, the user's edits reach the pane, the stop works. */
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { fixtureWorkbook } from "./workbooks";

const SHEET = "Phụ lục";

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
beforeEach(async () => {
  wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
});
afterEach(() => globals?.uninstall());

/** Excel's events travel apart from the requests' answers: let them arrive. */
const eventsArrive = () => new Promise((resolve) => setTimeout(resolve, 0));

function hostOn(excelApiVersion?: string) {
  globals = installExcelGlobals(wb, { excelApiVersion });
  return createOfficeHost();
}

describe("watching the table's sheet", () => {
  it("registers in one sync, and a user's edit there calls onChange", async () => {
    const host = hostOn();
    const onChange = jest.fn();
    await host.watch(SHEET, onChange);
    expect(globals.contexts.map((c) => c.syncCount)).toEqual([1]);

    wb.editByUser(SHEET, "D72", 80);
    await eventsArrive();
    expect(onChange).toHaveBeenCalledTimes(1);
    wb.editByUser(SHEET, "B10:C10", [["Tiêu chí mới", 2]]);
    await eventsArrive();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("does not call onChange for another sheet's edits", async () => {
    const host = hostOn();
    const onChange = jest.fn();
    await host.watch(SHEET, onChange);
    wb.editByUser("Ghi chú", "A1", "ghi chú mới");
    await eventsArrive();
    expect(onChange).not.toHaveBeenCalled();
  });

  /** What onChange heard while the add-in ran on the table, on an Excel at `level`. */
  async function heardOwnRun(level: string): Promise<jest.Mock> {
    const host = hostOn(level);
    const onChange = jest.fn();
    await host.watch(SHEET, onChange);
    const outcome = await host.apply({
      sheet: SHEET,
      operations: new Set(["subtotals", "highlights"]),
      language: "vi",
      expectedGenerated: [],
    });
    // The subtotals' 27 SUMs, the 45 leaf points typed as text and the legend's 4 labels.
    expect(outcome.tableCells).toBe(27 + 45 + 4);
    await eventsArrive();
    return onChange;
  }

  it.each(["1.14", "1.17"])("leaves out the add-in's own writes, which Excel at %s marks as such", async (level) => {
    expect(await heardOwnRun(level)).not.toHaveBeenCalled();
  });

  it.each(["1.7", "1.13"])(
    "passes on the add-in's own writes on an Excel at %s, which cannot tell them (the pane reads once after its operation)",
    async (level) => {
      expect(await heardOwnRun(level)).toHaveBeenCalled();
    },
  );

  it.each(["1.7", "1.14"])("does not follow the user's change of formats only, at %s", async (level) => {
    const host = hostOn(level);
    const onChange = jest.fn();
    await host.watch(SHEET, onChange);
    wb.formatByUser(SHEET, "D8:D20", { fill: "#FFFF00" });
    wb.formatByUser(SHEET, "D8", { numberFormat: "0.0" });
    await eventsArrive();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("stops with the returned function, through the context that registered the handler", async () => {
    const host = hostOn();
    const onChange = jest.fn();
    const stop = await host.watch(SHEET, onChange);
    await stop();
    expect(globals.contexts.map((c) => c.syncCount)).toEqual([2]);
    wb.editByUser(SHEET, "D72", 80);
    await eventsArrive();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("keeps other watchers of the sheet when one stops", async () => {
    const host = hostOn();
    const stopped = jest.fn();
    const kept = jest.fn();
    const stop = await host.watch(SHEET, stopped);
    await host.watch(SHEET, kept);
    await stop();
    wb.editByUser(SHEET, "D72", 80);
    await eventsArrive();
    expect(stopped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it("fails as a HostError when the sheet is gone", async () => {
    const host = hostOn();
    await expect(host.watch("Không có", jest.fn())).rejects.toMatchObject({ name: "HostError" });
  });
});
