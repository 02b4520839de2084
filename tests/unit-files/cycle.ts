/**
 * The send-and-collect cycle on the seed, shared by the command line's test and LibreOffice's: apply, split, two
 * units type into their files (one renames its sheet, one answers where the master changed too), collect.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { Io, run } from "../../src/cli/main";
import { messagesFor } from "../../src/i18n";
import { loadWorkbook } from "../../src/xlsx/load";
import { formulaOrValue } from "../../src/xlsx/write-cell";
import { apply, PASTED, tempDir } from "../xlsx-apply/helpers";

export const vi = messagesFor("vi");

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), env: {} };
  const code = await run(argv, io);
  return { code, out, err };
}

export const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every non-empty cell of every sheet, "sheet!A1" → what `formulas` would give. */
export async function allCells(file: string): Promise<Map<string, unknown>> {
  const wb = await loadWorkbook(file);
  const cells = new Map<string, unknown>();
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = formulaOrValue(cell);
        if (v !== null && v !== "") cells.set(`${ws.name}!${cell.address}`, v);
      }),
    );
  return cells;
}

/** The cells whose content differs between two workbooks, with what `after` holds (undefined where emptied). */
export async function changedCells(before: string, after: string): Promise<Map<string, unknown>> {
  const [a, b] = await Promise.all([allCells(before), allCells(after)]);
  const changed = new Map<string, unknown>();
  for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) changed.set(key, b.get(key));
  return changed;
}

/** A criterion's row and a progress column (by its header) on a generated assignment sheet's lead section. */
export function cellOf(ws: ExcelJS.Worksheet, code: string, header: string): ExcelJS.Cell {
  let headerRow = 0;
  let column = 0;
  let row = 0;
  ws.eachRow((line, r) =>
    line.eachCell((cell, c) => {
      if (!headerRow && cell.value === header) [headerRow, column] = [r, c];
      if (headerRow && !row && c === 2 && String(cell.value) === code) row = r;
    }),
  );
  if (!row || !column) throw new Error(`no ${code} / ${header} on ${ws.name}`);
  return ws.getCell(row, column);
}

export async function edit(file: string, out: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await loadWorkbook(file);
  change(wb);
  await wb.xlsx.writeFile(out);
  return out;
}

export const COLS = vi.sheets.columns;
/** 30/06/2024 as Excel's serial. */
export const JUNE_30 = 45473;

/**
 * What collect must change in FILE, worked out from what sendAndType types: the justice office's three entries (its
 * 2.1 on row 6, 2.2 on row 7; deadline J, status K, result L) and the home affairs office's 1.2 (row 7); its 1.1 is
 * the conflict (the master changed it too), and the name it edited in C8 is not taken.
 */
export const EXPECTED_CHANGES = {
  "P. Tư pháp!J6": JUNE_30,
  "P. Tư pháp!K6": "Hoàn thành",
  "P. Tư pháp!L7": "Kế hoạch số 15/KH-TP",
  "P. Nội vụ!K7": "Đang thực hiện",
};
export const CONFLICT_LINE = `Khác nhau: Phòng Nội vụ, tiêu chí 1.1, cột "${COLS.status}": giữ "Đang thực hiện" của tệp kế hoạch; tệp đơn vị ghi "Hoàn thành".`;

export interface Cycle {
  readonly dir: string;
  /** FILE given to collect: the applied seed, with one progress cell the office changed after sending. */
  readonly master: string;
  readonly unitFiles: { readonly justice: string; readonly home: string };
}

/**
 * Applies and splits the seed; the justice office (P. Tư pháp) renames its sheet, types a deadline, a status and a
 * result, and edits a criterion's name; the home affairs office (P. Nội vụ) answers 1.1, which the master changed
 * meanwhile, and 1.2. `resave` passes each typed file through another spreadsheet (LibreOffice) when given.
 */
export async function sendAndType(resave: (file: string) => Promise<string> = async (f) => f): Promise<Cycle> {
  const dir = tempDir();
  const applied = path.join(dir, "ke-hoach.xlsx");
  await apply(PASTED, applied);
  const split = await cli("split", applied, "-d", path.join(dir, "gui"));
  if (split.code !== 0) throw new Error(split.err);
  const sent = (sheet: string) => path.join(dir, "gui", `${sheet}.xlsx`);

  const justice = await edit(sent("P. Tư pháp"), path.join(dir, "tu-phap.xlsx"), (wb) => {
    const ws = wb.worksheets[0];
    cellOf(ws, "2.1", COLS.deadline).value = new Date(Date.UTC(2024, 5, 30));
    cellOf(ws, "2.1", COLS.status).value = "Hoàn thành";
    cellOf(ws, "2.2", COLS.result).value = "Kế hoạch số 15/KH-TP";
    ws.getCell(cellOf(ws, "2.3", COLS.result).row, 3).value = "Tên tiêu chí đơn vị tự sửa";
    ws.name = "Tư pháp đã điền";
  });
  const home = await edit(sent("P. Nội vụ"), path.join(dir, "noi-vu.xlsx"), (wb) => {
    const ws = wb.worksheets[0];
    cellOf(ws, "1.1", COLS.status).value = "Hoàn thành";
    cellOf(ws, "1.2", COLS.status).value = "Đang thực hiện";
  });
  const master = path.join(dir, "ke-hoach-da-sua.xlsx");
  await edit(applied, master, (wb) => {
    cellOf(wb.getWorksheet("P. Nội vụ")!, "1.1", COLS.status).value = "Đang thực hiện";
  });
  return { dir, master, unitFiles: { justice: await resave(justice), home: await resave(home) } };
}
