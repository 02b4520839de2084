import { MemoryWorkbook } from "../../src/memory-excel";
import { activeSheetGrid } from "../../src/playground/grid";

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: "Plan",
      cells: [
        ["Title", null, null],
        ["1.", 14, "=B2*2"],
        ["1.1", "1,5", null],
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
    expect(second.cells[0].spills).toBe(false);
    wb.activate(wb.sheet("Other"));
    expect(activeSheetGrid(wb).rows[0].cells[0]).toMatchObject({ text: "x", spills: true });
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
});
