/** Excel, Office and OfficeExtension globals for the playground and e2e tests. */
import { MemoryWorkbook, installExcelGlobals } from "../../src/memory-excel";

interface Globals {
  Excel: {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    ConditionalFormatType: { custom: string };
  };
  Office: {
    onReady(): Promise<{ host: string }>;
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
      document: {
        settings: {
          get(name: string): unknown;
          set(name: string, value: unknown): void;
          remove(name: string): void;
          saveAsync(callback?: (r: { status: string }) => void): void;
        };
      };
    };
  };
  OfficeExtension: { Error: new (...args: never[]) => Error };
}

describe("installExcelGlobals", () => {
  it("provides Excel.run over the workbook and records each context", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", cells: [[1]] }]);
    const target: Record<string, unknown> = {};
    const installed = installExcelGlobals(wb, { target, contextOptions: { failAtSync: 2 } });
    const g = target as unknown as Globals;
    const value = await g.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("A2").values = [[r.values[0][0] + 1]];
      await context.sync().catch((e: unknown) => {
        expect(e).toBeInstanceOf(g.OfficeExtension.Error);
      });
      return r.values[0][0];
    });
    expect(value).toBe(1);
    expect(wb.cell("S", "A2").value).toBe("");
    expect(installed.contexts.map((c) => c.syncCount)).toEqual([2]);
    expect(g.Excel.ConditionalFormatType.custom).toBe("Custom");
  });

  it("provides Office.onReady, requirement sets, display language and document settings saved by saveAsync", async () => {
    const wb = new MemoryWorkbook();
    wb.settings.set("kept", 1);
    const target: Record<string, unknown> = { Office: "previous" };
    const installed = installExcelGlobals(wb, { target, excelApiVersion: "1.10", displayLanguage: "vi-VN" });
    const g = target as unknown as Globals;
    expect(await g.Office.onReady()).toMatchObject({ host: "Excel" });
    const { requirements, displayLanguage, document } = g.Office.context;
    expect([requirements.isSetSupported("ExcelApi", "1.9"), requirements.isSetSupported("ExcelApi", "1.10")]).toEqual([
      true,
      true,
    ]);
    expect([requirements.isSetSupported("ExcelApi", "1.11"), requirements.isSetSupported("WordApi", "1.1")]).toEqual([
      false,
      false,
    ]);
    expect(displayLanguage).toBe("vi-VN");
    document.settings.set("plan", { sheet: "Kế hoạch" });
    document.settings.remove("kept");
    expect(document.settings.get("plan")).toEqual({ sheet: "Kế hoạch" });
    expect(document.settings.get("kept")).toBeNull();
    expect(wb.settings.get("kept")).toBe(1);
    const status = await new Promise<string>((resolve) => document.settings.saveAsync((r) => resolve(r.status)));
    expect(status).toBe("succeeded");
    expect([...wb.settings]).toEqual([["plan", { sheet: "Kế hoạch" }]]);
    installed.uninstall();
    expect(target).toEqual({ Office: "previous" });
  });
});
