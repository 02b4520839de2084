/**
 * A user's Excel table (ListObject) saved by LibreOffice itself (no `tableStyleInfo` in its part) beside the plan:
 * `par-index apply` writes OUT with the table as LibreOffice saved it, and LibreOffice opens OUT with the table.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { loadWorkbook } from "../../src/xlsx/load";
import { apply, PASTED, tablesOf, tempDir } from "../xlsx-apply/helpers";
import { convert } from "./libreoffice";

const SHEET = "Danh sách";

it("a table LibreOffice saved comes through apply as it was, and LibreOffice opens OUT with it", async () => {
  const wb = await loadWorkbook(PASTED);
  wb.addWorksheet(SHEET).addTable({
    name: "DonVi",
    ref: "A1",
    columns: [{ name: "Đơn vị" }, { name: "Số" }],
    rows: [
      ["Sở Nội vụ", 3],
      ["UBND phường Nghĩa Đức", 4],
    ],
  });
  const made = path.join(tempDir(), "with-table.xlsx");
  await wb.xlsx.writeFile(made);
  const saved = await convert(made, "xlsx");
  const before = tablesOf(await fs.readFile(saved));
  // What makes it LibreOffice's: a table part without style info.
  expect(before.map((t) => [t.name, t.style])).toEqual([["DonVi", null]]);

  const out = path.join(tempDir(), "out.xlsx");
  await apply(saved, out);
  expect(tablesOf(await fs.readFile(out))).toEqual(before);
  expect(tablesOf(await fs.readFile(await convert(out, "xlsx")))).toEqual(before);
});
