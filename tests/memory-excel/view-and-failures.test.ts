/** getVisibleView: the cells of a range that hidden rows and columns leave visible. */
import { MemoryWorkbook, run } from "../../src/memory-excel";

it("lists the addresses of the visible cells only, after load and sync", async () => {
  const wb = MemoryWorkbook.fromSheets([{ name: "S", cells: [[1, 2, 3]], hiddenRows: [2], hiddenColumns: [2] }]);
  await run(wb, async (context) => {
    const view = context.workbook.worksheets.getItem("S").getRange("A1:C3").getVisibleView();
    // Reading before load and sync must fail, as in Excel.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => view.cellAddresses).toThrow(/not available/);
    view.load("cellAddresses,rowCount");
    await context.sync();
    expect(view.cellAddresses).toEqual([
      ["S!A1", "S!C1"],
      ["S!A3", "S!C3"],
    ]);
    expect(view.rowCount).toBe(2);
  });
});

it("fails at a chosen operation of a sync, keeping the operations before it, as Excel does", async () => {
  const wb = MemoryWorkbook.fromSheets([{ name: "S" }]);
  await expect(
    run(
      wb,
      async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      },
      { failAtOperation: { sync: 1, operation: 2 } },
    ),
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(wb.values("S", "A1:A3")).toEqual([[1], [2], [""]]);
});
