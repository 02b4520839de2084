/**
 * A plan workbook in the 1904 date system (workbook.xml's `date1904`, Excel for Mac's old default; LibreOffice writes
 * it "true"): every date `apply` and `collect` write into it stays the day it was. 30/06/2024 is 45473 in the
 * 1900 system the engine counts in, 44011 in the workbook's.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/load";
import { sheetPartOf } from "../../src/xlsx/package-xml";
import { formulaOrValue } from "../../src/xlsx/write-cell";
import { openZip, readZipEntries, writeStoredZip } from "../../src/xlsx/zip-package";
import { cellOf, cli, COLS, edit, JUNE_30 } from "../unit-files/cycle";
import { apply, PASTED, tempDir } from "../xlsx-apply/helpers";

// apply runs twice on the seed, then split and collect: on two shared cores that can pass the default 5 s.
jest.setTimeout(60_000);

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const JUSTICE = "P. Tư pháp";

let dir: string;
beforeAll(() => (dir = tempDir()));

/** The package's part as text: a sheet's by its name, or any part by its path. */
function partOf(file: string, sheetOrPart: string): string {
  const zip = openZip(readFileSync(file));
  const text = (name: string) => zip.read(name)?.toString("utf8") ?? "";
  return text(sheetOrPart.includes("/") ? sheetOrPart : sheetPartOf(text, sheetOrPart));
}

/** The raw `<v>` a cell holds in the package. */
function storedValue(file: string, sheet: string, address: string): string | undefined {
  const cell = new RegExp(`<c r="${address}"[^>]*>(?:(?!</c>).)*?<v>([^<]*)</v>`).exec(partOf(file, sheet));
  return cell?.[1];
}

/** The seed plan in the 1904 date system, with a user's sheet holding a date. */
async function plan1904(name: string): Promise<string> {
  return edit(PASTED, path.join(dir, name), (wb) => {
    wb.properties.date1904 = true;
    const notes = wb.addWorksheet("Lịch họp");
    notes.getCell("A1").value = day(2024, 6, 30);
    notes.getCell("A1").numFmt = "dd/mm/yyyy";
  });
}

describe("apply on a 1904 workbook", () => {
  let rerun: string;
  beforeAll(async () => {
    const applied = path.join(dir, "applied.xlsx");
    await apply(await plan1904("plan-1904.xlsx"), applied);
    const typed = await edit(applied, path.join(dir, "typed.xlsx"), (wb) => {
      cellOf(wb.getWorksheet(JUSTICE)!, "2.1", COLS.deadline).value = day(2024, 6, 30);
    });
    rerun = path.join(dir, "rerun.xlsx");
    await apply(typed, rerun);
  });

  it("keeps a deadline a unit typed as the same day through a rerun, stored as the workbook counts", async () => {
    const wb = await loadWorkbook(rerun);
    expect(wb.properties.date1904).toBe(true);
    const deadline = cellOf(wb.getWorksheet(JUSTICE)!, "2.1", COLS.deadline);
    expect(deadline.value).toEqual(day(2024, 6, 30));
    expect(formulaOrValue(deadline)).toBe(JUNE_30);
    expect(storedValue(rerun, JUSTICE, deadline.address)).toBe("44011");
  });

  it("writes the deadline column's earliest date (1 January 2000) in the workbook's system", () => {
    // 36526 in the 1900 system; Excel would read it as 2 January 2004 in a 1904 workbook.
    const validation = /<dataValidation\b[^>]*type="date"[^>]*>\s*<formula1>([^<]*)<\/formula1>/.exec(
      partOf(rerun, JUSTICE),
    );
    expect(validation?.[1]).toBe("35064");
  });
});

describe("split and collect from a 1904 master", () => {
  it("sends a kept deadline as its day, and takes a unit's deadline back as its day", async () => {
    const applied = path.join(dir, "master-applied.xlsx");
    await apply(await plan1904("master-1904.xlsx"), applied);
    const master = await edit(applied, path.join(dir, "master.xlsx"), (wb) => {
      cellOf(wb.getWorksheet(JUSTICE)!, "2.1", COLS.deadline).value = day(2024, 6, 30);
    });
    const split = await cli("split", master, "-d", path.join(dir, "gui"));
    expect(split.code).toBe(0);
    const sent = path.join(dir, "gui", `${JUSTICE}.xlsx`);
    expect(cellOf((await loadWorkbook(sent)).worksheets[0], "2.1", COLS.deadline).value).toEqual(day(2024, 6, 30));

    const answered = await edit(sent, path.join(dir, "tu-phap.xlsx"), (wb) => {
      cellOf(wb.worksheets[0], "2.2", COLS.deadline).value = day(2024, 9, 30);
    });
    const out = path.join(dir, "collected.xlsx");
    expect((await cli("collect", master, answered, "-o", out)).code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet(JUSTICE)!;
    expect(cellOf(ws, "2.1", COLS.deadline).value).toEqual(day(2024, 6, 30));
    expect(cellOf(ws, "2.2", COLS.deadline).value).toEqual(day(2024, 9, 30));
  });
});

describe("a deadline held as a plain number in a 1904 master", () => {
  /** A criterion's deadline on the justice office's sheet made a plain number (General): `days` after 30/06/2024. */
  const plainDeadline = (code: string, days: number) => (wb: ExcelJS.Workbook) => {
    const deadline = cellOf(
      wb.worksheets.find((ws) => ws.state === "visible" && /Tư pháp/.test(ws.name))!,
      code,
      COLS.deadline,
    );
    deadline.value = JUNE_30 + days - 1462;
    deadline.numFmt = "General";
  };
  let master: string;
  let sent: string;
  beforeAll(async () => {
    const applied = path.join(dir, "plain-applied.xlsx");
    await apply(await plan1904("plain-1904.xlsx"), applied);
    master = await edit(applied, path.join(dir, "plain-master.xlsx"), plainDeadline("2.1", 0));
    expect((await cli("split", master, "-d", path.join(dir, "plain-gui"))).code).toBe(0);
    sent = path.join(dir, "plain-gui", `${JUSTICE}.xlsx`);
  });

  it("is sent as the day it is in the master, and a plain number typed back is taken as that day", async () => {
    // The unit file's deadline column shows dates: 44011, 30/06/2024 in the master, must show so there too.
    const unit = await loadWorkbook(sent);
    expect(cellOf(unit.worksheets[0], "2.1", COLS.deadline).value).toEqual(day(2024, 6, 30));

    // 30/09/2024 typed as a plain number in the unit file: the number the master counts that day by.
    const answered = await edit(sent, path.join(dir, "plain-tu-phap.xlsx"), plainDeadline("2.2", 92));
    const out = path.join(dir, "plain-collected.xlsx");
    expect((await cli("collect", master, answered, "-o", out)).code).toBe(0);
    const status = await cli("status", out, "--as-of", "2024-06-01", "--json");
    const criteria = JSON.parse(status.out).criteria as { code: string; sheetName: string; deadline: string }[];
    const deadlines = criteria.filter((c) => c.sheetName === JUSTICE).map((c) => [c.code, c.deadline]);
    expect(deadlines).toEqual(
      expect.arrayContaining([
        ["2.1", "2024-06-30"],
        ["2.2", "2024-09-30"],
      ]),
    );
  });

  it("says a conflict on it with the days the master and the unit file hold", async () => {
    // Both changed 2.1 since it was sent: the master to 01/07/2024, the unit to 02/07/2024, each a plain number.
    const changed = await edit(master, path.join(dir, "plain-master-changed.xlsx"), plainDeadline("2.1", 1));
    const answered = await edit(sent, path.join(dir, "plain-tu-phap-2.xlsx"), plainDeadline("2.1", 2));
    const collect = await cli("collect", changed, answered, "-o", path.join(dir, "plain-conflict.xlsx"));
    expect(collect.err).toContain(`giữ "01/07/2024" của tệp kế hoạch; tệp đơn vị ghi "02/07/2024".`);
  });
});

describe('a 1904 workbook saved by LibreOffice (date1904="true")', () => {
  it("is read in its own date system and written back in it", async () => {
    const ours = await plan1904("plan-1904-ones.xlsx");
    const entries = readZipEntries(readFileSync(ours)).map((e) =>
      e.name === "xl/workbook.xml"
        ? { name: e.name, data: Buffer.from(e.data.toString("utf8").replace('date1904="1"', 'date1904="true"')) }
        : e,
    );
    const libre = path.join(dir, "plan-1904-true.xlsx");
    writeFileSync(libre, writeStoredZip(entries));
    expect(partOf(libre, "xl/workbook.xml")).toContain('date1904="true"');

    const out = path.join(dir, "libre-applied.xlsx");
    await apply(libre, out);
    const wb: ExcelJS.Workbook = await loadWorkbook(out);
    expect(wb.properties.date1904).toBe(true);
    expect(wb.getWorksheet("Lịch họp")!.getCell("A1").value).toEqual(day(2024, 6, 30));
    expect(storedValue(out, "Lịch họp", "A1")).toBe("44011");
  });
});

describe("status on a 1904 workbook", () => {
  /**
   * The plan applied, then the deadline of 2.1 on the justice office's sheet typed as 44011: as a plain number
   * (General), or in a date format. The sheet's own overdue mark and the summary compare the cell with TODAY(), which
   * counts in the workbook's system, and the date format shows it as 30/06/2024: the report reads both as that day.
   */
  async function typedIn(name: string, format: string): Promise<string> {
    const applied = path.join(dir, `status-${name}-applied.xlsx`);
    await apply(await plan1904(`status-${name}-plan.xlsx`), applied);
    return edit(applied, path.join(dir, `status-${name}.xlsx`), (wb) => {
      const deadline = cellOf(wb.getWorksheet(JUSTICE)!, "2.1", COLS.deadline);
      deadline.value = JUNE_30 - 1462;
      deadline.numFmt = format;
    });
  }

  /** What `status --json` says of 2.1 on the justice office's sheet, on 1 June 2024. */
  async function reported(file: string) {
    const status = await cli("status", file, "--as-of", "2024-06-01", "--json");
    expect(status.code).toBe(0);
    const criteria = JSON.parse(status.out).criteria as { code: string; sheetName: string }[];
    return criteria.find((c) => c.code === "2.1" && c.sheetName === JUSTICE);
  }

  it("reads a deadline typed as a plain number as the day the workbook counts, as in a date format", async () => {
    const day = { deadline: "2024-06-30", overdue: false };
    expect(await reported(await typedIn("general", "General"))).toMatchObject(day);
    expect(await reported(await typedIn("dated", "dd/mm/yyyy"))).toMatchObject(day);
  });

  it("keeps a deadline typed as a plain number through a rerun as the same number, so the same day", async () => {
    // A rerun writes what a unit typed back as it was read: a number in no date format is not turned.
    const rerun = path.join(dir, "status-rerun-again.xlsx");
    await apply(await typedIn("rerun", "General"), rerun);
    const deadline = cellOf((await loadWorkbook(rerun)).getWorksheet(JUSTICE)!, "2.1", COLS.deadline);
    expect(storedValue(rerun, JUSTICE, deadline.address)).toBe(String(JUNE_30 - 1462));
    expect(await reported(rerun)).toMatchObject({ deadline: "2024-06-30" });
  });
});
