// The pasted seed read from its .xlsx, apart from ./helpers so that the tests building their sheets by hand do not
// load ExcelJS (a quarter of a second per test file, paid again for every mutant in a mutation run).
import * as path from "path";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { SheetCells } from "../../src/core/cells";
import type { Plan } from "../../src/core/model";
import { readWorkbookCells } from "../../src/xlsx/read";

/** The pasted seed, analysed: its plan and the cells of its table's sheet. */
export async function analysedSeed(): Promise<{ plan: Plan; sheet: SheetCells }> {
  const cells = await readWorkbookCells(path.join(__dirname, "..", "fixtures", "gia-nghia-2024.pasted.xlsx"));
  const result = analyzeWorkbook(cells);
  if (!result.ok) throw new Error("no table");
  return { plan: result.plan, sheet: cells.find((s) => s.name === result.plan.layout.sheet)! };
}
