/**
 * Through the in-memory Excel: what a user typed keeps its type and number format through a rerun (the assignment
 * sheets' progress), a Restore and a rollback (the table's cells the run changed): a date stays a date in its own
 * format, a boolean a boolean, an error value an error, a number its format. Cell by cell, over the whole sheet.
 */
import { cellAddress } from "../../src/core/cells";
import { INPUT_COLUMNS } from "../../src/core/edits";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost, WorkbookHost } from "../../src/office";
import { applyAll, SEED_FILE, SHEET } from "./seed-host";
import { fixtureWorkbook } from "./workbooks";

const HOME = "Phòng Nội vụ";
const [DEADLINE, , RESULT, EVIDENCE] = INPUT_COLUMNS;

// Each case runs apply on the seed once or twice: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

let wb: MemoryWorkbook;
let globals: InstalledGlobals;
let host: WorkbookHost;

/** `failAt`: the operation of the writing sync (the third) at which Excel stops, keeping what came before it. */
async function open(): Promise<void> {
  wb = await fixtureWorkbook(SEED_FILE);
  install();
}
function install(failAt?: number): void {
  globals?.uninstall();
  const failAtOperation = failAt === undefined ? undefined : { sync: 3, operation: failAt };
  globals = installExcelGlobals(wb, { contextOptions: { failAtOperation } });
  host = createOfficeHost();
}
afterEach(() => globals?.uninstall());

const apply = () => applyAll(host);

/** Every cell of a sheet's used area and a margin: what it holds, its type and its number format. */
async function cellsOf(sheet: string): Promise<Map<string, [unknown, string, unknown]>> {
  const values = wb.values(sheet);
  const address = `A1:${cellAddress(values.length + 2, Math.max(...values.map((r) => r.length)) + 2)}`;
  const out = new Map<string, [unknown, string, unknown]>();
  await run(wb, async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("formulas,valueTypes,numberFormat");
    await context.sync();
    const { formulas, valueTypes, numberFormat } = range;
    formulas.forEach((row, r) =>
      row.forEach((f, c) => out.set(cellAddress(r + 1, c + 1), [f, valueTypes[r][c], numberFormat[r][c]])),
    );
  });
  return out;
}

/** A cell's hyperlink, read as the add-in reads them. */
async function linkAt(sheet: string, address: string): Promise<Excel.RangeHyperlink | undefined> {
  let link: Excel.RangeHyperlink | undefined;
  await run(wb, async (context) => {
    const properties = context.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .getCellProperties({ hyperlink: true });
    await context.sync();
    link = properties.value[0][0].hyperlink;
  });
  return link;
}

function expectSame(sheet: string, before: Map<string, unknown>, after: Map<string, unknown>): void {
  for (const [address, cell] of before) expect([sheet, address, after.get(address)]).toEqual([sheet, address, cell]);
}

/** The user types into cells and formats some, as in Excel. */
async function type(sheet: string, cells: readonly [string, string | number, string?][]): Promise<void> {
  for (const [address, value] of cells) wb.editByUser(sheet, address, value);
  await run(wb, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const [address, , format] of cells) if (format) ws.getRange(address).numberFormat = [[format]];
    await context.sync();
  });
}

/** How many operations the first run's writing sync held. */
let writes = 0;

/** The table cells a first run on the seed gives a subtotal (backed up, then a SUM). */
async function changedByARun(): Promise<string[]> {
  await open();
  await apply();
  writes = globals.contexts[globals.contexts.length - 1].syncOperations[2];
  const { state } = await host.snapshot({ kind: "sheet", sheet: SHEET });
  return state.backups[0].cells
    .map((b) => cellAddress(b.row, b.column))
    .filter((address) => wb.cell(SHEET, address).formula?.startsWith("=SUM("));
}

/** A user's typed values of every kind, put into cells the run will change. */
const typedInto = (cells: readonly string[]): [string, string | number, string?][] => [
  [cells[0], 45657, "d mmm yyyy"],
  [cells[1], "TRUE"],
  [cells[2], "#N/A"],
  [cells[3], 0.25, "0.0%"],
  [cells[4], 1234.5, "#,##0.00"],
];

describe("what a unit typed into its assignment sheet", () => {
  it("keeps its type and number format through a rerun", async () => {
    await open();
    const first = await apply();
    const home = first.created.find((c) => c.unit === HOME)!.name;
    const row = wb.values(home).findIndex((r) => typeof r[0] === "number") + 1;
    const at = (column: number, r = row) => cellAddress(r, column);
    await type(home, [
      [at(DEADLINE), 45657, "d mmm yyyy"],
      [at(RESULT), "TRUE"],
      [at(EVIDENCE), "#N/A"],
      [at(RESULT, row + 1), 0.25, "0.0%"],
      [at(DEADLINE, row + 1), 45700],
    ]);
    const link = { address: "https://example.gov.vn/bien-ban.pdf", textToDisplay: "Biên bản" };
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(home).getRange(at(EVIDENCE, row + 1)).hyperlink = link;
      await context.sync();
    });
    const before = await cellsOf(home);
    expect(before.get(at(EVIDENCE))).toEqual(["#N/A", "Error", "General"]);
    await apply();
    expectSame(home, before, await cellsOf(home));
    expect(await linkAt(home, at(EVIDENCE, row + 1))).toEqual({
      address: link.address,
      textToDisplay: link.textToDisplay,
    });
  });
});

describe("the table's cells a run changed", () => {
  it("come back with their type and number format on Restore", async () => {
    const changed = await changedByARun();
    await open();
    await type(SHEET, typedInto(changed));
    const before = await cellsOf(SHEET);
    await apply();
    const applied = await cellsOf(SHEET);
    expect(typedInto(changed).filter(([address]) => applied.get(address)![0] !== before.get(address)![0])).toHaveLength(
      5,
    );
    await host.restore(SHEET);
    expectSame(SHEET, before, await cellsOf(SHEET));
  });

  it("come back with their type and number format when a run fails and is rolled back", async () => {
    const changed = await changedByARun();
    // Excel stops at the last write: every table cell has its SUM by then.
    await open();
    await type(SHEET, typedInto(changed));
    const before = await cellsOf(SHEET);
    install(writes - 1);
    await expect(apply()).rejects.toMatchObject({ kind: "excel" });
    install();
    expectSame(SHEET, before, await cellsOf(SHEET));
  });
});
