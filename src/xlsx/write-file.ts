/** Saves a workbook so that a failure never leaves a half-written file behind. */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SheetDraft } from "../core/edits";
import { addCharts } from "./add-charts";
import { putBack } from "./put-back";
import { withStoredText } from "./stored-text";
import { readZipEntries, writeDeflatedZip } from "./zip-package";

/** The sheets read only at their top (open-workbook.ts), by name, and the package that has their rows. */
export interface SetAsideSheets {
  readonly sheets: readonly string[];
  readonly bytes: Buffer;
}

const NOTHING_SET_ASIDE: SetAsideSheets = { sheets: [], bytes: Buffer.alloc(0) };

/**
 * The package of `workbook`, built in memory: a failure here is ours, never the output file's. `drafts` are the
 * sheets generated into `workbook`: their charts, which ExcelJS cannot write, are added here, and the rows of the
 * sheets set aside are put back.
 */
export async function workbookPackage(
  workbook: ExcelJS.Workbook,
  drafts: readonly SheetDraft[] = [],
  setAside: SetAsideSheets = NOTHING_SET_ASIDE,
): Promise<Buffer> {
  // ExcelJS's own deflate is pure JS and slow on large workbooks: store, then deflate natively.
  const written = await withStoredText(workbook, () => workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const entries = putBack(addCharts(readZipEntries(Buffer.from(written)), drafts), setAside.bytes, setAside.sheets);
  return writeDeflatedZip(entries);
}

/** Builds the workbook's package (workbookPackage) and saves it (writeFileAtomically). */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  file: string,
  drafts: readonly SheetDraft[] = [],
  setAside: SetAsideSheets = NOTHING_SET_ASIDE,
): Promise<void> {
  await writeFileAtomically(file, await workbookPackage(workbook, drafts, setAside));
}

/** Writes `data` to `file` in one step: whole or not at all, never half-written. */
export async function writeFileAtomically(file: string, data: Buffer): Promise<void> {
  // Same folder, so the rename stays on one file system and replaces the file in one step.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
