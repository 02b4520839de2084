import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { toInspectJson } from "../../src/core/contract";
import { installExcelGlobals, InstalledGlobals } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { readWorkbookCells } from "../../src/xlsx/read";
import { FIXTURES, fixtureWorkbook } from "./workbooks";

const files = [
  "gia-nghia-2024.pasted.xlsx",
  "gia-nghia-2024.clean.xlsx",
  ...fs
    .readdirSync(path.join(FIXTURES, "variations"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join("variations", f)),
];

let globals: InstalledGlobals | undefined;
afterEach(() => globals?.uninstall());

/** The same workbook, read through Office.js (in the in-memory Excel) or through ExcelJS, is the same plan. */
describe.each(files)("%s", (file) => {
  it("gives the same analysis through the Office.js adapter as through the .xlsx reader", async () => {
    const fromXlsx = analyzeWorkbook(await readWorkbookCells(path.join(FIXTURES, file)));
    globals = installExcelGlobals(await fixtureWorkbook(file));
    const snapshot = await createOfficeHost().snapshot({ kind: "all" });
    expect(globals.contexts[globals.contexts.length - 1].syncCount).toBe(3);
    const fromOffice = analyzeWorkbook(snapshot.sheets);
    if (!fromXlsx.ok || !fromOffice.ok) throw new Error("no table");
    expect(toInspectJson(fromOffice.plan)).toEqual(toInspectJson(fromXlsx.plan));
  });
});
