/**
 * Every text a run writes arrives as text through Office.js, on an en-US and on a vi-VN host, in either language of
 * the sheets: the in-memory Excel converts strings as Excel does (dates, times, numbers, currency, booleans), and
 * every cell the command line's ExcelJS writer stores as text must read back as that same text from the add-in's
 * workbook. The two writers carry out the same plan for the same table.
 */
import * as path from "path";
import { runApply } from "../../src/cli/apply-command";
import { Language } from "../../src/i18n";
import { EN_US, HostLocale, installExcelGlobals, InstalledGlobals, VI_VN } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { loadWorkbook } from "../../src/xlsx/load";
import { tempDir } from "../xlsx-apply/helpers";
import { FIXTURES, fixtureWorkbook } from "./workbooks";

const FILE = "gia-nghia-2024.pasted.xlsx";
const SHEET = "Phụ lục";
const ALL = new Set(["subtotals", "highlights", "assignments", "summary"] as const);

// A run through each writer on the seed: on two shared cores that can pass the default 5 s.
jest.setTimeout(60_000);

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** Sheet -> address -> text, for every cell the ExcelJS writer stored as a plain string. */
async function textsWrittenByCli(language: Language): Promise<Map<string, Map<string, string>>> {
  const output = path.join(tempDir(), "out.xlsx");
  await runApply({ kind: "apply", file: path.join(FIXTURES, FILE), output, sheet: SHEET, language });
  const texts = new Map<string, Map<string, string>>();
  for (const ws of (await loadWorkbook(output)).worksheets) {
    const cells = new Map<string, string>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // ExcelJS gives every cell of a merged area its first cell's value: only that first cell holds it.
        if (typeof cell.value === "string" && cell.master.address === cell.address) cells.set(cell.address, cell.value);
      }),
    );
    texts.set(ws.name, cells);
  }
  return texts;
}

describe.each([
  ["en-US", EN_US],
  ["vi-VN", VI_VN],
])("a run on a %s host", (_, locale: HostLocale) => {
  it.each(["vi", "en"] as const)("writes every text of the %s sheets as text", async (language) => {
    const expected = await textsWrittenByCli(language);
    const wb = await fixtureWorkbook(FILE);
    globals = installExcelGlobals(wb, { contextOptions: { locale } });
    await createOfficeHost().apply({ sheet: SHEET, operations: ALL, language, expectedGenerated: [] });

    expect(wb.sheetNames().sort()).toEqual([...expected.keys()].sort());
    let compared = 0;
    const converted: [string, string, unknown][] = [];
    for (const [sheet, cells] of expected) {
      for (const [address, text] of cells) {
        const value = wb.values(sheet, address)[0][0];
        compared++;
        if (value !== text) converted.push([sheet, address, value]);
      }
    }
    expect(converted).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });
});
