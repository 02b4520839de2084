/**
 * A user's table keeps its header row, or its lack of one, when ExcelJS reads and writes it (src/xlsx/list-objects.ts):
 * Excel writes `headerRowCount="0"` for a table without header row and leaves the attribute out for one header row.
 */
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/load";
import { readZipEntries, writeStoredZip } from "../../src/xlsx/zip-package";
import { tablesOf } from "../xlsx-apply/helpers";

const tablePart = (headerRowCount: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="DonVi" displayName="DonVi" ref="A1:B2"${headerRowCount} totalsRowShown="0"><tableColumns count="2"><tableColumn id="1" name="Cột1"/><tableColumn id="2" name="Cột2"/></tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

/** A workbook of one two-row table, its part as Excel writes it with `headerRowCount` as given. */
async function withTable(headerRowCount: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Danh sách").addTable({
    name: "DonVi",
    ref: "A1",
    headerRow: false,
    columns: [{ name: "Cột1" }, { name: "Cột2" }],
    rows: [
      ["Sở Nội vụ", 3],
      ["UBND phường Nghĩa Đức", 4],
    ],
  });
  const entries = readZipEntries(Buffer.from(await wb.xlsx.writeBuffer()));
  const table = (name: string) => /^xl\/tables\/[^/]+\.xml$/.test(name);
  return writeStoredZip(
    entries.map((e) => (table(e.name) ? { ...e, data: Buffer.from(tablePart(headerRowCount)) } : e)),
  );
}

describe("a table read and written again", () => {
  it.each([
    ["without header row", ' headerRowCount="0"', 0],
    ["with its one header row said", ' headerRowCount="1"', 1],
    ["with its one header row left out", "", 1],
  ])("keeps a table %s", async (_, attribute, headerRows) => {
    const wb = await loadWorkbook(await withTable(attribute));
    const [written] = tablesOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(written).toMatchObject({ name: "DonVi", headerRows });
  });
});
