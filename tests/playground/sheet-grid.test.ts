import { HIGHLIGHT_COLORS } from "../../src/core/edits";
import { MemoryWorkbook } from "../../src/memory-excel";
import { activeSheetGrid, GridCell } from "../../src/playground/sheet-grid";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { appliedSample, SHEET } from "./applied";

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: "Plan",
      cells: [
        ["Title", null, null],
        ["1.", 14, "=B2*2"],
        ["1.1", "1,5", 14.494],
      ],
      merges: ["A1:C1"],
      hiddenRows: [3],
    },
    { name: "Other", cells: [["x"]] },
  ]);
}

describe("the playground's drawing of a sheet", () => {
  it("shows displayed values, merges once, and leaves hidden rows out", () => {
    const grid = activeSheetGrid(workbook());
    expect(grid.sheet).toBe("Plan");
    const [first, second] = grid.rows;
    expect(first.cells[0]).toMatchObject({ address: "A1", text: "Title", colSpan: 3 });
    expect(first.cells.map((c) => c.address)).not.toContain("B1");
    expect(second.cells.slice(0, 3).map((c) => [c.text, c.align])).toEqual([
      ["1.", "left"],
      ["14", "right"],
      ["28", "right"],
    ]);
    expect(grid.rows.map((r) => r.index)).not.toContain(2);
  });

  it("lets text run on over an empty neighbour only", () => {
    const wb = workbook();
    const [, second] = activeSheetGrid(wb).rows;
    expect(second.cells[0].runsOverPx).toBe(0);
    wb.activate(wb.sheet("Other"));
    expect(activeSheetGrid(wb).rows[0].cells[0]).toMatchObject({ text: "x" });
    expect(activeSheetGrid(wb).rows[0].cells[0].runsOverPx).toBeGreaterThan(0);
  });

  it("stops running text at the first neighbour that holds something, as the legend beside a table", () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "L", cells: [["Chú thích: ô bị mất điểm", null, null, "x"]] }]);
    const grid = activeSheetGrid(wb);
    const [legend] = grid.rows[0].cells;
    const width = (letter: string) => grid.columns.find((c) => c.letter === letter)!.widthPx;
    // Over B and C, which are empty; never over D.
    expect(legend.runsOverPx).toBe(width("B") + width("C"));
  });

  it("outlines the selection and follows the active sheet", () => {
    const wb = workbook();
    const sheet = wb.sheet("Plan");
    wb.select(sheet, { top: 1, left: 1, bottom: 1, right: 1 });
    const selected = activeSheetGrid(wb)
      .rows.flatMap((r) => r.cells)
      .filter((c) => c.selected);
    expect(selected.map((c) => c.address)).toEqual(["B2"]);
    wb.activate(wb.sheet("Other"));
    expect(activeSheetGrid(wb).sheet).toBe("Other");
  });

  it("draws the fills and bold type that were written to cells", () => {
    const wb = workbook();
    wb.sheet("Plan").patchStyle({ top: 1, left: 0, bottom: 1, right: 0 }, { fill: "#FFC7CE", bold: true });
    const cell = activeSheetGrid(wb).rows[1].cells[0];
    expect(cell).toMatchObject({ fill: "#FFC7CE", bold: true });
  });

  it("writes numbers with the decimal comma and grouping dots of Vietnamese regional settings", async () => {
    const wb = workbook();
    const sheet = wb.sheet("Plan");
    sheet.hiddenRows.clear();
    sheet.patchStyle({ top: 1, left: 2, bottom: 1, right: 2 }, { numberFormat: "#,##0.00" });
    sheet.setContent(1, 1, { kind: "constant", value: 1234.5 });
    const [, second, third] = activeSheetGrid(wb).rows;
    expect(second.cells.slice(1, 3).map((c) => c.text)).toEqual(["1234,5", "2.469,00"]);
    // Text that looks like a number stays as it was typed.
    expect(third.cells.slice(1, 3).map((c) => c.text)).toEqual(["1,5", "14,494"]);
  });
});

describe("the playground's drawing of the sample plan after the pane's apply", () => {
  let cells: Map<string, GridCell>;

  beforeAll(async () => {
    const wb = await appliedSample();
    wb.activate(wb.sheet(SHEET));
    const grid = activeSheetGrid(wb);
    cells = new Map(grid.rows.flatMap((r) => r.cells).map((c) => [c.address, c]));
  });

  /** The score cell (column D) of each scored leaf criterion that `which` picks, found by its code in column A. */
  function scoreCells(which: (max: number, score: number) => boolean): GridCell[] {
    // A domain without criteria is a leaf whose code is written "4.".
    const codeOf = (c: GridCell) => c.text.trim().replace(/\.$/, "");
    const rowOfCode = new Map([...cells.values()].filter((c) => c.column === 0).map((c) => [codeOf(c), c.row]));
    const picked = expected.criteria.filter(
      (c) => c.leaf && c.max !== null && c.score !== null && which(c.max, c.score),
    );
    return picked.map((c) => cells.get(`D${(rowOfCode.get(c.code) as number) + 1}`) as GridCell);
  }

  it("colours the zero and partial scores with the highlight rules' colours, as Excel would", () => {
    const zero = scoreCells((max, score) => max > 0 && score === 0);
    const partial = scoreCells((max, score) => score > 0 && score < max);
    expect(zero.length).toBeGreaterThan(0);
    expect(partial.length).toBeGreaterThan(0);
    for (const cell of zero) {
      expect({ address: cell.address, fill: cell.fill, font: cell.fontColor }).toEqual({
        address: cell.address,
        ...HIGHLIGHT_COLORS.zero,
      });
    }
    for (const cell of partial) {
      expect({ address: cell.address, fill: cell.fill, font: cell.fontColor }).toEqual({
        address: cell.address,
        ...HIGHLIGHT_COLORS.partial,
      });
    }
  });

  it("leaves full scores uncoloured", () => {
    const full = scoreCells((max, score) => max > 0 && score === max);
    expect(full.length).toBeGreaterThan(0);
    for (const cell of full)
      expect({ address: cell.address, fill: cell.fill }).toEqual({ address: cell.address, fill: null });
  });
});
