/** Opens an .xlsx with ExcelJS, turning every way it can fail into an XlsxReadError. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { withDate1904ExcelJsReads } from "./date-system";
import { mendTables } from "./list-objects";
import { cellCountAbove, MAX_CELLS } from "./cell-count";
import { XlsxReadError, XlsxTooLargeError } from "./read-error";
import { signatureProblem } from "./signature";

export type XlsxSource = string | Buffer | ArrayBuffer;

/** An opened workbook, as the command line holds it between reading and writing without depending on ExcelJS. */
export type XlsxWorkbook = ExcelJS.Workbook;

/** The package's bytes, refused at once when they are no .xlsx (a folder, a FIFO, an encrypted or other file). */
export async function readPackage(file: XlsxSource): Promise<Buffer> {
  const data = await readSource(file);
  checkSignature(data);
  return data;
}

async function readSource(file: XlsxSource): Promise<Buffer> {
  if (Buffer.isBuffer(file)) return file;
  if (file instanceof ArrayBuffer) return Buffer.from(file);
  try {
    // Reading a FIFO would wait for a writer, and a device may never end: only a regular file is read.
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new XlsxReadError("directory", file);
    if (!stat.isFile()) throw new XlsxReadError("not-a-file", file);
    return await fs.readFile(file);
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxReadError("not-found", file);
    throw new XlsxReadError("unreadable", `${file} (${code ?? "read failed"})`);
  }
}

function checkSignature(data: Buffer): void {
  const problem = signatureProblem(data);
  if (problem) throw new XlsxReadError(problem.reason, problem.detail);
}

/** Refuses a package with more cells than MAX_CELLS; one that cannot be looked into is left to ExcelJS to judge. */
function refuseTooLarge(data: Buffer): void {
  let cells: number | null;
  try {
    cells = cellCountAbove(data, MAX_CELLS);
  } catch {
    return;
  }
  if (cells !== null) throw new XlsxTooLargeError(cells, MAX_CELLS);
}

export async function loadWorkbook(file: XlsxSource): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookAndBytes(file)).workbook;
}

/**
 * The workbook, every sheet of it, and the package's bytes as read, for looking at what ExcelJS does not keep
 * without reading twice. The command line opens a plan with openWorkbook instead, which sets large sheets aside.
 */
export async function loadWorkbookAndBytes(file: XlsxSource): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const data = await readPackage(file);
  refuseTooLarge(data);
  return { workbook: await excelJsWorkbook(data), bytes: data };
}

/** The package read by ExcelJS; what it cannot read is an XlsxReadError. */
export async function excelJsWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer alias; Node's Buffer is what it reads.
    await workbook.xlsx.load(withDate1904ExcelJsReads(data) as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new XlsxReadError("unreadable", (err as Error).message);
  }
  if (workbook.worksheets.length === 0) throw new XlsxReadError("not-xlsx", "a zip package without worksheets");
  mendTables(workbook, data);
  return workbook;
}
