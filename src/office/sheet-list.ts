/** The first sync of most operations: the workbook's sheets by name and visibility (Excel.WorksheetCollection). */
import { HostError } from "./host-error";

export async function loadSheetList(context: Excel.RequestContext): Promise<Excel.WorksheetCollection> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  return worksheets;
}

/** Refuses an operation on a sheet the user has since deleted or renamed, in words the pane can show. */
export function requireListedSheet(worksheets: Excel.WorksheetCollection, sheet: string): void {
  if (!worksheets.items.some((w) => w.name === sheet)) throw new HostError("sheet-missing", sheet);
}
