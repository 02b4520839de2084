/**
 * `par-index apply`: a sheet is ours only when it still holds what we wrote, the state sheet only when it is very
 * hidden; a damaged or foreign state warns on stderr and OUT is written. Every user cell but the ones the state
 * backs up (subtotals, numbers stored as text, the legend) stays as it was, cell by cell.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { runApply } from "../../src/cli/apply-command";
import { encodeState, EMPTY_STATE, STATE_SHEET, WorkbookState } from "../../src/core/edits";
import { loadWorkbook } from "../../src/xlsx/load";
import { readState } from "../../src/xlsx/write";
import { PASTED, sheet, tempDir, variant, vi } from "./helpers";

// Each case runs apply two or three times on the seed: on two shared cores that can pass the default 5 s.
jest.setTimeout(30_000);

const TABLE = "Phụ lục";
const SUMMARY = vi.sheets.summaryName;

let dir: string;
let once: string;
beforeAll(async () => {
  dir = tempDir();
  once = path.join(dir, "once.xlsx");
  await runApply({ kind: "apply", file: PASTED, output: once, language: "vi" });
});

/** Runs apply on `file`: OUT read back, and what it said on stderr. */
async function applyTo(file: string, name: string): Promise<{ out: ExcelJS.Workbook; warnings: readonly string[] }> {
  const output = path.join(dir, name);
  const { warnings } = await runApply({ kind: "apply", file, output, language: "vi" });
  return { out: await loadWorkbook(output), warnings };
}

/** Every cell of a sheet, as ExcelJS holds it (formulas as formulas). */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell) => cells.set(cell.address, cell.formula ? `=${cell.formula}` : cell.value)));
  return cells;
}

/** The user's sheets in IN against OUT, cell by cell (both ways), but for the cells OUT's state backs up. */
function expectUserCellsKept(input: ExcelJS.Workbook, out: ExcelJS.Workbook, names: readonly string[]): void {
  const state = readState(out);
  for (const name of names) {
    const backedUp = new Set(
      (state.backups.find((b) => b.sheet === name)?.cells ?? []).map(
        (b) => sheet(out, name).getCell(b.row, b.column).address,
      ),
    );
    const [before, after] = [cellsOf(sheet(input, name)), cellsOf(sheet(out, name))];
    for (const address of new Set([...before.keys(), ...after.keys()])) {
      if (!backedUp.has(address))
        expect([name, address, after.get(address)]).toEqual([name, address, before.get(address)]);
    }
  }
}

function replaceState(wb: ExcelJS.Workbook, chunks: readonly string[]): void {
  const ws = sheet(wb, STATE_SHEET);
  ws.getColumn(1).eachCell((cell) => (cell.value = null));
  chunks.forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}

describe("a sheet named like ours", () => {
  it("is the user's when they deleted ours and made their own: it stays, ours takes another name", async () => {
    const file = await variant(once, path.join(dir, "own-summary.xlsx"), (wb) => {
      const place = (sheet(wb, SUMMARY) as unknown as { orderNo: number }).orderNo;
      wb.removeWorksheet(sheet(wb, SUMMARY).id);
      const own = wb.addWorksheet(SUMMARY);
      (own as unknown as { orderNo: number }).orderNo = place;
      own.getCell("A1").value = "Ghi chép của tôi";
      own.getCell("B1").value = 12;
      own.getCell("B2").value = { formula: "B1*2", result: 24 } as ExcelJS.CellFormulaValue;
    });
    const input = await loadWorkbook(file);
    const { out, warnings } = await applyTo(file, "own-summary.out.xlsx");
    expectUserCellsKept(input, out, [TABLE, "Ghi chú", SUMMARY]);
    expect(sheet(out, `${SUMMARY} (2)`).getCell("A1").value).toBe(vi.sheets.summaryTitle("2024"));
    expect(warnings).toContain(vi.ui.actions.stateNotice({ kind: "not-ours", sheets: [SUMMARY] }));
  });

  it("is the user's when it is a visible sheet named like the state sheet, in any letter case", async () => {
    for (const name of [STATE_SHEET, "parindexstate"]) {
      const file = await variant(PASTED, path.join(dir, `${name}.xlsx`), (wb) => {
        wb.addWorksheet(name).getCell("A1").value = "Sổ theo dõi";
      });
      const input = await loadWorkbook(file);
      const first = await applyTo(file, `${name}.once.xlsx`);
      expect(sheet(first.out, name).state).toBe("visible");
      expect(sheet(first.out, `${STATE_SHEET} (2)`).state).toBe("veryHidden");
      expectUserCellsKept(input, first.out, [TABLE, "Ghi chú", name]);
      // The next run finds its state there: the same sheets, none made twice.
      const again = await applyTo(path.join(dir, `${name}.once.xlsx`), `${name}.twice.xlsx`);
      expect(again.out.worksheets.map((ws) => ws.name)).toEqual(first.out.worksheets.map((ws) => ws.name));
      expectUserCellsKept(input, again.out, [TABLE, "Ghi chú", name]);
    }
  });
});

describe("a damaged or foreign state", () => {
  it.each([
    ["not JSON", ["{not json"]],
    ["wrong types", [JSON.stringify({ ...EMPTY_STATE, generated: [{ name: 3 }], layout: "A" })]],
    ["an unknown version", [JSON.stringify({ ...EMPTY_STATE, version: 99 })]],
  ])("(%s) warns, knows our sheets again by their tops and replaces them in place", async (label, chunks) => {
    const file = await variant(once, path.join(dir, `${label}.xlsx`), (wb) => replaceState(wb, chunks));
    const input = await loadWorkbook(file);
    const { out, warnings } = await applyTo(file, `${label}.out.xlsx`);
    expect(warnings).toContain(vi.ui.actions.stateNotice({ kind: "state-unreadable" }));
    expect(out.worksheets.map((ws) => ws.name)).toEqual(input.worksheets.map((ws) => ws.name));
    expectUserCellsKept(input, out, [TABLE, "Ghi chú"]);
    // OUT's state is whole again: the next run says nothing of it.
    expect((await applyTo(path.join(dir, `${label}.out.xlsx`), `${label}.again.xlsx`)).warnings).toEqual([]);
  });

  it("naming the user's sheet as ours (copied from another workbook) leaves that sheet alone", async () => {
    const file = await variant(once, path.join(dir, "foreign.xlsx"), (wb) => {
      const state: WorkbookState = readState(wb);
      replaceState(
        wb,
        encodeState({ ...state, generated: [...state.generated, { name: "Ghi chú", kind: "summary", unit: null }] }),
      );
    });
    const input = await loadWorkbook(file);
    const { out, warnings } = await applyTo(file, "foreign.out.xlsx");
    expect(warnings).toContain(vi.ui.actions.stateNotice({ kind: "not-ours", sheets: ["Ghi chú"] }));
    expectUserCellsKept(input, out, [TABLE, "Ghi chú"]);
  });
});
