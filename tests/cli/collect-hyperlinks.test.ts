/**
 * Evidence a unit gave as a hyperlink comes back a hyperlink: `collect` writes the link with the text, a web address
 * and a place in the workbook alike, and a cell that had a link and gets plain text loses the old link.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/load";
import { cellOf, cli, COLS, edit } from "../unit-files/cycle";
import { apply, PASTED, tempDir } from "../xlsx-apply/helpers";

const URL = "https://vanban.example.gov.vn/qd-15.pdf";

describe("collect keeps evidence hyperlinks", () => {
  it("writes a unit's linked evidence as a hyperlink, and takes an old link off a cell given plain text", async () => {
    const dir = tempDir();
    const applied = path.join(dir, "ke-hoach.xlsx");
    await apply(PASTED, applied);
    // The master's 2.2 evidence already links somewhere; the unit replaces it with plain text.
    const master = await edit(applied, path.join(dir, "master.xlsx"), (wb) => {
      cellOf(wb.getWorksheet("P. Tư pháp")!, "2.2", COLS.evidence).value = {
        text: "Cũ",
        hyperlink: "https://old.example.gov.vn/",
      } as ExcelJS.CellHyperlinkValue;
    });
    expect((await cli("split", master, "-d", path.join(dir, "gui"))).code).toBe(0);
    const typed = await edit(path.join(dir, "gui", "P. Tư pháp.xlsx"), path.join(dir, "tu-phap.xlsx"), (wb) => {
      const ws = wb.worksheets[0];
      cellOf(ws, "2.1", COLS.evidence).value = { text: "QĐ 15/QĐ-UBND", hyperlink: URL } as ExcelJS.CellHyperlinkValue;
      cellOf(ws, "2.3", COLS.evidence).value = {
        text: "Xem bảng",
        hyperlink: "#'P. Tư pháp'!A1",
      } as ExcelJS.CellHyperlinkValue;
      cellOf(ws, "2.2", COLS.evidence).value = "Công văn 20/CV";
    });
    const out = path.join(dir, "da-nhan.xlsx");
    const result = await cli("collect", master, typed, "-o", out);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);

    const ws = (await loadWorkbook(out)).getWorksheet("P. Tư pháp")!;
    expect(cellOf(ws, "2.1", COLS.evidence).value).toEqual({ text: "QĐ 15/QĐ-UBND", hyperlink: URL });
    expect(cellOf(ws, "2.3", COLS.evidence).value).toEqual({ text: "Xem bảng", hyperlink: "#'P. Tư pháp'!A1" });
    expect(cellOf(ws, "2.2", COLS.evidence).value).toBe("Công văn 20/CV");
  });
});
