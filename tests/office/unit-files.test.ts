/**
 * The files sent to units made from the workbook open in Excel (the Office.js adapter, in the in-memory Excel): read
 * in three syncs, the same files `par-index split` writes, each opened with Excel.createWorkbook where ExcelApi 1.8 is.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { decodeMark, MARK_SHEET, unitFilesOf, UnitMark } from "../../src/core/unit-files";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost, HostError } from "../../src/office";
import { loadWorkbook } from "../../src/xlsx/load";
import { returnedWorkbook, unitWorkbookBase64 } from "../../src/xlsx/unit-workbook";
import { cli } from "../unit-files/cycle";
import { apply, PASTED } from "../xlsx-apply/helpers";
import { fixtureWorkbook } from "./workbooks";

const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);
const SHEET = "Phụ lục";

let globals: InstalledGlobals | undefined;
/** The workbook appliedInExcel opened. */
let workbook: MemoryWorkbook;
afterEach(() => globals?.uninstall());

async function appliedInExcel(excelApiVersion = "1.17") {
  workbook = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  globals = installExcelGlobals(workbook, { excelApiVersion });
  const host = createOfficeHost();
  await host.apply({ sheet: SHEET, operations: ALL, language: "vi", expectedGenerated: [] });
  return host;
}

const markOf = async (file: string): Promise<UnitMark> => {
  const wb = await loadWorkbook(file);
  const cells: unknown[] = [];
  wb.getWorksheet(MARK_SHEET)!
    .getColumn(1)
    .eachCell(({ value }) => cells.push(value));
  return decodeMark(cells)!;
};

describe("unit files made through Office.js", () => {
  it("reads the plan and every assignment sheet in three syncs, and opens one new workbook per unit", async () => {
    const host = await appliedInExcel();
    const before = globals!.contexts.length;
    const source = await host.readUnitFilesSource(SHEET);
    expect(globals!.contexts.slice(before).map((c) => c.syncCount)).toEqual([3]);
    const files = unitFilesOf({
      ...source,
      contents: (name) => source.contents.get(name) ?? null,
      language: "vi",
      planName: "ke-hoach",
    });
    for (const file of files) await host.openAsWorkbook(await unitWorkbookBase64(file));
    expect(globals!.createdWorkbooks).toHaveLength(source.plan.units.length);
    expect(source.contents.size).toBe(source.plan.units.length);
  });

  it("makes the same files as par-index split on the same plan: sheet, cells and what the mark says was sent", async () => {
    const host = await appliedInExcel();
    const source = await host.readUnitFilesSource(SHEET);
    const dir = mkdtempSync(path.join(os.tmpdir(), "par-index-unit-files-"));
    const files = unitFilesOf({
      ...source,
      contents: (n) => source.contents.get(n) ?? null,
      language: "vi",
      planName: "ke-hoach",
    });
    for (const file of files) await host.openAsWorkbook(await unitWorkbookBase64(file));
    const fromPane = path.join(dir, "pane.xlsx");
    const index = files.findIndex((f) => f.mark.unit === "Phòng Tư pháp");
    writeFileSync(fromPane, Buffer.from(globals!.createdWorkbooks[index], "base64"));

    const applied = path.join(dir, "ke-hoach.xlsx");
    await apply(PASTED, applied);
    await cli("split", applied, "-d", path.join(dir, "gui"));
    expect(readdirSync(path.join(dir, "gui"))).toContain("P. Tư pháp.xlsx");
    const fromCli = path.join(dir, "gui", "P. Tư pháp.xlsx");

    const [pane, split] = await Promise.all([markOf(fromPane), markOf(fromCli)]);
    const { planId: _a, ...paneMark } = pane;
    const { planId: _b, ...splitMark } = split;
    expect(paneMark).toEqual(splitMark);
    const sheets = async (file: string) =>
      returnedWorkbook(await loadWorkbook(file)).sheets.map((s) => [s.name, s.grid]);
    expect(await sheets(fromPane)).toEqual(await sheets(fromCli));
  });

  it("reads an assignment sheet's cells holding values, not the blank ones a unit formatted beside and below them", async () => {
    const host = await appliedInExcel();
    const first = await host.readUnitFilesSource(SHEET);
    const sheet = first.state.generated.find((g) => g.kind === "assignment")!.name;
    const before = first.contents.get(sheet)!;
    workbook.formatByUser(sheet, "A1:Z300", { fill: "#FFFF00" });
    const contents = (await host.readUnitFilesSource(SHEET)).contents.get(sheet)!;
    expect(contents).toHaveLength(workbook.values(sheet).length);
    expect(contents[0]).toHaveLength(workbook.values(sheet)[0].length);
    expect(contents).toEqual(before);
  });

  it("says which Excel is needed where Excel.createWorkbook is not (ExcelApi 1.7)", async () => {
    const host = await appliedInExcel("1.7");
    expect(host.capabilities.createWorkbook).toBe(false);
    await expect(host.openAsWorkbook("UEsDBAo=")).rejects.toEqual(new HostError("excel", "ApiNotFound"));
    expect(globals!.createdWorkbooks).toEqual([]);
  });

  it("refuses what is no .xlsx, as Excel does", async () => {
    const host = await appliedInExcel();
    await expect(host.openAsWorkbook(Buffer.from("STT,Tiêu chí").toString("base64"))).rejects.toEqual(
      new HostError("excel", "InvalidArgument"),
    );
  });

  it("says the table is no longer recognised on a sheet without one", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Ghi chú", cells: [["Họp giao ban"], ["Thứ hai"]] }]);
    globals = installExcelGlobals(wb);
    await expect(createOfficeHost().readUnitFilesSource("Ghi chú")).rejects.toEqual(
      new HostError("no-table", "Ghi chú"),
    );
  });

  it("names a failure to open the file that carries no Excel code by its message", async () => {
    globals = installExcelGlobals(MemoryWorkbook.fromSheets([{ name: "Ghi chú", cells: [["Họp giao ban"]] }]));
    const host = createOfficeHost();
    (Excel as { createWorkbook: unknown }).createWorkbook = () => Promise.reject(new Error("closed"));
    await expect(host.openAsWorkbook("UEsDBAo=")).rejects.toEqual(new HostError("excel", "Error: closed"));
  });
});
