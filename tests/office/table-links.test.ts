/**
 * A hyperlink a user put on a table cell the run changes (a leaf's points typed as text, linked to its evidence) is
 * still there, with the text as typed, after Restore and after a failed run is rolled back (issue 10 item 8). Excel
 * keeps a cell's own hyperlink when its contents are written (a HYPERLINK formula typed over one leaves both,
 * dailydoseofexcel.com "The Duality of Hyperlinks"; the in-memory Excel models it), so the run never takes it off and
 * the backup need not carry it.
 */
import { cellAddress } from "../../src/core/cells";
import { installExcelGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { applyAll, SEED_FILE, SHEET } from "./seed-host";
import { fixtureWorkbook } from "./workbooks";

jest.setTimeout(60_000);

const LINK = { address: "https://example.gov.vn/minh-chung.pdf", textToDisplay: "1,5" };

async function linkAt(wb: MemoryWorkbook, address: string): Promise<Excel.RangeHyperlink | undefined> {
  let link: Excel.RangeHyperlink | undefined;
  await run(wb, async (context) => {
    const cells = context.workbook.worksheets.getItem(SHEET).getRange(address).getCellProperties({ hyperlink: true });
    await context.sync();
    link = cells.value[0][0].hyperlink;
  });
  return link;
}

/** The seed with a hyperlink on the first table cell a run changes (a leaf's "1,5" typed as text), and its address. */
async function linkedSeed(): Promise<{ wb: MemoryWorkbook; address: string; writes: number }> {
  const probe = await fixtureWorkbook(SEED_FILE);
  const globals = installExcelGlobals(probe);
  const host = createOfficeHost();
  await applyAll(host);
  const writes = globals.contexts[globals.contexts.length - 1].syncOperations[2];
  const { state } = await host.snapshot({ kind: "sheet", sheet: SHEET });
  globals.uninstall();
  const first = state.backups[0].cells[0];
  expect(first.content).toEqual({ kind: "text", text: "1,5" });
  const wb = await fixtureWorkbook(SEED_FILE);
  const address = cellAddress(first.row, first.column);
  await run(wb, async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(address).hyperlink = LINK;
    await context.sync();
  });
  return { wb, address, writes };
}

describe("a hyperlink on a table cell the run changes", () => {
  it("is there after the run and after Restore, with the text as typed", async () => {
    const { wb, address } = await linkedSeed();
    const globals = installExcelGlobals(wb);
    try {
      const host = createOfficeHost();
      await applyAll(host);
      expect(wb.cell(SHEET, address).value).toBe(1.5);
      await host.restore(SHEET);
    } finally {
      globals.uninstall();
    }
    expect(wb.cell(SHEET, address).value).toBe("1,5");
    expect(await linkAt(wb, address)).toEqual(LINK);
  });

  it("is there after a failed run is rolled back", async () => {
    const { wb, address, writes } = await linkedSeed();
    // Excel stops at the last write of the writing sync: every table cell has been written by then.
    const globals = installExcelGlobals(wb, {
      contextOptions: { failAtOperation: { sync: 3, operation: writes - 1 } },
    });
    try {
      await expect(applyAll(createOfficeHost())).rejects.toMatchObject({ kind: "excel" });
    } finally {
      globals.uninstall();
    }
    expect(wb.cell(SHEET, address).value).toBe("1,5");
    expect(await linkAt(wb, address)).toEqual(LINK);
  });
});
