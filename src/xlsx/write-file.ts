/** Saves a workbook so that a failure never leaves a half-written file behind. */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SheetDraft } from "../core/edits";
import { addCharts } from "./add-charts";
import { withStoredText } from "./stored-text";
import { readZipEntries, writeDeflatedZip } from "./zip-package";

/** `drafts` are the sheets generated into `workbook`: their charts, which ExcelJS cannot write, are added here. */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  file: string,
  drafts: readonly SheetDraft[] = [],
): Promise<void> {
  // ExcelJS's own deflate is pure JS and slow on large workbooks: store, then deflate natively.
  const written = await withStoredText(workbook, () => workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  await writeFileAtomically(file, await writeDeflatedZip(addCharts(readZipEntries(Buffer.from(written)), drafts)));
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
