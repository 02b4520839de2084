/**
 * A unit file as an .xlsx (src/xlsx/unit-workbook.ts): its date system, its sheet's protection and its mark, as
 * written in the package and read back.
 */
import ExcelJS from "exceljs";
import { EMPTY_STATE } from "../../src/core/edits";
import { MARK_SHEET, UnitFile, unitFilesOf } from "../../src/core/unit-files";
import { returnedWorkbook, unitWorkbook } from "../../src/xlsx/unit-workbook";
import { openZip } from "../../src/xlsx/zip-package";
import { tableOf } from "../core/one-criterion";

const { plan } = tableOf();

/** The plan's one unit file, sent from a master in `dateSystem`. */
function sent(dateSystem: "1900" | "1904"): UnitFile {
  return unitFilesOf({ plan, state: EMPTY_STATE, contents: () => null, language: "vi", planName: "KH", dateSystem })[0];
}

/** The file's workbook as saved: its bytes, and the text of its parts. */
async function saved(file: UnitFile): Promise<{ bytes: Buffer; part: (name: string) => string }> {
  const bytes = Buffer.from(await (await unitWorkbook(file)).xlsx.writeBuffer());
  const zip = openZip(bytes);
  return { bytes, part: (name) => zip.read(name)?.toString("utf8") ?? "" };
}

describe("unitWorkbook", () => {
  it("counts dates in the master's system: 1904 only where the master does", async () => {
    expect((await saved(sent("1900"))).part("xl/workbook.xml")).not.toMatch(/date1904="(1|true)"/);
    expect((await saved(sent("1904"))).part("xl/workbook.xml")).toMatch(/date1904="(1|true)"/);
  });

  it("protects the unit's sheet without a password, leaving columns and rows free to widen", async () => {
    const sheet = (await saved(sent("1900"))).part("xl/worksheets/sheet1.xml");
    const protection = sheet.match(/<sheetProtection\b[^>]*>/)?.[0] ?? "";
    // In sheetProtection an attribute set to 0 lifts that lock (ECMA-376 CT_SheetProtection); without one it holds.
    expect(protection).toMatch(/\bsheet="1"/);
    expect(protection).toMatch(/\bformatColumns="0"/);
    expect(protection).toMatch(/\bformatRows="0"/);
    expect(protection).not.toMatch(/\b(hashValue|password)=/);
    // Both kinds of cell stay selectable: the locked ones hold what the unit reads.
    expect(protection).not.toMatch(/\bselect(Locked|Unlocked)Cells="1"/);
  });

  it("keeps the mark in a very hidden sheet, a long one spread down column A and read back whole", async () => {
    const file = sent("1900");
    // 70,000 characters more: three cells of column A, as no cell holds more than 32,767.
    const mark = { ...file.mark, fixed: { ...file.mark.fixed, Z1: "ý".repeat(70_000) } };
    const { bytes, part } = await saved({ ...file, mark });
    const sheets = [...part("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
    expect(sheets).toHaveLength(2);
    expect(sheets[1]).toContain(`name="${MARK_SHEET}"`);
    expect(sheets[1]).toContain('state="veryHidden"');
    expect(sheets[0]).toContain('state="visible"');
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const column = read.getWorksheet(MARK_SHEET)!.getColumn(1).values.slice(1) as string[];
    expect(column.map((chunk) => chunk.length > 0 && chunk.length <= 32_767)).toEqual([true, true, true]);
    expect(returnedWorkbook(read).mark).toEqual(mark);
  });
});
