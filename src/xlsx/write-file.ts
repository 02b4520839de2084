/** Saves a workbook so that a failure never leaves a half-written file behind. */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const data = await workbook.xlsx.writeBuffer();
  // Same folder, so the rename stays on one file system and replaces OUT in one step.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, Buffer.from(data as ArrayBuffer));
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
