import { runInExcel } from "./run-in-excel";

/** Stops watching; resolves once Excel has dropped the handler. */
export type StopWatching = () => Promise<void>;

/**
 * Calls `onChange` whenever cells of the sheet change, by the user or a co-author: one sync. Excel from ExcelApi
 * 1.14 tells the add-in's own writes apart, and those are left out; older Excel reports them too.
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
