/**
 * A plan workbook that also holds a large unrelated sheet (issue 10 item 10), at a real size: 510,000 cells, over
 * the MAX_CELLS the command line reads into ExcelJS. The sheet is read only at its top and the plan is found as in
 * the plan alone; a command that must read it whole (the user names it as the table's sheet) says in one line that
 * it is too large, with the cells it would read, and exits 2 at once instead of reading it for minutes.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { skipReasonText } from "../../src/core/unit-files";
import { unitFilesMessagesFor } from "../../src/i18n/unit-files";
import { cliMessagesFor } from "../../src/i18n/cli";
import { cellCountAbove, cellsIn, MAX_CELLS } from "../../src/xlsx/cell-count";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { XlsxTooLargeError } from "../../src/xlsx/read-error";
import { openZip } from "../../src/xlsx/zip-package";
import { cellOf, cli, COLS, edit } from "../unit-files/cycle";
import { PASTED, tempDir } from "../xlsx-apply/helpers";

// Writing a workbook of half a million cells takes a while on a busy machine.
jest.setTimeout(180_000);

const ROWS = 25_500;
const COLUMNS = 20;
const DATA = "Dữ liệu";
let big: string;
/** The seed's cells as ExcelJS reads them, empty styled cells included. */
let seedByExcelJs = 0;
/** The seed's cells as counted in its XML. */
let seedCells = 0;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(PASTED);
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => (seedByExcelJs += row.cellCount)));
  seedCells = cellCountAbove(fs.readFileSync(PASTED), 0)!;
  const data = wb.addWorksheet(DATA);
  for (let r = 1; r <= ROWS; r++) data.addRow(Array.from({ length: COLUMNS }, (_, c) => (c % 2 ? r * c : `mã ${r}`)));
  big = path.join(tempDir(), "plan-with-data.xlsx");
  await wb.xlsx.writeFile(big);
});

describe("a workbook with a sheet over the size the command line reads", () => {
  it("counts the cells of every sheet without reading them into ExcelJS", () => {
    // Every cell of the added sheet, and the seed's as ExcelJS reads them (give or take its merged cells).
    expect(cellCountAbove(fs.readFileSync(big), MAX_CELLS)).toBe(seedCells + ROWS * COLUMNS);
    expect(Math.abs(seedCells - seedByExcelJs)).toBeLessThan(seedByExcelJs / 50);
    // The seed alone is far below: its worksheets are not even inflated to count.
    expect(cellCountAbove(fs.readFileSync(PASTED), MAX_CELLS)).toBeNull();
  });

  it("inspects the plan in it as in the plan alone", async () => {
    const inBig = await cli("inspect", big, "--json");
    expect(inBig).toEqual({ code: 0, out: (await cli("inspect", PASTED, "--json")).out, err: "" });
  });

  it.each([
    ["inspect", "vi"],
    ["apply", "vi"],
    ["inspect", "en"],
  ] as const)("%s of that sheet says so in one line (%s) and exits 2", async (command, language) => {
    const m = cliMessagesFor(language).cli;
    const output = path.join(path.dirname(big), `out-${language}.xlsx`);
    const argv = command === "apply" ? ["apply", big, "-o", output] : ["inspect", big];
    const result = await cli(...argv, "--sheet", DATA, "--lang", language);
    expect(result).toEqual({ code: 2, out: "", err: `${m.tooLarge(big, seedCells + ROWS * COLUMNS, MAX_CELLS)}\n` });
    expect(fs.existsSync(output)).toBe(false);
  });

  it("skips it as a returned unit file too large to read, before reading it", async () => {
    const out = path.join(path.dirname(big), "thu-ve.xlsx");
    const result = await cli("collect", PASTED, big, "-o", out);
    const skipped = unitFilesMessagesFor("vi").report.skipped(
      big,
      skipReasonText({ kind: "unreadable", reason: "too-large" }, "vi"),
    );
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(skipped);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses a package of more cells in all than it holds, the sheets set aside included", async () => {
    const packageCells = seedCells + ROWS * COLUMNS - 1;
    await expect(openWorkbook(big, { packageCells })).rejects.toEqual(
      new XlsxTooLargeError(seedCells + ROWS * COLUMNS, packageCells),
    );
    await expect(openWorkbook(big, { packageCells: packageCells + 1 })).resolves.toMatchObject({ setAside: [DATA] });
  });
});

describe("the send-and-collect cycle on a plan workbook with a sheet of 510,000 cells", () => {
  it("applies, splits and collects, keeping that sheet's cells", async () => {
    const dir = path.dirname(big);
    const applied = path.join(dir, "ke-hoach.xlsx");
    expect((await cli("apply", big, "-o", applied)).code).toBe(0);
    const dataPart = (file: string) => openZip(fs.readFileSync(file)).read("xl/worksheets/sheet3.xml")!;
    expect(cellsIn(dataPart(applied))).toBe(ROWS * COLUMNS);
    expect((await cli("split", applied, "-d", path.join(dir, "gui"))).code).toBe(0);
    const typed = await edit(path.join(dir, "gui", "P. Tư pháp.xlsx"), path.join(dir, "tu-phap.xlsx"), (wb) => {
      cellOf(wb.worksheets[0], "2.1", COLS.status).value = "Hoàn thành";
    });
    const collected = path.join(dir, "da-thu.xlsx");
    expect((await cli("collect", applied, typed, "-o", collected)).code).toBe(0);
    // collect writes into the package as it is: the data sheet's part is the very one apply wrote.
    expect(dataPart(collected).equals(dataPart(applied))).toBe(true);
  });
});
