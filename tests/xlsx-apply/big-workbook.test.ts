/**
 * A plan workbook with a large unrelated sheet (issue 10 item 10): the command line reads that sheet only at its
 * top, finds the plan as it would alone, and apply's output keeps the sheet cell for cell. The sheet here is small
 * enough for a fast test, with the size above which a sheet is set aside lowered to match; the benchmark
 * (scripts/bench/big-workbook.ts) runs the real size, a million cells.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { runApply } from "../../src/cli/apply-command";
import { runInspect } from "../../src/cli/inspect";
import { runStatus } from "../../src/cli/status-command";
import { HEADER_SEARCH_ROWS } from "../../src/core/header";
import { loadWorkbook } from "../../src/xlsx/load";
import { openWorkbook } from "../../src/xlsx/open-workbook";
import { parseXml } from "../xlsx/package-parts";
import { cellsOf, DATA_COLUMNS, DATA_SHEET, mergesOf, VALIDATION, validationsOf, withDataSheet } from "./big-sheet";
import { PASTED, sheet, tempDir } from "./helpers";

const ROWS = 800;
/** Below the data sheet's cells, far above the plan sheet's. */
const LIMIT = { setAsideAbove: 2_000 };

let dir: string;
let big: string;

beforeAll(async () => {
  dir = tempDir();
  big = await withDataSheet(path.join(dir, "plan-with-data.xlsx"), ROWS);
});

const inspectJson = async (file: string) => {
  const outcome = await runInspect({ kind: "inspect", files: [file], json: true, language: "vi" }, LIMIT);
  expect(outcome.err).toBe("");
  return JSON.parse(outcome.out);
};

describe("a plan workbook with a large unrelated sheet", () => {
  it("reads that sheet only at its top", async () => {
    const { workbook, setAside } = await openWorkbook(big, LIMIT);
    expect(setAside).toEqual([DATA_SHEET]);
    const top = workbook.getWorksheet(DATA_SHEET)!;
    expect(top.rowCount).toBeGreaterThanOrEqual(HEADER_SEARCH_ROWS);
    expect(top.rowCount).toBeLessThan(ROWS / 2);
    // ExcelJS would list the amounts' check once for every cell it covers.
    expect(Object.keys(validationsOf(top).model)).toEqual([]);
    expect(Object.keys(validationsOf(sheet(await loadWorkbook(big), DATA_SHEET)).model).length).toBeGreaterThan(ROWS);
  });

  it("inspects it as the plan alone", async () => {
    expect(await inspectJson(big)).toEqual(await inspectJson(PASTED));
  });

  it("applies it keeping every cell of that sheet as it was", async () => {
    const output = path.join(dir, "out.xlsx");
    await runApply({ kind: "apply", file: big, output, language: "vi" }, LIMIT);
    const before = sheet(await loadWorkbook(big), DATA_SHEET);
    const after = sheet(await loadWorkbook(output), DATA_SHEET);
    expect(cellsOf(after)).toEqual(cellsOf(before));
    expect(Object.keys(cellsOf(before))).toHaveLength(4 + DATA_COLUMNS + DATA_COLUMNS * ROWS);
    expect(mergesOf(after)).toEqual(mergesOf(before));
    expect(validationsOf(after).model).toEqual(validationsOf(before).model);
    expect(after.properties.outlineLevelRow).toBe(2);
    expect(after.getRow(ROWS - 10).outlineLevel).toBe(2);
    expect(after.getCell(ROWS * 5, 4).dataValidation).toEqual(VALIDATION);
    // The plan's own sheets are what apply writes for the plan alone.
    const alone = path.join(dir, "alone.xlsx");
    await runApply({ kind: "apply", file: PASTED, output: alone, language: "vi" });
    // The seed's two sheets, then the data sheet, then what apply generates.
    const names = async (file: string) => (await loadWorkbook(file)).worksheets.map((ws) => ws.name);
    const [plan, notes, ...generated] = await names(alone);
    expect(await names(output)).toEqual([plan, notes, DATA_SHEET, ...generated]);
  });

  it("writes every part of its output well-formed", async () => {
    const output = path.join(dir, "parts.xlsx");
    await runApply({ kind: "apply", file: big, output, language: "vi" }, LIMIT);
    const zip = await JSZip.loadAsync(fs.readFileSync(output), { checkCRC32: true });
    const xmlParts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(xmlParts.length).toBeGreaterThan(10);
    for (const name of xmlParts) {
      const xml = await zip.file(name)!.async("string");
      expect(() => parseXml(xml)).not.toThrow();
    }
  });
});

/** What Excel writes that ExcelJS does not, put into the data sheet's package as Excel would save it. */
async function asExcelSavesIt(file: string, output: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const edit = async (name: string, change: (xml: string) => string) =>
    zip.file(name, change(await zip.file(name)!.async("string")));
  // Its revision namespaces, ignorable, and a uid of the sheet's in one of them.
  await edit(DATA_PART, (xml) =>
    xml
      .replace(/<worksheet\b[^>]*>/, EXCEL_ROOT)
      // A cell of a dynamic array: its metadata index points into a part ExcelJS does not write.
      .replace(/<c r="E4"/, '<c r="E4" cm="1"'),
  );
  // Named cell styles: a cell's xf refers to a style xf of its own.
  await edit("xl/styles.xml", (xml) =>
    xml
      .replace(/<cellStyleXfs count="1">(.*?)<\/cellStyleXfs>/, '<cellStyleXfs count="2">$1$1</cellStyleXfs>')
      .replace(/(<cellXfs\b[^>]*>)([\s\S]*?)(<\/cellXfs>)/, (_, open, xfs: string, close) => {
        let n = 0;
        return open + xfs.replace(/xfId="0"/g, (id) => (n++ === 0 ? id : 'xfId="1"')) + close;
      }),
  );
  fs.writeFileSync(output, await zip.generateAsync({ type: "nodebuffer" }));
  return output;
}

/** The data sheet's part in what ExcelJS writes: it is the third sheet. */
const DATA_PART = "xl/worksheets/sheet3.xml";
const EXCEL_ROOT =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ' +
  'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" ' +
  'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
  'xr:uid="{00000000-0001-0000-0200-000000000000}">';

describe("a large sheet as Excel saves it", () => {
  it("comes back with what it uses declared, its cells' own formatting, and no dangling index", async () => {
    const excel = await asExcelSavesIt(big, path.join(dir, "excel.xlsx"));
    const output = path.join(dir, "excel-out.xlsx");
    await runApply({ kind: "apply", file: excel, output, language: "vi" }, LIMIT);
    expect(cellsOf(sheet(await loadWorkbook(output), DATA_SHEET))).toEqual(
      cellsOf(sheet(await loadWorkbook(excel), DATA_SHEET)),
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    const part = async (name: string) => zip.file(name)!.async("string");
    const data = await part(DATA_PART);
    expect(() => parseXml(data)).not.toThrow();
    const root = /<worksheet\b[^>]*>/.exec(data)![0];
    expect(/mc:Ignorable="([^"]*)"/.exec(root)![1].split(" ").sort()).toEqual(["x14ac", "xr", "xr2", "xr3"]);
    expect(data).toContain('<c r="E4"');
    expect(data).not.toMatch(/\scm="/);
    // Every cell xf names a style xf the written styles have.
    const styles = parseXml(await part("xl/styles.xml"));
    const list = (local: string) => styles.children.find((c) => c.local === local)!.children;
    const named = list("cellStyleXfs").length;
    expect(list("cellXfs").every((xf) => Number(xf.attributes.xfId ?? 0) < named)).toBe(true);
  });
});

describe("a large sheet the plan needs", () => {
  it("is read whole when it holds the plan's table", async () => {
    // The plan's sheet with numbers far to its right: as many cells as the data sheet.
    const padded = await withDataSheet(path.join(dir, "padded.xlsx"), ROWS, (wb) => {
      const plan = wb.worksheets[0];
      for (let r = 1; r <= ROWS; r++) for (let c = 40; c < 40 + DATA_COLUMNS; c++) plan.getCell(r, c).value = 0.5;
    });
    expect((await openWorkbook(padded, LIMIT)).setAside).toEqual([DATA_SHEET]);
    const found = await inspectJson(padded);
    const alone = await inspectJson(PASTED);
    expect(found.criteria).toEqual(alone.criteria);
    expect(found.total).toEqual(alone.total);
  });

  it("is read whole when the user names it, or when it has notes", async () => {
    expect((await openWorkbook(big, { ...LIMIT, wholeSheets: [DATA_SHEET] })).setAside).toEqual([]);
    const noted = await withDataSheet(path.join(dir, "noted.xlsx"), ROWS, (wb) => {
      wb.getWorksheet(DATA_SHEET)!.getCell(ROWS, 2).note = "Hộ đã chuyển đi";
    });
    const { workbook, setAside } = await openWorkbook(noted, LIMIT);
    expect(setAside).toEqual([]);
    expect(workbook.getWorksheet(DATA_SHEET)!.getCell(ROWS, 2).note).toBe("Hộ đã chuyển đi");
  });

  it("is read at its top again in apply's output, whose generated sheets are read whole", async () => {
    const output = path.join(dir, "again.xlsx");
    await runApply({ kind: "apply", file: big, output, language: "vi" }, LIMIT);
    expect((await openWorkbook(output, LIMIT)).setAside).toEqual([DATA_SHEET]);
    const alone = path.join(dir, "alone-again.xlsx");
    await runApply({ kind: "apply", file: PASTED, output: alone, language: "vi" });
    const today = new Date(Date.UTC(2024, 5, 1));
    const status = (file: string) =>
      runStatus({ kind: "status", file, json: true, language: "vi" }, today, LIMIT).then((s) => JSON.parse(s));
    expect(await status(output)).toEqual(await status(alone));
    expect(await inspectJson(output)).toEqual(await inspectJson(alone));
  });
});
