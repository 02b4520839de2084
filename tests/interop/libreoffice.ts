/**
 * LibreOffice Calc, headless, as a second spreadsheet engine: it opens what `par-index apply` wrote, computes every
 * formula itself and saves the workbook again with the results, which ExcelJS then reads (`cell.result`).
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/load";

const run = promisify(execFile);
const SOFFICE = "soffice";

// Calc trusts the results cached in an .xlsx by default; "always recalculate" makes it compute every formula itself.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
    <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
  </item>
</oor:items>
`;

/** A fresh profile per call: parallel test files never share one, and no setting of a developer's leaks in. */
function freshProfile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "par-index-lo-profile-"));
  mkdirSync(path.join(dir, "user"));
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  return dir;
}

/** Converts `file` with Calc into `format` ("xlsx", "pdf") and returns the path of what it wrote. */
export async function convert(file: string, format: "xlsx" | "pdf"): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "par-index-lo-out-"));
  const profile = `file://${freshProfile()}`;
  await run(
    SOFFICE,
    ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", format, "--outdir", outDir, file],
    { timeout: 120_000 },
  );
  const written = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  // soffice exits 0 even when it could not open the file; what it wrote is the only proof.
  if (!existsSync(written)) throw new Error(`LibreOffice could not convert ${file} to ${format}`);
  return written;
}

/** The workbook as Calc computed it: each formula cell keeps its formula and gets Calc's result. */
export async function recalculated(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await convert(file, "xlsx"));
}

/** Width and height in points of every page Calc prints of a workbook. */
export async function printedPages(file: string): Promise<{ width: number; height: number }[]> {
  const pdf = readFileSync(await convert(file, "pdf"), "latin1");
  return [...pdf.matchAll(/\/Type\s*\/Page\b[\s\S]*?\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => {
    const [x0, y0, x1, y1] = m[1].trim().split(/\s+/).map(Number);
    return { width: x1 - x0, height: y1 - y0 };
  });
}

/** How many formula cells the workbook holds, and each one Calc computed to an error ("Sheet!A1: #VALUE!"). */
export function formulaErrors(wb: ExcelJS.Workbook): { formulas: number; errors: string[] } {
  let formulas = 0;
  const errors: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        formulas++;
        const value = resultOf(cell);
        if (typeof value === "string" && value.startsWith("#")) errors.push(`${ws.name}!${cell.address}: ${value}`);
      }),
    );
  }
  return { formulas, errors };
}

/** A formula cell's result as Calc left it; an error comes back as its code ("#REF!"). */
export function resultOf(cell: ExcelJS.Cell): unknown {
  const result = cell.formula ? cell.result : cell.value;
  if (result && typeof result === "object" && "error" in result) return (result as { error: string }).error;
  return result;
}
