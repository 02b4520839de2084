/** The playground draws its workbook again after an Excel.run that may have changed it, and only then. */
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { notifyAfterChangingRuns, workbookChanges } from "../../src/playground/changes";

type Run = (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;

/** An in-memory Excel whose runs are watched, as the playground watches them; `redraws()` counts the notices. */
function watchedExcel(): { run: Run; redraws: () => number } {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "Plan",
      cells: [
        ["STT", "Tiêu chí"],
        [1, "Công tác chỉ đạo"],
      ],
    },
  ]);
  const target: Record<string, unknown> = {};
  installExcelGlobals(wb, { target });
  const excel = target.Excel as { run: Run };
  const changes = workbookChanges();
  let redraws = 0;
  changes.subscribe(() => redraws++);
  notifyAfterChangingRuns(excel as unknown as { run: (...args: never[]) => Promise<unknown> }, wb, changes);
  return { run: (batch) => excel.run(batch), redraws: () => redraws };
}

test("a run that only loads, asks a count or listens for changes draws nothing again", async () => {
  const excel = watchedExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.getRange("A1:B2").load("values");
    context.workbook.worksheets.getItemOrNullObject("Other").load("name");
    context.workbook.worksheets.getCount();
    await context.sync();
    const handler = sheet.onChanged.add(async () => undefined);
    await context.sync();
    handler.remove();
    await context.sync();
  });
  expect(excel.redraws()).toBe(0);
});

test("a run that writes, selects or activates draws once after it", async () => {
  const excel = watchedExcel();
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Plan").getRange("B2").values = [["Đã sửa"]];
    await context.sync();
  });
  expect(excel.redraws()).toBe(1);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Plan").getRange("A2").select();
  });
  expect(excel.redraws()).toBe(2);
});

test("a run that fails after a write still draws what it wrote", async () => {
  const excel = watchedExcel();
  const failing = excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.getRange("B2").values = [["Đã sửa"]];
    context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
    await context.sync();
  });
  await expect(failing).rejects.toThrow();
  expect(excel.redraws()).toBe(1);
});
