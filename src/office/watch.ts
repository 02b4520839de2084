import { runInExcel } from "./run-in-excel";

/** Stops watching; resolves once Excel has dropped the handler. */
export type StopWatching = () => Promise<void>;

/**
 * Calls `onChange` whenever cells of the sheet change, by the user or a co-author: one sync. Worksheet.onChanged
 * (ExcelApi 1.7, the manifest's minimum) hears changes of contents. Excel from ExcelApi 1.14 tells the add-in's own
 * writes apart (triggerSource), and those are left out; an older Excel reports them too, and the pane reads the table
 * once more after its operation (ChangeFollower), finding nothing new. Changes of formats only (onFormatChanged,
 * ExcelApi 1.9) are not followed: the pane reads values and formulas, and format events carry no triggerSource at any
 * level, so every run's own colours would make the pane read again.
 */
export async function watchSheet(sheet: string, onChange: () => void): Promise<StopWatching> {
  const registration = await runInExcel(async (context) => {
    const result = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
      if (event.triggerSource !== "ThisLocalAddin") onChange();
    });
    await context.sync();
    return result;
  });
  // A handler is removed through the context that added it, as Office's documentation does it.
  return () =>
    runInExcel(async (context) => {
      registration.remove();
      await context.sync();
    }, registration.context);
}
