/**
 * `par-index apply` on a table near the sheet's edge or among far cells, and on FILE and OUT that are not regular
 * files (issue 10, items 9 and 11): the file is fine, so it is never called damaged.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { cli } from "../cli/run-cli";
import { loadWorkbook } from "../../src/xlsx/load";
import { PASTED, tempDir, variant, viCli, vi } from "./helpers";

const PLAN = "Phụ lục";
// Each test reads and writes whole workbooks, some with a far cell; a busy machine takes its time.
jest.setTimeout(120_000);

/** Every cell holding a value, by address, as ExcelJS reads it. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell) => cells.set(cell.address, cell.value)));
  return cells;
}

/**
 * OUT's plan sheet, cell by cell, is what apply writes for the same plan without the far cell (its subtotals, its
 * numbers typed as text made numbers, its legend), plus the far cell as the user wrote it: nothing else moved.
 */
async function sameAsWithoutFarCell(output: string, far: [string, unknown]): Promise<void> {
  const plain = path.join(tempDir(), "plain.xlsx");
  expect((await cli("apply", PASTED, "-o", plain)).code).toBe(0);
  const expected = cellsOf((await loadWorkbook(plain)).getWorksheet(PLAN)!);
  expected.set(...far);
  expect(cellsOf((await loadWorkbook(output)).getWorksheet(PLAN)!)).toEqual(expected);
}

describe("a table near the sheet's edge or among far cells", () => {
  const dir = tempDir();

  it.each([
    ["XFD", 16_384],
    ["XFC", 16_383],
  ])(
    "a note in column %s: the legend goes beside the table where it fits, every user cell is kept",
    async (_, column) => {
      const input = await variant(PASTED, path.join(dir, `far-${column}.xlsx`), (wb) => {
        wb.getWorksheet(PLAN)!.getCell(3, column).value = "ghi chú ở cột cuối";
      });
      const output = path.join(dir, `far-${column}.out.xlsx`);
      const result = await cli("apply", input, "-o", output);
      expect({ code: result.code, err: result.err }).toEqual({ code: 0, err: "" });
      await sameAsWithoutFarCell(output, [column === 16_384 ? "XFD3" : "XFC3", "ghi chú ở cột cuối"]);
      // The table's columns end at H (the supporting units): the legend is in J, an empty column away, as without
      // the note.
      const out = (await loadWorkbook(output)).getWorksheet(PLAN)!;
      expect([7, 8, 9, 10].map((row) => out.getCell(row, 10).value)).toEqual([
        vi.sheets.legendTitle,
        vi.sheets.legendZero,
        vi.sheets.legendPartial,
        vi.sheets.legendTarget,
      ]);
    },
  );

  it("a value below row 130,000: inspect and apply read the sheet, every user cell is kept", async () => {
    const input = await variant(PASTED, path.join(dir, "far-row.xlsx"), (wb) => {
      wb.getWorksheet(PLAN)!.getCell(130_001, 2).value = "dòng rất xa";
      wb.getWorksheet("Ghi chú")!.getCell(1_000_000, 3).value = 7;
    });
    expect((await cli("inspect", input)).code).toBe(0);
    const output = path.join(dir, "far-row.out.xlsx");
    expect(await cli("apply", input, "-o", output)).toMatchObject({ code: 0, err: "" });
    await sameAsWithoutFarCell(output, ["B130001", "dòng rất xa"]);
    expect((await loadWorkbook(output)).getWorksheet("Ghi chú")!.getCell(1_000_000, 3).value).toBe(7);
  });
});

describe("FILE and OUT that are not regular files", () => {
  const dir = tempDir();

  it("names a folder given as FILE as a folder, not as a damaged file", async () => {
    const folder = path.join(dir, "plans.xlsx");
    mkdirSync(folder);
    for (const argv of [
      ["inspect", folder],
      ["apply", folder, "-o", path.join(dir, "out.xlsx")],
    ]) {
      expect(await cli(...argv)).toEqual({ code: 2, out: "", err: `${viCli.isDirectory(folder)}\n` });
    }
  });

  it("refuses a FIFO as FILE without waiting for a writer, and a FIFO, a device or a folder as OUT", async () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await cli("inspect", fifo)).toEqual({ code: 2, out: "", err: `${viCli.notRegularFile(fifo)}\n` });
    expect(await cli("apply", PASTED, "-o", fifo)).toEqual({
      code: 2,
      out: "",
      err: `${viCli.notRegularFile(fifo)}\n`,
    });
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(await cli("apply", PASTED, "-o", "/dev/null")).toEqual({
      code: 2,
      out: "",
      err: `${viCli.notRegularFile("/dev/null")}\n`,
    });
    expect(await cli("apply", PASTED, "-o", dir)).toEqual({ code: 2, out: "", err: `${viCli.isDirectory(dir)}\n` });
  });

  it("replaces an existing regular OUT by a rename, leaving no temporary file beside it", async () => {
    const out = path.join(dir, "replaced", "out.xlsx");
    mkdirSync(path.dirname(out));
    writeFileSync(out, "an older file");
    expect(await cli("apply", PASTED, "-o", out)).toMatchObject({ code: 0, err: "" });
    expect((await loadWorkbook(out)).getWorksheet(PLAN)).toBeDefined();
    expect(readdirSync(path.dirname(out))).toEqual(["out.xlsx"]);
    expect(existsSync(out)).toBe(true);
  });
});
