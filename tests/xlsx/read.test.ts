import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { columnNumber, type CellValue, type SheetCells } from "../../src/core/cells";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { readWorkbookCells, XlsxReadError, type XlsxReadReason } from "../../src/xlsx/read";
import { readZipEntries, writeStoredZip } from "../../src/xlsx/zip-package";
import { oleFile, storedZip } from "./containers";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const PASTED = path.join(FIXTURES, "gia-nghia-2024.pasted.xlsx");
const CLEAN = path.join(FIXTURES, "gia-nghia-2024.clean.xlsx");

/** The value at a sheet address such as "D7", reading the grid the way the engine does. */
function at(sheet: SheetCells, address: string): CellValue {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const row = sheet.values[Number(digits) - sheet.top];
  return row?.[columnNumber(letters) - sheet.left] ?? null;
}

/** Sheet row (1-based) whose column A holds `code`. */
function rowOfCode(sheet: SheetCells, code: string): number {
  const index = sheet.values.findIndex((row) => row[0] === code);
  if (index < 0) throw new Error(`no row with code ${code}`);
  return sheet.top + index;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<SheetCells[]> {
  const buffer = await wb.xlsx.writeBuffer();
  return [...(await readWorkbookCells(Buffer.from(buffer)))];
}

describe("readWorkbookCells on the Gia Nghĩa fixtures", () => {
  test("pasted: sheets in tab order, header on row 7, title merges keep one value", async () => {
    const [plan, notes] = await readWorkbookCells(PASTED);
    expect(plan.name).toBe("Phụ lục");
    expect(notes.name).toBe("Ghi chú");
    expect([plan.top, plan.left]).toEqual([1, 1]);
    expect(plan.values[6]).toEqual([
      "STT",
      "Lĩnh vực, tiêu chí",
      "Điểm tối đa",
      "Điểm năm 2023",
      "Mục tiêu năm 2024",
      "Nhiệm vụ, giải pháp, nội dung thực hiện",
      "Cơ quan đơn vị chủ trì thực hiện",
      "Các cơ quan phối thực hiện",
    ]);
    expect(plan.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 8 },
      { top: 2, left: 1, bottom: 2, right: 8 },
      { top: 3, left: 1, bottom: 3, right: 8 },
      { top: 5, left: 1, bottom: 5, right: 8 },
    ]);
    expect(at(plan, "A1")).toBe("PHỤ LỤC");
    expect(at(plan, "B1")).toBeNull();
    expect(plan.hiddenRows).toEqual([]);
    expect(plan.hiddenColumns).toEqual([]);
  });

  test("pasted: decimal commas stay text, the total row is the last row", async () => {
    const [plan] = await readWorkbookCells(PASTED);
    const row34 = rowOfCode(plan, "3.4");
    expect(at(plan, `D${row34}`)).toBe("6,805");
    expect(at(plan, `C${row34}`)).toBe(7);
    expect(at(plan, "A8")).toBe("1.");
    expect(plan.top + plan.values.length - 1).toBe(72);
    expect(at(plan, "B72")).toBe("Tổng");
    expect(at(plan, "D72")).toBe("83,26");
  });

  test("pasted: blank rows are empty and 1.5's tasks continue on a row of their own", async () => {
    const [plan] = await readWorkbookCells(PASTED);
    expect(rowOfCode(plan, "1.5")).toBe(13);
    expect(plan.values[14 - 1]).toEqual([]);
    const continuation = plan.values[15 - 1];
    expect(continuation.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(typeof continuation[5]).toBe("string");
    expect(String(continuation[5]).startsWith("- ")).toBe(true);
  });

  test("pasted: the second sheet of notes is one text cell", async () => {
    const [, notes] = await readWorkbookCells(PASTED);
    expect(notes.values).toHaveLength(1);
    expect(String(notes.values[0][0])).toContain("52/KH-UBND");
  });

  test("clean: header on row 1, numbers as numbers", async () => {
    const [plan] = await readWorkbookCells(CLEAN);
    expect(plan.name).toBe("Chỉ số CCHC 2024");
    expect(at(plan, "A1")).toBe("STT");
    expect(at(plan, `D${rowOfCode(plan, "3.4")}`)).toBe(6.805);
    expect(at(plan, `D${rowOfCode(plan, "3.")}`)).toBe(14.49);
    expect(plan.merges).toEqual([]);
  });

  test("accepts a Buffer and an ArrayBuffer as well as a path", async () => {
    const data = await fs.readFile(CLEAN);
    const fromPath = await readWorkbookCells(CLEAN);
    expect(await readWorkbookCells(data)).toEqual(fromPath);
    const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    expect(await readWorkbookCells(arrayBuffer)).toEqual(fromPath);
  });
});

describe("cell values", () => {
  test("dates, formulas, rich text, hyperlinks, booleans and errors", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Giá trị");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 4, 7));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = new Date(Date.UTC(2024, 4, 7, 12));
    ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
    ws.getCell("B1").value = { formula: "SUM(C1:C2)", result: 7.5 };
    ws.getCell("B2").value = { formula: "C1*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("C1").value = 3.5;
    ws.getCell("C2").value = 4;
    ws.getCell("C3").value = { richText: [{ text: "Phòng ", font: { bold: true } }, { text: "Nội vụ" }] };
    ws.getCell("C4").value = { text: "Cổng dịch vụ công", hyperlink: "https://dichvucong.gov.vn" };
    // A link whose text is formatted in parts: ExcelJS reads its text as rich text.
    ws.getCell("C5").value = {
      text: { richText: [{ text: "Cổng ", font: { bold: true } }, { text: "DVC" }] },
      hyperlink: "https://dichvucong.gov.vn",
    } as unknown as ExcelJS.CellHyperlinkValue;
    ws.getCell("D1").value = true;
    ws.getCell("D2").value = { error: "#REF!" };
    ws.getCell("D3").value = "  1,5 điểm ";
    const [sheet] = await roundTrip(wb);
    expect(at(sheet, "A1")).toEqual({ kind: "date", serial: 45419 });
    expect(at(sheet, "A2")).toEqual({ kind: "date", serial: 45419.5 });
    expect(at(sheet, "B1")).toBe(7.5);
    expect(at(sheet, "B2")).toBeNull();
    expect(at(sheet, "B3")).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(at(sheet, "C3")).toBe("Phòng Nội vụ");
    expect(at(sheet, "C4")).toBe("Cổng dịch vụ công");
    expect(at(sheet, "C5")).toBe("Cổng DVC");
    expect(at(sheet, "D1")).toBe(true);
    expect(at(sheet, "D2")).toEqual({ kind: "error", code: "#REF!" });
    expect(at(sheet, "D3")).toBe("  1,5 điểm ");
  });

  test("a number, a true/false and an error cell a link is on read as their values", async () => {
    // Excel keeps a cell's value when a link is put on it; ExcelJS writes a link's text as a string, so the links
    // are written on column B and moved onto column A's cells in the package.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Liên kết");
    ws.getCell("A1").value = 2.5;
    ws.getCell("A2").value = false;
    ws.getCell("A3").value = { error: "#N/A" };
    for (const r of [1, 2, 3]) ws.getCell(r, 2).value = { text: "Cổng", hyperlink: "https://dichvucong.gov.vn" };
    const moved = readZipEntries(Buffer.from(await wb.xlsx.writeBuffer())).map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? { ...e, data: Buffer.from(e.data.toString("utf8").replace(/<hyperlink ref="B/g, '<hyperlink ref="A')) }
        : e,
    );
    const [sheet] = await readWorkbookCells(writeStoredZip(moved));
    expect([at(sheet, "A1"), at(sheet, "A2"), at(sheet, "A3")]).toEqual([2.5, false, { kind: "error", code: "#N/A" }]);
  });

  test("shared formulas give each cell its own cached result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tổng");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.fillFormula("B1:B2", "A1*10", [10, 20]);
    const [sheet] = await roundTrip(wb);
    expect(sheet.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  test("a 1904 workbook's dates keep their true serial", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("1904");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 4, 7));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(reloaded.properties.date1904).toBe(true);
    const [sheet] = await readWorkbookCells(buffer);
    expect(at(sheet, "A1")).toEqual({ kind: "date", serial: 45419 });
  });

  test("the grid covers the used area only; hidden rows and columns inside it are listed", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lệch");
    ws.getCell("C5").value = "STT";
    ws.getCell("E6").value = 2;
    ws.getCell("D9").value = "Tổng";
    ws.getCell("G20").numFmt = "0.00"; // styled but empty: not used
    ws.getCell("H12").value = { formula: "C5&E6" } as ExcelJS.CellFormulaValue; // no cached result, no value: not used
    ws.getRow(6).hidden = true;
    ws.getRow(30).hidden = true; // outside the used area
    ws.getColumn("D").hidden = true;
    ws.mergeCells("C7:E7");
    ws.getCell("C7").value = "Lĩnh vực";
    const [sheet] = await roundTrip(wb);
    expect([sheet.top, sheet.left]).toEqual([5, 3]);
    expect(sheet.values).toHaveLength(5);
    expect(sheet.values.every((row) => row.length <= 3)).toBe(true);
    expect(at(sheet, "E6")).toBe(2);
    expect(at(sheet, "C7")).toBe("Lĩnh vực");
    expect(at(sheet, "D7")).toBeNull();
    expect(sheet.merges).toEqual([{ top: 7, left: 3, bottom: 7, right: 5 }]);
    expect(sheet.hiddenRows).toEqual([6]);
    expect(sheet.hiddenColumns).toEqual([4]);
  });

  test("merged areas of two cells and more, across and down, listed by their top-left cell; a hidden last row and column", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Gộp");
    // Met in this order, row by row: J1 (I1:J1), B2 (A2:B2), E2 (E1:E2), then G2 and G3 (G1:G3), and D4 (C4:D5).
    for (const [area, value] of [
      ["I1:J1", "Năm"],
      ["A2:B2", "Mã"],
      ["E1:E2", "Điểm"],
      ["G1:G3", "Ghi chú"],
      ["C4:D5", "Tổng"],
    ]) {
      ws.mergeCells(area);
      ws.getCell(area.split(":")[0]).value = value;
    }
    ws.getRow(4).hidden = true; // the last row holding a value
    ws.getColumn("G").hidden = true;
    ws.getColumn("I").hidden = true; // the last column holding one
    ws.getColumn("J").hidden = true; // outside the used area: I1:J1's value is in I1
    const [sheet] = await roundTrip(wb);
    expect(sheet.merges).toEqual([
      { top: 1, left: 5, bottom: 2, right: 5 },
      { top: 1, left: 7, bottom: 3, right: 7 },
      { top: 1, left: 9, bottom: 1, right: 10 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 4 },
    ]);
    expect(sheet.hiddenRows).toEqual([4]);
    expect(sheet.hiddenColumns).toEqual([7, 9]);
  });

  test("an empty sheet gives an empty grid", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trống");
    const [sheet] = await roundTrip(wb);
    expect(sheet).toEqual({
      name: "Trống",
      top: 1,
      left: 1,
      values: [],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
    });
  });
});

describe("unreadable input", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "par-index-read-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function reasonFor(input: string | Buffer): Promise<XlsxReadReason> {
    try {
      await readWorkbookCells(input);
    } catch (err) {
      expect(err).toBeInstanceOf(XlsxReadError);
      return (err as XlsxReadError).reason;
    }
    throw new Error("expected an XlsxReadError");
  }

  async function file(name: string, content: Buffer | string): Promise<string> {
    const target = path.join(dir, name);
    await fs.writeFile(target, content);
    return target;
  }

  test("a missing file is not-found", async () => {
    expect(await reasonFor(path.join(dir, "khong-co.xlsx"))).toBe("not-found");
  });

  test("text renamed to .xlsx is not-xlsx", async () => {
    expect(await reasonFor(await file("rac.xlsx", "STT;Lĩnh vực, tiêu chí\n1;CẢI CÁCH THỂ CHẾ\n"))).toBe("not-xlsx");
  });

  test("a zip that is not a workbook is not-xlsx", async () => {
    const docx = storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(await reasonFor(await file("van-ban.xlsx", docx))).toBe("not-xlsx");
  });

  test("a legacy .xls (OLE without encryption) is not-xlsx", async () => {
    expect(await reasonFor(await file("cu.xls", oleFile(["Workbook"])))).toBe("not-xlsx");
  });

  test("a password-protected workbook is encrypted", async () => {
    expect(await reasonFor(await file("mat-khau.xlsx", oleFile(["EncryptionInfo", "EncryptedPackage"])))).toBe(
      "encrypted",
    );
  });

  test("a truncated workbook is unreadable", async () => {
    const data = await fs.readFile(CLEAN);
    expect(await reasonFor(data.subarray(0, 4000))).toBe("unreadable");
    // The command line opens a plan looking into its sheets' sizes first: the same answer.
    await expect(openWorkbook(data.subarray(0, 4000))).rejects.toMatchObject({ reason: "unreadable" });
  });

  test("a path through a file is not-found; a name too long for the file system is unreadable", async () => {
    const plan = await file("ke-hoach.xlsx", "");
    expect(await reasonFor(path.join(plan, "con.xlsx"))).toBe("not-found");
    expect(await reasonFor(path.join(dir, `${"dài".repeat(90)}.xlsx`))).toBe("unreadable");
  });

  test("a directory is named as a directory, not as an unreadable file", async () => {
    expect(await reasonFor(dir)).toBe("directory");
  });
});
