/** Opens an .xlsx with ExcelJS, turning every way it can fail into an XlsxReadError. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { cellCountAbove, MAX_CELLS } from "./cell-count";
import { XlsxReadError, XlsxTooLargeError } from "./read-error";
import { signatureProblem } from "./signature";

export type XlsxSource = string | Buffer | ArrayBuffer;

/** An opened workbook, as the command line holds it between reading and writing without depending on ExcelJS. */
export type XlsxWorkbook = ExcelJS.Workbook;

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

/** The workbook and the package's bytes as read, for looking at what ExcelJS does not keep without reading twice. */
export async function loadWorkbookAndBytes(file: XlsxSource): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const data = await readSource(file);
  checkSignature(data);
  refuseTooLarge(data);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer alias; Node's Buffer is what it reads.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new XlsxReadError("unreadable", (err as Error).message);
  }
  if (workbook.worksheets.length === 0) throw new XlsxReadError("not-xlsx", "a zip package without worksheets");
  return { workbook, bytes: data };
}
