/**
 * The add-in's main flows at each Excel it supports: the manifest's minimum (ExcelApi 1.7), Excel 2021 (1.14) and
 * Excel LTSC 2024 (1.17). The in-memory Excel refuses every member above its level (ApiNotFound), so each flow here
 * uses only what that Excel has; what an older Excel does not get is checked too.
 */
import { analyzeWithState } from "../../src/core/analyze-with-state";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { everything, fixtureWorkbook } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

async function excelAt(level: string): Promise<{ wb: MemoryWorkbook; host: WorkbookHost }> {
  const wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  globals = installExcelGlobals(wb, { excelApiVersion: level });
  return { wb, host: createOfficeHost() };
}

const eventsArrive = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.each(["1.7", "1.14", "1.17"])("on an Excel at ExcelApi %s", (level) => {
  it("reads, runs, runs again, clears and restores without a member the Excel lacks", async () => {
    const { wb, host } = await excelAt(level);
    const before = everything(wb);
    const snapshot = await host.snapshot({ kind: "active" });
    const analysis = analyzeWithState(snapshot.sheets, snapshot.sheetNames, snapshot.state, SHEET);
    expect(analysis.ok).toBe(true);

    const first = await host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: [] });
    expect(first.created.length).toBeGreaterThan(1);
    const generated = first.created.map((c) => c.name);
    const again = await host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: generated });
    expect(again.created.map((c) => c.name)).toEqual(generated);
    expect(wb.conditionalFormats(SHEET).length).toBeGreaterThan(0);

    const progress = await host.readProgress();
    expect([...progress.sheets.keys()].sort()).toEqual(
      first.created
        .filter((c) => c.unit !== null)
        .map((c) => c.name)
        .sort(),
    );

    await host.clearHighlights(SHEET);
    expect(wb.conditionalFormats(SHEET)).toEqual([]);
    await host.restore(SHEET);
    const table = (all: ReturnType<typeof everything>) => all.find((s) => s.name === SHEET);
    expect(table(everything(wb))).toEqual(table(before));
  });

  it("follows the user's edits of the table", async () => {
    const { wb, host } = await excelAt(level);
    const onChange = jest.fn();
    const stop = await host.watch(SHEET, onChange);
    wb.editByUser(SHEET, "D72", 80);
    await eventsArrive();
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
  });
});

describe("what each Excel gets", () => {
  const assignmentSheet = async (level: string) => {
    const { wb, host } = await excelAt(level);
    const outcome = await host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: [] });
    const name = outcome.created.find((c) => c.unit !== null)!.name;
    return { wb, name, capabilities: host.capabilities };
  };

  it("ExcelApi 1.7: assignment sheets without drop-downs, date checks or print setup; no opening as a new workbook", async () => {
    const { wb, name, capabilities } = await assignmentSheet("1.7");
    expect(wb.dataValidations(name)).toEqual([]);
    expect(wb.layout(name)).toMatchObject({ orientation: "Portrait", printTitleRows: null, freezeRows: 5 });
    expect(capabilities).toMatchObject({ createWorkbook: false, cellProperties: false, mergedAreas: false });
  });

  it("Excel 2021 (1.14) and LTSC 2024 (1.17): every feature", async () => {
    for (const level of ["1.14", "1.17"]) {
      const { wb, name, capabilities } = await assignmentSheet(level);
      expect(wb.dataValidations(name).length).toBeGreaterThan(0);
      expect(wb.layout(name)).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$5:$5" });
      expect(Object.values(capabilities).every((v) => v !== false)).toBe(true);
      globals?.uninstall();
    }
  });
});
