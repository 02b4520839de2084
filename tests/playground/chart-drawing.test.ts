/** The data and place of the charts the playground draws. */
import { messagesFor } from "../../src/i18n";
import { MemoryWorkbook, run } from "../../src/memory-excel";
import { parseRect } from "../../src/memory-excel/address";
import { activeSheetGrid } from "../../src/playground/sheet-grid";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import { appliedSample, SHEET } from "./applied";

const vi = messagesFor("vi");

describe("the summary sheet's chart after the pane's apply", () => {
  it("plots every domain's max and score, named by the table's headers, where Excel places it", async () => {
    const wb = await appliedSample();
    wb.activate(wb.sheet(vi.sheets.summaryName));
    const grid = activeSheetGrid(wb);
    expect(grid.charts).toHaveLength(1);
    const [chart] = grid.charts;
    const domains = expected.criteria.filter((c) => c.level === 1);
    expect(chart.title).toBe(vi.sheets.chartTitle("2023"));
    // Labelled by the domains' codes: their names, up to 114 characters, would be cut short under the bars.
    expect(chart.categories).toEqual(domains.map((d) => d.code));
    // The series are named as the plan table's max and score columns.
    const headers = wb.values(SHEET, "C7:D7")[0];
    expect(chart.series.map((s) => s.name)).toEqual(headers);
    const [max, score] = chart.series;
    domains.forEach((d, i) => {
      expect(max.values[i]).toBeCloseTo((d.computed ?? d).max as number, 9);
      expect(score.values[i]).toBeCloseTo((d.computed ?? d).score as number, 9);
    });
    const [{ position }] = wb.charts(vi.sheets.summaryName);
    expect(chart.anchor).toEqual(parseRect(position!.start));
    // The grid reaches the cells the chart covers, so that it can be drawn over them.
    expect(grid.columns[grid.columns.length - 1].index).toBeGreaterThanOrEqual(chart.anchor.right);
  });
});

describe("a chart's data and anchor", () => {
  async function withChart(start: string, end?: string): Promise<MemoryWorkbook> {
    const wb = MemoryWorkbook.fromSheets([
      {
        name: "S",
        cells: [
          ["Năm", "Điểm", "Mục tiêu"],
          [2023.5, 14.494, "n/a"],
          ["2024", "=B2*2", 30],
        ],
      },
    ]);
    await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Columns");
      chart.setPosition(start, end);
      await context.sync();
    });
    return wb;
  }

  it("reads categories as shown, numbers as computed, and leaves out what is not a number", async () => {
    const [chart] = activeSheetGrid(await withChart("E2", "H12")).charts;
    expect(chart.categories).toEqual(["2023,5", "2024"]);
    expect(chart.series).toEqual([
      { name: "Điểm", values: [14.494, 28.988] },
      { name: "Mục tiêu", values: [null, 30] },
    ]);
    expect(chart.anchor).toEqual({ top: 1, left: 4, bottom: 11, right: 7 });
  });

  it("gives a chart placed by one cell Excel's default size", async () => {
    const [chart] = activeSheetGrid(await withChart("E2")).charts;
    expect(chart.anchor).toEqual({ top: 1, left: 4, bottom: 15, right: 11 });
  });
});
