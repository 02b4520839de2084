/**
 * A package's cells counted in its worksheets' XML (src/xlsx/cell-count.ts), on small packages written part by part:
 * only the worksheets are inflated, and only when their XML may hold more cells than the limit.
 * tests/cli/too-large.test.ts counts a real workbook of 510,000 cells.
 */
import { cellCountAbove } from "../../src/xlsx/cell-count";
import { writeStoredZip } from "../../src/xlsx/zip-package";
import { numberSheet, smallPackage } from "./containers";

/**
 * Deflate64 (method 9), which some zip tools write and fflate cannot inflate: a part so marked shows whether it was
 * inflated. The method is set in the part's central directory entry, where fflate reads it.
 */
function markedDeflate64(zip: Buffer, part: string): Buffer {
  const marked = Buffer.from(zip);
  const end = marked.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = marked.readUInt32LE(end + 16);
  for (let i = 0; i < marked.readUInt16LE(end + 10); i++) {
    const nameLength = marked.readUInt16LE(at + 28);
    if (marked.toString("utf8", at + 46, at + 46 + nameLength) === part) marked.writeUInt16LE(9, at + 10);
    at += 46 + nameLength + marked.readUInt16LE(at + 30) + marked.readUInt16LE(at + 32);
  }
  return marked;
}

describe("a package's cells above a limit", () => {
  const sheets = { "Kế hoạch": numberSheet(1, 2), "Dữ liệu": numberSheet(3, 4) };
  const zip = writeStoredZip(smallPackage({ sheets }));

  it("are its worksheets' cells when more than the limit, else null", () => {
    expect(cellCountAbove(zip, 13)).toBe(14);
    expect(cellCountAbove(zip, 14)).toBeNull();
  });

  it("are not looked for, the worksheets not inflated, when their XML is too short to hold more", () => {
    // Padded to a multiple of 11 bytes, the shortest a cell's element can be (`<c r="A1"/>`).
    const bytes = Object.values(sheets).reduce((n, xml) => n + Buffer.byteLength(xml), 0);
    const padded = { ...sheets, "Dữ liệu": sheets["Dữ liệu"] + " ".repeat((11 - (bytes % 11)) % 11) };
    const most = Math.ceil(bytes / 11);
    const part = "xl/worksheets/sheet2.xml";
    const unreadable = markedDeflate64(writeStoredZip(smallPackage({ sheets: padded })), part);
    expect(() => cellCountAbove(unreadable, most - 1)).toThrow("unknown compression type 9");
    expect(cellCountAbove(unreadable, most)).toBeNull();
  });

  it("inflate its worksheets only, not its other parts", () => {
    const unreadable = markedDeflate64(zip, "xl/workbook.xml");
    expect(cellCountAbove(unreadable, 13)).toBe(14);
    expect(cellCountAbove(unreadable, 100)).toBeNull();
  });
});
