/**
 * A user's Excel table (ListObject) beside the plan comes through apply as it was, whichever program saved it:
 * LibreOffice writes a table part without `tableStyleInfo` (a table with no style), Excel omits `headerRowCount`
 * (the default, one header row). ExcelJS could not write the first: apply failed blaming OUT.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readZipEntries, writeStoredZip } from "../../src/xlsx/zip-package";
import { loadWorkbook } from "../../src/xlsx/load";
import { apply, PASTED, tablesOf, tempDir } from "./helpers";

const SHEET = "Danh sách";
const ROWS: [string, number][] = [
  ["Sở Nội vụ", 3],
  ["UBND phường Nghĩa Đức", 4],
];

/** A table part as LibreOffice 7 writes it (saved from Calc through `soffice --convert-to xlsx`). */
const LIBREOFFICE_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="DonVi" displayName="DonVi" ref="A1:B3" headerRowCount="1" totalsRowCount="0" totalsRowShown="0"><autoFilter ref="A1:B3"></autoFilter><tableColumns count="2"><tableColumn id="1" name="Đơn vị"/><tableColumn id="2" name="Số"/></tableColumns></table>';

/** The same table as Excel writes it: no headerRowCount (one header row), a style. */
const EXCEL_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="DonVi" displayName="DonVi" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Đơn vị"/><tableColumn id="2" name="Số"/></tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

/** The seed plan with a sheet holding a two-column table, its part replaced by `tablePart`. */
async function withTable(tablePart: string): Promise<string> {
  const wb = await loadWorkbook(PASTED);
  wb.addWorksheet(SHEET).addTable({
    name: "DonVi",
    ref: "A1",
    columns: [{ name: "Đơn vị" }, { name: "Số" }],
    rows: ROWS,
  });
  const entries = readZipEntries(Buffer.from(await wb.xlsx.writeBuffer()));
  const tables = entries.filter((e) => /^xl\/tables\/[^/]+\.xml$/.test(e.name));
  expect(tables).toHaveLength(1);
  const file = path.join(tempDir(), "with-table.xlsx");
  const data = writeStoredZip(entries.map((e) => (e === tables[0] ? { ...e, data: Buffer.from(tablePart) } : e)));
  await fs.writeFile(file, data);
  return file;
}

describe.each([
  ["LibreOffice", LIBREOFFICE_TABLE],
  ["Excel", EXCEL_TABLE],
])("a table saved by %s, on a sheet beside the plan", (_by, part) => {
  it("comes through apply as it was, its cells unchanged", async () => {
    const input = await withTable(part);
    const output = path.join(tempDir(), "out.xlsx");
    const out = await apply(input, output);
    const before = tablesOf(await fs.readFile(input));
    const after = tablesOf(await fs.readFile(output));
    expect(after).toEqual(before);
    const ws = out.getWorksheet(SHEET)!;
    const values = (ws.getSheetValues() as ExcelJS.CellValue[][]).slice(1, 4).map((row) => row.slice(1, 3));
    expect(values).toEqual([["Đơn vị", "Số"], ...ROWS]);
  });
});
