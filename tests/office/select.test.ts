/**
 * "Problem → cell" on the Office side, against the in-memory Excel: the pane's link for a problem selects exactly the
 * cell the problem is about, on the table's sheet, from wherever the user was.
 */
import { analyzeWithState } from "../../src/core/analyze-with-state";
import { installExcelGlobals, InstalledGlobals, MemoryWorkbook, run } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { rowsByCode } from "../fixtures/seed-by-hand";
import { fixtureWorkbook } from "./workbooks";

const SHEET = "Phụ lục";
let wb: MemoryWorkbook;
let globals: InstalledGlobals;
beforeEach(async () => {
  wb = await fixtureWorkbook("gia-nghia-2024.pasted.xlsx");
  globals = installExcelGlobals(wb);
});
afterEach(() => globals.uninstall());

/** The selected cell, as the user sees it: sheet and A1 address. */
const selected = () => {
  const { top, left, bottom, right } = wb.selection;
  expect([bottom - top, right - left]).toEqual([0, 0]);
  return { sheet: wb.active.name, row: top + 1, column: left + 1 };
};

describe("selecting a problem's cell", () => {
  it("selects the stated score of a rounded domain, coming back from another sheet", async () => {
    // Domain 3 states 14,49 for parts adding up to 14,494; its number is in column A, its score in column D
    // ("Điểm năm 2023", the fourth column of the header on row 7).
    const row = rowsByCode(wb.values(SHEET, "A1:A80").map((r) => r[0])).get("3")!;
    expect(wb.values(SHEET, "D7")[0][0]).toMatch(/^Điểm năm 2023/);
    expect(wb.values(SHEET, `D${row}`)[0][0]).toBe("14,49");

    const host = createOfficeHost();
    const snap = await host.snapshot({ kind: "sheet", sheet: SHEET });
    const result = analyzeWithState(snap.sheets, snap.sheetNames, snap.state, SHEET);
    if (!result.ok) throw new Error("no table");
    const issue = result.plan.issues.find((i) => i.kind === "subtotal-rounding" && i.row === row)!;
    expect(issue.field).toBe("score");

    wb.activate(wb.sheet("Ghi chú"));
    // The pane links a problem to its row and its field's column.
    await host.select(result.plan.layout.sheet, issue.row!, result.plan.layout.columns[issue.field!]!);
    expect(selected()).toEqual({ sheet: SHEET, row, column: 4 });
  });

  it("selects the very cell asked for, at the table's edges too", async () => {
    const host = createOfficeHost();
    for (const [row, column] of [
      [8, 1],
      [72, 5],
      [1, 1],
      [23, 8],
    ]) {
      await host.select(SHEET, row, column);
      expect(selected()).toEqual({ sheet: SHEET, row, column });
    }
  });

  it("costs one sync", async () => {
    await createOfficeHost().select(SHEET, 23, 4);
    expect(globals.contexts[globals.contexts.length - 1].syncCount).toBe(1);
  });
});

describe("opening a sheet the add-in made", () => {
  it("brings it forward, and the table's sheet back, in one sync each", async () => {
    await run(wb, async (context) => {
      context.workbook.worksheets.add("P. Nội vụ");
      await context.sync();
    });
    const host = createOfficeHost();
    expect(wb.active.name).toBe(SHEET);
    await host.openSheet("P. Nội vụ");
    expect(wb.active.name).toBe("P. Nội vụ");
    expect(globals.contexts[globals.contexts.length - 1].syncCount).toBe(1);
    await host.openSheet(SHEET);
    expect(wb.active.name).toBe(SHEET);
  });
});
