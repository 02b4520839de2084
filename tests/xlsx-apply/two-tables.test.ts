/** `apply --sheet` on each of two plan tables in one workbook: each sheet keeps its own highlights. */
import * as path from "path";
import ExcelJS from "exceljs";
import { highlightsOn } from "../../src/core/edits";
import { readState } from "../../src/xlsx/write";
import { apply, PASTED, rulesOf, sheet, tempDir, variant, vi } from "./helpers";

const A = "KH 2024";
const B = "KH 2025";

const legendOf = (ws: ExcelJS.Worksheet) => [7, 8, 9, 10].map((r) => ws.getCell(r, 10).value);

/** The seed's table on A, and a copy of it (values and merged cells) on B. */
function twoTables(wb: ExcelJS.Workbook): void {
  const table = sheet(wb, "Phụ lục");
  table.name = A;
  const copy = wb.addWorksheet(B);
  table.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  for (const merge of table.model.merges) copy.mergeCells(merge);
}

describe("apply on two tables, one after the other", () => {
  let dir: string;
  let first: ExcelJS.Workbook;
  let second: ExcelJS.Workbook;
  let third: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = tempDir();
    const file = await variant(PASTED, path.join(dir, "two.xlsx"), twoTables);
    first = await apply(file, path.join(dir, "first.xlsx"), A);
    second = await apply(path.join(dir, "first.xlsx"), path.join(dir, "second.xlsx"), B);
    third = await apply(path.join(dir, "second.xlsx"), path.join(dir, "third.xlsx"), A);
  });

  it("the run on B leaves A's rules and legend as the run on A wrote them", () => {
    const rulesA = rulesOf(sheet(first, A));
    expect(rulesA).toHaveLength(3);
    expect(legendOf(sheet(first, A))[0]).toBe(vi.sheets.legendTitle);
    expect(rulesOf(sheet(second, A))).toEqual(rulesA);
    expect(legendOf(sheet(second, A))).toEqual(legendOf(sheet(first, A)));
    expect(rulesOf(sheet(second, B))).toEqual(rulesA);
    expect(legendOf(sheet(second, B))).toEqual(legendOf(sheet(first, A)));
  });

  it("the state remembers both sheets' highlights, so that the pane can clear either", () => {
    const state = readState(second);
    expect(state.highlights.map((h) => h.sheet)).toEqual([A, B]);
    expect(highlightsOn(state, A)).toEqual(highlightsOn(readState(first), A));
  });

  it("a rerun on A replaces A's rules instead of adding to them, and leaves B's", () => {
    expect(rulesOf(sheet(third, A))).toEqual(rulesOf(sheet(first, A)));
    expect(rulesOf(sheet(third, B))).toEqual(rulesOf(sheet(second, B)));
    expect(
      readState(third)
        .highlights.map((h) => h.sheet)
        .sort(),
    ).toEqual([A, B]);
  });
});
