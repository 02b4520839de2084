/**
 * Collecting unit files into the workbook open in Excel (the Office.js adapter over the in-memory Excel): the cycle
 * of tests/unit-files/cycle.ts, its master open in Excel and its two returned files read as the pane reads them.
 * Exactly the four expected cells change and the conflict is reported; the write costs three syncs whatever the
 * number of files; Restore puts the master back cell for cell.
 */
import { cellAddress } from "../../src/core/cells";
import { STATE_SHEET } from "../../src/core/edits";
import { previewCollect, ReturnedFile } from "../../src/core/unit-files";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost, HostError, WorkbookHost } from "../../src/office";
import { loadWorkbook } from "../../src/xlsx/load";
import { readWorkbookCells } from "../../src/xlsx/read";
import { returnedWorkbook } from "../../src/xlsx/unit-workbook";
import * as path from "path";
import ExcelJS from "exceljs";
import { cellOf, cli, COLS, edit, EXPECTED_CHANGES, sendAndType } from "../unit-files/cycle";
import { apply as applyFile, PASTED, tempDir } from "../xlsx-apply/helpers";
import { specOf } from "./workbooks";

const SHEET = "Phụ lục";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** The master as Excel would hold it open: its sheets, the state very hidden. */
async function openInExcel(file: string): Promise<MemoryWorkbook> {
  const sheets = await readWorkbookCells(file);
  return MemoryWorkbook.fromSheets(
    sheets.map((s) => specOf(s, s.name === STATE_SHEET ? { visibility: "VeryHidden" } : {})),
  );
}

/** The cycle's master open in Excel, and its typed unit files. */
async function cycleInExcel() {
  const cycle = await sendAndType();
  const wb = await openInExcel(cycle.master);
  globals = installExcelGlobals(wb);
  return { cycle, wb, host: createOfficeHost() };
}

/** Every cell of every sheet but the state's: "sheet!A1" → its formula or value. */
function cellsOf(wb: MemoryWorkbook): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const name of wb.sheetNames()) {
    if (name === STATE_SHEET) continue;
    const values = wb.values(name);
    values.forEach((row, r) =>
      row.forEach((_, c) => {
        const address = cellAddress(r + 1, c + 1);
        const [[formula]] = wb.formulas(name, address);
        if (formula !== "" && formula !== null) cells.set(`${name}!${address}`, formula);
      }),
    );
  }
  return cells;
}

function changed(before: Map<string, unknown>, after: Map<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...before.keys(), ...after.keys()]))
    if (before.get(key) !== after.get(key)) out[key] = after.get(key);
  return out;
}

async function returned(files: readonly string[]): Promise<ReturnedFile[]> {
  return Promise.all(
    files.map(async (file) => ({ file, kind: "read" as const, workbook: returnedWorkbook(await loadWorkbook(file)) })),
  );
}

/** What the pane does: read the master (three syncs), decide with the core, write through the adapter. */
async function collect(host: WorkbookHost, files: readonly string[]) {
  const { collected, writes } = previewCollect(await host.readUnitFilesSource(SHEET), await returned(files));
  const before = globals!.contexts.length;
  const state = await host.collect({ sheet: SHEET, writes });
  return { collected, state, syncs: globals!.contexts.slice(before).map((c) => c.syncCount) };
}

describe("collect through Office.js", () => {
  it("writes exactly the expected cells in three syncs, reports the conflict, and Restore takes them back", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const before = cellsOf(wb);

    const { collected, syncs } = await collect(host, [cycle.unitFiles.justice, cycle.unitFiles.home]);
    expect(syncs).toEqual([3]);
    expect(changed(before, cellsOf(wb))).toEqual(EXPECTED_CHANGES);
    expect(collected.taken.flatMap((t) => t.merge.conflicts.map((c) => [t.unit, c.code, c.field]))).toEqual([
      ["Phòng Nội vụ", "1.1", "status"],
    ]);

    const restoring = globals!.contexts.length;
    await host.restoreCollected(SHEET);
    // The sheets; the state and merges; the collected cells as they are now; the writes.
    expect(globals!.contexts.slice(restoring).map((c) => c.syncCount)).toEqual([4]);
    expect(changed(before, cellsOf(wb))).toEqual({});
  });

  it("takes back what it collected into a sheet the user renamed since, and nothing once a run rewrote the sheets", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const before = cellsOf(wb);
    await collect(host, [cycle.unitFiles.justice]);
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem("P. Tư pháp").name = "Tư pháp";
      await context.sync();
    });
    const renamed = new Map([...before].map(([k, v]) => [k.replace(/^P\. Tư pháp!/, "Tư pháp!"), v]));
    await host.restoreCollected(SHEET);
    expect(changed(renamed, cellsOf(wb))).toEqual({});

    await collect(host, [cycle.unitFiles.justice]);
    const collected = cellsOf(wb);
    const { state } = await host.apply({
      sheet: SHEET,
      operations: new Set(["assignments"]),
      language: "vi",
      expectedGenerated: (await host.snapshot({ kind: "sheet", sheet: SHEET })).state.generated.map((g) => g.name),
    });
    expect(state.backups.map((b) => b.sheet)).not.toContain("Tư pháp");
    const rerun = cellsOf(wb);
    await host.restoreCollected(SHEET);
    expect(changed(rerun, cellsOf(wb))).toEqual({});
    expect(collected.get("Tư pháp!K6")).toBe("Hoàn thành");
  });

  it("writes a unit's linked evidence as a hyperlink, and Restore takes the link off again", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const linked = await edit(cycle.unitFiles.justice, path.join(cycle.dir, "tu-phap-link.xlsx"), (book) => {
      cellOf(book.worksheets[0], "2.1", COLS.evidence).value = {
        text: "QĐ 15/QĐ-UBND",
        hyperlink: "https://vanban.example.gov.vn/qd-15.pdf",
      } as ExcelJS.CellHyperlinkValue;
    });
    const { collected } = await collect(host, [linked]);
    const take = collected.taken[0].merge.takes.find((t) => t.field === "evidence")!;
    const sheet = wb.sheet("P. Tư pháp");
    // The model's rows and columns count from 0.
    expect(sheet.hyperlinkAt(take.row - 1, take.column - 1)).toMatchObject({
      address: "https://vanban.example.gov.vn/qd-15.pdf",
    });
    expect(wb.values("P. Tư pháp", cellAddress(take.row, take.column))).toEqual([["QĐ 15/QĐ-UBND"]]);
    await host.restoreCollected(SHEET);
    expect(sheet.hyperlinkAt(take.row - 1, take.column - 1)).toBeUndefined();
  });

  it("costs three syncs for one file as for two", async () => {
    const { cycle, host } = await cycleInExcel();
    const { syncs, collected } = await collect(host, [cycle.unitFiles.justice]);
    expect(collected.taken.map((t) => t.merge.takes.length)).toEqual([3]);
    expect(syncs).toEqual([3]);
  });

  it("writes nothing when a cell to write was changed since the preview, and says the workbook changed", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), await returned([cycle.unitFiles.justice]));
    // Someone types into one of the cells between the preview and the write.
    const first = writes[0];
    wb.editByUser(first.sheet, cellAddress(first.row, first.column), "Đã sửa tay");
    const before = cellsOf(wb);
    await expect(host.collect({ sheet: SHEET, writes })).rejects.toEqual(new HostError("stale", first.sheet));
    expect(changed(before, cellsOf(wb))).toEqual({});
  });
});

describe("collect, the edges", () => {
  it("writes nothing into a sheet that is not an assignment sheet of ours, and says the workbook changed", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const files = await returned([cycle.unitFiles.justice]);
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), files);
    const before = cellsOf(wb);
    const intoTable = writes.map((w) => ({ ...w, sheet: SHEET }));
    await expect(host.collect({ sheet: SHEET, writes: intoTable })).rejects.toEqual(new HostError("stale", SHEET));
    expect(changed(before, cellsOf(wb))).toEqual({});
  });

  it("collects on Excel 2019 (ExcelApi 1.8), which cannot read hyperlinks, and Restore takes the cells back", async () => {
    const cycle = await sendAndType();
    const wb = await openInExcel(cycle.master);
    globals = installExcelGlobals(wb, { excelApiVersion: "1.8" });
    const host = createOfficeHost();
    const before = cellsOf(wb);
    await collect(host, [cycle.unitFiles.justice, cycle.unitFiles.home]);
    expect(changed(before, cellsOf(wb))).toEqual(EXPECTED_CHANGES);
    await host.restoreCollected(SHEET);
    expect(changed(before, cellsOf(wb))).toEqual({});
  });
});

/** The seed applied by the command line into DIR. */
async function applyTo(dir: string): Promise<string> {
  const out = path.join(dir, "ke-hoach.xlsx");
  await applyFile(PASTED, out);
  return out;
}

describe("collect, what it says and keeps", () => {
  it("names every sheet changed since the preview, in the order of the writes", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const files = await returned([cycle.unitFiles.justice, cycle.unitFiles.home]);
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), files);
    const sheets = [...new Set(writes.map((w) => w.sheet))];
    expect(sheets).toHaveLength(2);
    for (const sheet of sheets) {
      const first = writes.find((w) => w.sheet === sheet)!;
      wb.editByUser(sheet, cellAddress(first.row, first.column), "Đã sửa tay");
    }
    await expect(host.collect({ sheet: SHEET, writes })).rejects.toEqual(new HostError("stale", sheets.join(", ")));
  });

  it("names the summary and the table as sheets not to collect into: a generated sheet that is no assignment's", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const files = await returned([cycle.unitFiles.justice]);
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), files);
    const summary = wb.sheetNames().find((n) => n.startsWith("Tổng hợp"))!;
    expect(summary).toBeDefined();
    const before = cellsOf(wb);
    const elsewhere = writes.map((w, i) => ({ ...w, sheet: i === 0 ? summary : SHEET }));
    await expect(host.collect({ sheet: SHEET, writes: elsewhere })).rejects.toEqual(
      new HostError("stale", `${summary}, ${SHEET}`),
    );
    expect(changed(before, cellsOf(wb))).toEqual({});
  });
  it("takes the link off the linked evidence it wrote when its state cannot be written, and every cell back", async () => {
    const cycle = await sendAndType();
    const linked = await edit(cycle.unitFiles.justice, path.join(cycle.dir, "tu-phap-link.xlsx"), (book) => {
      cellOf(book.worksheets[0], "2.1", COLS.evidence).value = {
        text: "QĐ 15/QĐ-UBND",
        hyperlink: "https://vanban.example.gov.vn/qd-15.pdf",
      } as ExcelJS.CellHyperlinkValue;
    });
    // A collect that succeeds tells how many operations its writing sync holds: the last one writes the state.
    globals = installExcelGlobals(await openInExcel(cycle.master));
    await collect(createOfficeHost(), [linked]);
    const operations = globals.contexts[globals.contexts.length - 1].syncOperations[2];
    globals.uninstall();
    const wb = await openInExcel(cycle.master);
    globals = installExcelGlobals(wb);
    const { writes } = previewCollect(await createOfficeHost().readUnitFilesSource(SHEET), await returned([linked]));
    globals.uninstall();
    globals = installExcelGlobals(wb, { contextOptions: { failAtOperation: { sync: 3, operation: operations - 1 } } });
    const before = cellsOf(wb);
    await expect(createOfficeHost().collect({ sheet: SHEET, writes })).rejects.toMatchObject({ kind: "excel" });
    // The writing sync failed at its last operation, its cells written: a second batch put them back.
    expect(globals.contexts.map((c) => c.syncOperations[2])).toEqual([operations, undefined]);
    expect(changed(before, cellsOf(wb))).toEqual({});
    const sheet = wb.sheet("P. Tư pháp");
    const links = sheet.hyperlinkAt.bind(sheet);
    const linkedCells = wb
      .values("P. Tư pháp")
      .flatMap((row, r) => row.map((_, c) => links(r, c)).filter((l) => l !== undefined));
    expect(linkedCells).toEqual([]);
  });
  it("puts back only the cells it wrote when a protected sheet refuses its cells, and says the sheet is protected", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const files = await returned([cycle.unitFiles.justice, cycle.unitFiles.home]);
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), files);
    const last = writes[writes.length - 1].sheet;
    expect(writes[0].sheet).not.toBe(last);
    await run(wb, async (context) => context.workbook.worksheets.getItem(last).protection.protect());
    const before = cellsOf(wb);
    // Writing into the protected sheet again, to put back cells that never changed, would fail the put-back too.
    await expect(host.collect({ sheet: SHEET, writes })).rejects.toMatchObject({ kind: "protected" });
    expect(changed(before, cellsOf(wb))).toEqual({});
  });
  it("takes a unit's plain evidence over a linked one it was sent unchanged, and Restore gives the link back", async () => {
    const dir = tempDir();
    const applied = await edit(await applyTo(dir), path.join(dir, "lien-ket.xlsx"), (book) => {
      cellOf(book.getWorksheet("P. Tư pháp")!, "2.1", COLS.evidence).value = {
        text: "QĐ 15/QĐ-UBND",
        hyperlink: "https://vanban.example.gov.vn/qd-15.pdf",
      } as ExcelJS.CellHyperlinkValue;
    });
    expect((await cli("split", applied, "-d", path.join(dir, "gui"))).code).toBe(0);
    const typed = await edit(path.join(dir, "gui", "P. Tư pháp.xlsx"), path.join(dir, "tu-phap.xlsx"), (book) => {
      cellOf(book.worksheets[0], "2.1", COLS.evidence).value = "QĐ 16/QĐ-UBND";
    });
    const wb = await openInExcel(applied);
    globals = installExcelGlobals(wb);
    // The link as Excel holds it in the open master (the cells read from the file carry none).
    const row = wb.values("P. Tư pháp").findIndex((r) => r.includes("QĐ 15/QĐ-UBND"));
    const column = wb.values("P. Tư pháp")[row].indexOf("QĐ 15/QĐ-UBND");
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem("P. Tư pháp").getRange(cellAddress(row + 1, column + 1)).hyperlink = {
        address: "https://vanban.example.gov.vn/qd-15.pdf",
        textToDisplay: "QĐ 15/QĐ-UBND",
      };
    });
    const host = createOfficeHost();
    const { collected } = await collect(host, [typed]);
    const take = collected.taken[0].merge.takes.find((t) => t.field === "evidence")!;
    const sheet = wb.sheet("P. Tư pháp");
    expect(wb.values("P. Tư pháp", cellAddress(take.row, take.column))).toEqual([["QĐ 16/QĐ-UBND"]]);
    expect(sheet.hyperlinkAt(take.row - 1, take.column - 1)).toBeUndefined();
    await host.restoreCollected(SHEET);
    expect(wb.values("P. Tư pháp", cellAddress(take.row, take.column))).toEqual([["QĐ 15/QĐ-UBND"]]);
    expect(sheet.hyperlinkAt(take.row - 1, take.column - 1)).toMatchObject({
      address: "https://vanban.example.gov.vn/qd-15.pdf",
    });
  });
});

describe("collect under Excel on the web's request limit", () => {
  /** The justice unit's evidence for its three criteria, each a long text (what a unit pastes from a report). */
  async function longEvidence(cycle: Awaited<ReturnType<typeof sendAndType>>) {
    return edit(cycle.unitFiles.justice, path.join(cycle.dir, "tu-phap-long.xlsx"), (book) => {
      for (const code of ["2.1", "2.2", "2.3"])
        cellOf(book.worksheets[0], code, COLS.evidence).value =
          `Minh chứng ${code}: ${"Báo cáo kết quả. ".repeat(600)}`;
    });
  }
  const limit = 60_000;

  it("splits the writes into more syncs, every request under the limit, and Restore still puts everything back", async () => {
    const cycle = await sendAndType();
    const wb = await openInExcel(cycle.master);
    globals = installExcelGlobals(wb, { contextOptions: { requestLimitBytes: limit } });
    const host = createOfficeHost({ payloadLimitBytes: limit });
    const before = cellsOf(wb);
    const { collected, syncs } = await collect(host, [await longEvidence(cycle), cycle.unitFiles.home]);
    const context = globals.contexts[globals.contexts.length - 1];
    expect(syncs[0]).toBeGreaterThan(3);
    expect(Math.max(...context.syncRequestBytes)).toBeLessThanOrEqual(limit);
    const evidence = collected.taken.flatMap((t) => t.merge.takes.filter((take) => take.field === "evidence"));
    expect(evidence).toHaveLength(3);
    for (const take of evidence)
      expect(wb.values(`P. Tư pháp`, cellAddress(take.row, take.column))[0][0]).toMatch(/^Minh chứng 2\.\d: Báo cáo/);
    await host.restoreCollected(SHEET);
    expect(changed(before, cellsOf(wb))).toEqual({});
  });

  it("counts each cell's two commands: at a limit just under what its writes and state take, two requests", async () => {
    const cycle = await sendAndType();
    const files = [cycle.unitFiles.justice, cycle.unitFiles.home];
    // Measured without a limit: the writing sync (four short cells, their links taken off, and the state).
    globals = installExcelGlobals(await openInExcel(cycle.master));
    await collect(createOfficeHost(), files);
    const whole = globals.contexts[globals.contexts.length - 1].syncRequestBytes[2];
    globals.uninstall();
    // 500 bytes under: a cell's link taken off and its write are two commands, 440 bytes besides its content, and
    // four cells counted without them would all go with the state, a request Excel refuses.
    const under = whole - 500;
    const wb = await openInExcel(cycle.master);
    globals = installExcelGlobals(wb, { contextOptions: { requestLimitBytes: under } });
    const before = cellsOf(wb);
    const { syncs } = await collect(createOfficeHost({ payloadLimitBytes: under }), files);
    expect(syncs).toEqual([4]);
    expect(Math.max(...globals.contexts[globals.contexts.length - 1].syncRequestBytes)).toBeLessThanOrEqual(under);
    expect(changed(before, cellsOf(wb))).toEqual(EXPECTED_CHANGES);
  });

  it("a batch that fails after an earlier one wrote its cells leaves the workbook as it was", async () => {
    const cycle = await sendAndType();
    const wb = await openInExcel(cycle.master);
    // The fourth sync is the second batch of writes: the third wrote the first long texts.
    const failAtOperation = { sync: 4, operation: 0 };
    globals = installExcelGlobals(wb, { contextOptions: { requestLimitBytes: limit, failAtOperation } });
    const before = cellsOf(wb);
    const stateBefore = wb.values(STATE_SHEET);
    const files = [await longEvidence(cycle), cycle.unitFiles.home];
    await expect(collect(createOfficeHost({ payloadLimitBytes: limit }), files)).rejects.toMatchObject({
      kind: "excel",
    });
    const failed = globals.contexts.find((c) => c.syncCount === 4)!;
    expect(failed.syncOperations[2]).toBeGreaterThan(0);
    expect(changed(before, cellsOf(wb))).toEqual({});
    expect(wb.values(STATE_SHEET)).toEqual(stateBefore);
  });

  it("says so when putting the cells back fails too", async () => {
    const { cycle, wb, host } = await cycleInExcel();
    const files = await returned([cycle.unitFiles.justice, cycle.unitFiles.home]);
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), files);
    // The collect's writing sync fails, and the batch that would put the cells back cannot open (Excel closed
    // meanwhile, say).
    globals!.uninstall();
    globals = installExcelGlobals(wb, { contextOptions: { failAtSync: 3 } });
    const open = Excel.run;
    let runs = 0;
    (Excel as { run: unknown }).run = (...args: unknown[]) =>
      ++runs > 1 ? Promise.reject(new Error("closed")) : (open as (...a: unknown[]) => unknown)(...args);
    await expect(createOfficeHost().collect({ sheet: SHEET, writes })).rejects.toEqual(
      new HostError("rollback-failed", "Error: closed"),
    );
  });

  it("without the split, the in-memory Excel refuses the same collect as Excel on the web does", async () => {
    const cycle = await sendAndType();
    const wb = await openInExcel(cycle.master);
    globals = installExcelGlobals(wb, { contextOptions: { requestLimitBytes: limit } });
    const files = [await longEvidence(cycle), cycle.unitFiles.home];
    await expect(collect(createOfficeHost(), files)).rejects.toMatchObject({ kind: "excel" });
  });
});
