/**
 * What the pane loads only when its unit-files view is used (a chunk of its own, with ExcelJS): the files sent to
 * units, built by the same writer as `par-index split` and packed into one .zip, and the returned files read by the
 * same reader as `par-index collect`. Browser-safe: bytes in, bytes out, no Node.
 */
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { ReturnedFile, UnitFile, unitFileName } from "../core/unit-files";
import { withDate1904ExcelJsReads } from "./date-system";
import { signatureProblem, unreadableReason } from "./signature";
import { returnedWorkbook, unitWorkbook } from "./unit-workbook";

/** One unit file as .xlsx bytes. */
export async function unitWorkbookBytes(file: UnitFile): Promise<Uint8Array> {
  return new Uint8Array((await (await unitWorkbook(file)).xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every unit file in one .zip, each named after its assignment sheet (as split names them). */
export async function unitFilesZip(files: readonly UnitFile[]): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  // The .xlsx are zips already: stored, not deflated again.
  for (const file of files) entries[unitFileName(file.draft.name)] = await unitWorkbookBytes(file);
  return zipSync(entries, { level: 0 });
}

/** A returned file picked in the pane, read as collect reads it, or why it cannot be. */
export async function readReturnedFile(name: string, bytes: ArrayBuffer): Promise<ReturnedFile> {
  const problem = signatureProblem(new Uint8Array(bytes));
  if (problem) return { file: name, kind: "unreadable", reason: unreadableReason(problem.reason, name) };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(withDate1904ExcelJsReads(new Uint8Array(bytes)) as unknown as ExcelJS.Buffer);
  } catch {
    return { file: name, kind: "unreadable", reason: "damaged" };
  }
  if (workbook.worksheets.length === 0) return { file: name, kind: "unreadable", reason: "not-xlsx" };
  return { file: name, kind: "read", workbook: returnedWorkbook(workbook) };
}
export { unitWorkbookBase64 } from "./unit-workbook";
