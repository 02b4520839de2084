/**
 * Through the in-memory Excel: a sheet is ours only when it still holds what we wrote, the state sheet only when it
 * is very hidden; a damaged or foreign state warns and the run goes on. Every user cell but the ones the run backs up
 * (subtotals, numbers stored as text, the legend) stays as it was, cell by cell.
 */
import { cellAddress } from "../../src/core/cells";
import { encodeState, EMPTY_STATE, STATE_SHEET } from "../../src/core/edits";
import { run } from "../../src/memory-excel";
import { ApplyOutcome } from "../../src/office";
import { applyAll, seedHostForEachTest, SHEET } from "./seed-host";

// Each case runs apply two or three times on the seed: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

const SUMMARY = "Tổng hợp";

const seed = seedHostForEachTest();
const apply = (): Promise<ApplyOutcome> => applyAll(seed.host);

/** Every cell of a sheet over its used area and a margin, as formulas (constants as they are). */
function cellsOf(name: string): Map<string, unknown> {
  const values = seed.wb.values(name);
  const rows = Math.max(1, values.length) + 3;
  const columns = Math.max(1, ...values.map((r) => r.length)) + 3;
  const formulas = seed.wb.formulas(name, `A1:${cellAddress(rows, columns)}`);
  const out = new Map<string, unknown>();
  formulas.forEach((row, r) => row.forEach((f, c) => out.set(cellAddress(r + 1, c + 1), f)));
  return out;
}

/** The user's cells before, against now: every one the same, but those the state backed up (it can put them back). */
async function expectUserCellsKept(before: ReadonlyMap<string, Map<string, unknown>>): Promise<void> {
  const { state } = await seed.host.snapshot({ kind: "sheet", sheet: SHEET });
  for (const [name, cells] of before) {
    const backedUp = new Set(
      (state.backups.find((b) => b.sheet === name)?.cells ?? []).map((b) => cellAddress(b.row, b.column)),
    );
    const now = cellsOf(name);
    for (const [address, value] of cells)
      if (!backedUp.has(address)) expect([name, address, now.get(address)]).toEqual([name, address, value]);
  }
}

const userCells = (...names: string[]) => new Map(names.map((n) => [n, cellsOf(n)]));

async function deleteSheet(name: string): Promise<void> {
  await run(seed.wb, async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

async function addSheet(name: string, cells: (string | number)[][], visibility = "Visible"): Promise<void> {
  await run(seed.wb, async (context) => {
    const ws = context.workbook.worksheets.add(name);
    ws.getRangeByIndexes(0, 0, cells.length, cells[0].length).values = cells;
    ws.visibility = visibility as Excel.SheetVisibility;
    await context.sync();
  });
}

/** Writes `text` over the state sheet's column A, as damage (or another workbook) would leave it. */
async function overwriteState(chunks: string[]): Promise<void> {
  await run(seed.wb, async (context) => {
    const ws = context.workbook.worksheets.getItem(STATE_SHEET);
    ws.getRange("A:A").clear();
    ws.getRangeByIndexes(0, 0, chunks.length, 1).values = chunks.map((c) => [`'${c}`]);
    await context.sync();
  });
}

describe("a sheet named like ours", () => {
  it("is the user's when they deleted ours and made their own: it stays, ours takes another name", async () => {
    await apply();
    await deleteSheet(SUMMARY);
    await addSheet(SUMMARY, [
      ["Ghi chép của tôi", 12],
      ["dòng 2", "=B1*2"],
    ]);
    const before = userCells(SHEET, "Ghi chú", SUMMARY);
    const again = await apply();
    expect(again.created.find((c) => c.kind === "summary")!.name).toBe(`${SUMMARY} (2)`);
    await expectUserCellsKept(before);
    expect(seed.wb.cell(SUMMARY, "B2").value).toBe(24);
    expect(again.notice).toEqual({ kind: "not-ours", sheets: [SUMMARY] });
    // Said once: the state now knows the sheet is not ours.
    expect((await apply()).notice).toBeNull();
  });

  it("is the user's when it is a visible sheet named like the state sheet, in any letter case", async () => {
    await addSheet("parindexstate", [["Sổ theo dõi", 1]]);
    const before = userCells(SHEET, "Ghi chú", "parindexstate");
    const first = await apply();
    expect(seed.wb.layout("parindexstate").visibility).toBe("Visible");
    expect(seed.wb.layout(`${STATE_SHEET} (2)`).visibility).toBe("VeryHidden");
    const again = await apply();
    // The second run found its state: the same sheets replaced, none made twice.
    expect(again.created.map((c) => c.name)).toEqual(first.created.map((c) => c.name));
    await expectUserCellsKept(before);
  });
});

describe("a damaged or foreign state", () => {
  it.each([
    ["not JSON", ["{not json"]],
    ["wrong types", [JSON.stringify({ ...EMPTY_STATE, generated: "Tổng hợp", backups: 3 })]],
    ["an unknown version", [JSON.stringify({ ...EMPTY_STATE, version: 99 })]],
  ])("(%s) warns once, knows our sheets again by their tops and replaces them in place", async (_, chunks) => {
    const first = await apply();
    const sheets = seed.wb.sheetNames();
    await overwriteState(chunks);
    const before = userCells(SHEET, "Ghi chú");
    const again = await apply();
    expect(again.notice).toEqual({ kind: "state-unreadable" });
    expect(seed.wb.sheetNames()).toEqual(sheets);
    expect(again.created.map((c) => c.name).sort()).toEqual(first.created.map((c) => c.name).sort());
    await expectUserCellsKept(before);
    expect((await apply()).notice).toBeNull();
  });

  it("naming the user's sheet as ours (copied from another workbook) leaves that sheet alone", async () => {
    await apply();
    const { state } = await seed.host.snapshot({ kind: "sheet", sheet: SHEET });
    const foreign = { ...state, generated: [...state.generated, { name: "Ghi chú", kind: "summary", unit: null }] };
    await overwriteState(encodeState(foreign as typeof state));
    const before = userCells(SHEET, "Ghi chú");
    const again = await apply();
    expect(again.notice).toEqual({ kind: "not-ours", sheets: ["Ghi chú"] });
    expect(seed.wb.sheetNames()).toContain("Ghi chú");
    await expectUserCellsKept(before);
  });
});
