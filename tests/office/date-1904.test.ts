/**
 * A workbook in the 1904 date system open in Excel (the in-memory Excel with `date1904`): Range.values gives its
 * dates 1,462 lower than the engine counts them. Through the Office.js adapter, what the engine reads is the day the
 * cell shows, and what it writes is stored as that day, at no sync more. 30/06/2024 is 45473 in the 1900 system,
 * 44011 in the 1904 one.
 */
import { cellAddress } from "../../src/core/cells";
import { STATE_SHEET } from "../../src/core/edits";
import { progressReport } from "../../src/core/progress/status";
import { collectReportLines, previewCollect, unitFilesOf } from "../../src/core/unit-files";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { loadWorkbook } from "../../src/xlsx/load";
import { readWorkbookCells } from "../../src/xlsx/read";
import { returnedWorkbook, unitWorkbookBase64 } from "../../src/xlsx/unit-workbook";
import { JUNE_30, sendAndType } from "../unit-files/cycle";
import { applyAll, SEED_FILE, SHEET } from "./seed-host";
import { fixtureWorkbook, specOf } from "./workbooks";

// The send-and-collect cycle runs apply and split on the seed: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

const IN_1904 = JUNE_30 - 1462;
const JUSTICE = "P. Tư pháp";
/** The justice office's deadline for criterion 2.1 on its assignment sheet (tests/unit-files/cycle.ts). */
const DEADLINE = "J6";

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

function hostOver(wb: MemoryWorkbook): WorkbookHost {
  wb.date1904 = true;
  globals = installExcelGlobals(wb);
  return createOfficeHost();
}

/** The cycle's master open in a 1904 Excel (it holds no date yet), and the unit files typed. */
async function cycleIn1904() {
  const cycle = await sendAndType();
  const sheets = await readWorkbookCells(cycle.master);
  const wb = MemoryWorkbook.fromSheets(
    sheets.map((s) => specOf(s, s.name === STATE_SHEET ? { visibility: "VeryHidden" } : {})),
  );
  return { cycle, wb, host: hostOver(wb) };
}

describe("a 1904 workbook in Excel", () => {
  it("types a date as the 1904 system counts it (the in-memory Excel)", async () => {
    const { wb } = await cycleIn1904();
    wb.editByUser(JUSTICE, DEADLINE, "6/30/2024");
    expect(wb.values(JUSTICE, DEADLINE)).toEqual([[IN_1904]]);
  });

  it("gives the engine a deadline as its day: for the files sent to units, and for the follow-up", async () => {
    const { wb, host } = await cycleIn1904();
    wb.editByUser(JUSTICE, DEADLINE, "6/30/2024");
    const source = await host.readUnitFilesSource(SHEET);
    expect(source.contents.get(JUSTICE)![5][9]).toMatchObject({ kind: "number", value: JUNE_30 });
    const progress = await host.readProgress();
    const sheet = progress.sheets.get(JUSTICE)!;
    expect(sheet.values[6 - sheet.top][10 - sheet.left]).toEqual({ kind: "date", serial: JUNE_30 });
  });

  it("reads a deadline typed as a plain number as the day a date format shows, in three syncs", async () => {
    // The sheet's overdue mark and the summary compare the cell with TODAY(), in the workbook's system: 44011 is
    // 30/06/2024 there, whether the cell shows it as a number (General) or as a date.
    const { wb, host } = await cycleIn1904();
    const deadlineOn = async (format: string) => {
      wb.formatByUser(JUSTICE, DEADLINE, { numberFormat: format });
      wb.editByUser(JUSTICE, DEADLINE, IN_1904);
      const before = globals!.contexts.length;
      const read = await host.readProgress();
      expect(globals!.contexts.slice(before).map((c) => c.syncCount)).toEqual([3]);
      const report = progressReport({ asOf: "2024-06-01", ...read });
      return report.criteria.find((c) => c.code === "2.1" && c.sheetName === JUSTICE);
    };
    expect(await deadlineOn("General")).toMatchObject({ deadline: "2024-06-30", overdue: false });
    expect(await deadlineOn("dd/mm/yyyy")).toMatchObject({ deadline: "2024-06-30", overdue: false });
  });

  it("sends a deadline held as a plain number as the day it is in the workbook, in a file in its date system", async () => {
    const { wb, host } = await cycleIn1904();
    wb.formatByUser(JUSTICE, DEADLINE, { numberFormat: "General" });
    wb.editByUser(JUSTICE, DEADLINE, IN_1904);
    const source = await host.readUnitFilesSource(SHEET);
    const contents = (name: string) => source.contents.get(name) ?? null;
    const files = unitFilesOf({ ...source, contents, language: "vi", planName: SHEET });
    const justice = files.find((f) => f.draft.name === JUSTICE)!;
    const sent = await loadWorkbook(Buffer.from(await unitWorkbookBase64(justice), "base64"));
    // The unit file's deadline column shows dates: 44011 must show as 30/06/2024 there as it counts in the master.
    expect(sent.worksheets[0].getCell(DEADLINE).value).toEqual(new Date(Date.UTC(2024, 5, 30)));
  });

  it("says a conflict on a deadline held as a plain number with the day it is in the workbook", async () => {
    // The justice office typed 30/06/2024 (a date) for 2.1; the master, meanwhile, 44012 (01/07/2024) as a number.
    const { cycle, wb, host } = await cycleIn1904();
    wb.formatByUser(JUSTICE, DEADLINE, { numberFormat: "General" });
    wb.editByUser(JUSTICE, DEADLINE, IN_1904 + 1);
    const file = cycle.unitFiles.justice;
    const returned = [{ file, kind: "read" as const, workbook: returnedWorkbook(await loadWorkbook(file)) }];
    const { collected } = previewCollect(await host.readUnitFilesSource(SHEET), returned);
    expect(collectReportLines(collected, "vi")).toContainEqual(
      expect.stringContaining(`giữ "01/07/2024" của tệp kế hoạch; tệp đơn vị ghi "30/06/2024".`),
    );
  });

  it("collects a unit's deadline as its day, in three syncs, and Restore takes it back", async () => {
    const { cycle, wb, host } = await cycleIn1904();
    const file = cycle.unitFiles.justice;
    const returned = [{ file, kind: "read" as const, workbook: returnedWorkbook(await loadWorkbook(file)) }];
    const { writes } = previewCollect(await host.readUnitFilesSource(SHEET), returned);
    const before = globals!.contexts.length;
    await host.collect({ sheet: SHEET, writes });
    expect(globals!.contexts.slice(before).map((c) => c.syncCount)).toEqual([3]);
    expect(wb.values(JUSTICE, DEADLINE)).toEqual([[IN_1904]]);
    await host.restoreCollected(SHEET);
    expect(wb.values(JUSTICE, DEADLINE)).toEqual([[""]]);
  });

  it("reads a date in the table as its day, and keeps a unit's deadline through a rerun, at the same syncs", async () => {
    const wb = await fixtureWorkbook(SEED_FILE);
    const host = hostOver(wb);
    wb.editByUser(SHEET, "M2", "6/30/2024");
    const snapshot = await host.snapshot({ kind: "sheet", sheet: SHEET });
    const table = snapshot.sheets[0];
    expect(table.values[2 - table.top][13 - table.left]).toEqual({ kind: "date", serial: JUNE_30 });

    const first = await applyAll(host);
    const home = first.created.find((c) => c.unit === "Phòng Nội vụ")!.name;
    const deadline = cellAddress(6, 10);
    wb.editByUser(home, deadline, "6/30/2024");
    const rerun = globals!.contexts.length + 1;
    await applyAll(host);
    expect(wb.values(home, deadline)).toEqual([[IN_1904]]);
    // The snapshot the pane takes first, then the run: one sync to list, one for the earlier sheets, one to read,
    // one to write, as in a 1900 workbook (tests/office/apply-run.test.ts).
    expect(globals!.contexts.slice(rerun).map((c) => c.syncCount)).toEqual([4]);
  });

  it("keeps a deadline typed as a plain number through a rerun as that number, read as its day, at the same syncs", async () => {
    const wb = await fixtureWorkbook(SEED_FILE);
    const host = hostOver(wb);
    const first = await applyAll(host);
    const home = first.created.find((c) => c.unit === "Phòng Nội vụ")!.name;
    const deadline = cellAddress(6, 10);
    wb.formatByUser(home, deadline, { numberFormat: "General" });
    wb.editByUser(home, deadline, IN_1904);
    const rerun = globals!.contexts.length + 1;
    await applyAll(host);
    expect(globals!.contexts.slice(rerun).map((c) => c.syncCount)).toEqual([4]);
    // Written back as it was read: a number in no date format is not turned, so it stays the day it was.
    expect(wb.values(home, deadline)).toEqual([[IN_1904]]);
    const report = progressReport({ asOf: "2024-06-01", ...(await host.readProgress()) });
    expect(report.criteria.find((c) => c.sheetName === home && c.cell === "K6")?.deadline).toBe("2024-06-30");
  });
});
