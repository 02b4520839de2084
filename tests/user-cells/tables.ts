/**
 * Plan tables built in code, the way real ones arrive (merged cells from Word, formulas typed by staff, control
 * characters, very long texts), and run through both adapters: `par-index apply` on an .xlsx ExcelJS writes, and
 * the add-in's Office.js code on the in-memory Excel. Each run gives back every cell of the table's sheet before and
 * after, and what the user was told.
 */
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Io, run } from "../../src/cli/main";
import { cellAddress } from "../../src/core/cells";
import { EditNotice, OPERATIONS, SkippedCell } from "../../src/core/edits";
import { noticeMessage } from "../../src/core/notice-text";
import { installExcelGlobals, MemoryWorkbook } from "../../src/memory-excel";
import { createOfficeHost } from "../../src/office";
import { escapeXstring } from "../../src/xlsx/package-xml";
import { HEADER as CORE_HEADER } from "../core/helpers";
import { parseXml } from "../xlsx/package-parts";
import { tempDir } from "../xlsx-apply/helpers";

/** A cell as the user left it: text, a number, a formula with the result Excel last computed, or nothing. */
export type UserCell = string | number | null | { readonly formula: string; readonly result: number };

export interface UserTable {
  readonly sheet: string;
  /** From A1. */
  readonly rows: readonly (readonly UserCell[])[];
  /** "B2:E2", as the user merged them. */
  readonly merges: readonly string[];
}

/** The seed-shaped header, as the engine's tests use it. */
export const HEADER = CORE_HEADER as readonly UserCell[];

/** What a cell holds, compared before and after: a formula's text, else its value. */
export type Held = string | number | boolean | null;

export interface Outcome {
  /** Every cell of the table's sheet over the area the table covered, by address, before and after the run. */
  readonly before: ReadonlyMap<string, Held>;
  readonly after: ReadonlyMap<string, Held>;
  /** What the user reads: the pane's notices, or `apply`'s stderr lines. */
  readonly told: readonly string[];
  /** The notices themselves, on the Office path (the command line prints them). */
  readonly notices: readonly EditNotice[] | null;
}

const width = (t: UserTable) => Math.max(...t.rows.map((r) => r.length));
const addresses = (t: UserTable) =>
  t.rows.flatMap((_, r) => Array.from({ length: width(t) }, (_, c) => cellAddress(r + 1, c + 1)));

export function xlsxOf(t: UserTable): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.sheet);
  t.rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === null) return;
      // Text as Excel stores it (ExcelJS writes it as given): a vertical tab as _x000B_, and so on.
      ws.getCell(r + 1, c + 1).value =
        typeof cell === "object"
          ? ({ formula: cell.formula.slice(1), result: cell.result } as ExcelJS.CellValue)
          : typeof cell === "string"
            ? escapeXstring(cell)
            : cell;
    }),
  );
  for (const m of t.merges) ws.mergeCells(m);
  return wb;
}

export function memoryOf(t: UserTable): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    {
      name: t.sheet,
      cells: t.rows.map((line) =>
        line.map((cell) => (cell !== null && typeof cell === "object" ? cell.formula : cell)),
      ),
      merges: t.merges,
    },
  ]);
}

function heldInXlsx(cell: ExcelJS.Cell): Held {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.formula) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    throw new Error(`unexpected value at ${cell.address}`);
  }
  return v as Held;
}

/** `par-index apply FILE -o OUT` through the command line's own entry point. */
export async function viaCommandLine(t: UserTable, language: "vi" | "en" = "vi"): Promise<Outcome & { out: string }> {
  const dir = tempDir();
  const file = path.join(dir, "plan.xlsx");
  const out = path.join(dir, "out.xlsx");
  await xlsxOf(t).xlsx.writeFile(file);
  let err = "";
  const io: Io = { out: () => undefined, err: (text) => (err += text), env: {} };
  const code = await run(["apply", file, "-o", out, "--lang", language], io);
  if (code !== 0) throw new Error(`apply exited ${code}: ${err}`);
  const [input, output] = await Promise.all([file, out].map((f) => new ExcelJS.Workbook().xlsx.readFile(f)));
  const held = (wb: ExcelJS.Workbook) =>
    new Map(addresses(t).map((a) => [a, heldInXlsx(wb.getWorksheet(t.sheet)!.getCell(a))] as const));
  return {
    before: held(input),
    after: held(output),
    told: err.trimEnd().split("\n").filter(Boolean),
    notices: null,
    out,
  };
}

/** The add-in's apply (every operation) on the in-memory Excel. */
export async function viaOffice(
  t: UserTable,
  language: "vi" | "en" = "vi",
): Promise<
  Outcome & {
    workbook: MemoryWorkbook;
    /** Restore through the add-in: the cells after it, and what it says it left as it is. */
    restore: () => Promise<{ cells: ReadonlyMap<string, Held>; skipped: readonly SkippedCell[] }>;
  }
> {
  const wb = memoryOf(t);
  const range = `A1:${cellAddress(t.rows.length, width(t))}`;
  const held = () => {
    const formulas = wb.formulas(t.sheet, range);
    return new Map(
      addresses(t).map((a, i) => {
        const v = formulas[Math.floor(i / width(t))][i % width(t)];
        return [a, v === "" ? null : (v as Held)] as const;
      }),
    );
  };
  const before = held();
  const globals = installExcelGlobals(wb);
  try {
    const host = createOfficeHost();
    const outcome = await host.apply({
      sheet: t.sheet,
      operations: new Set(OPERATIONS),
      language,
      expectedGenerated: [],
    });
    return {
      before,
      after: held(),
      told: outcome.notices.map((n) => noticeMessage(n, outcome.plan, language)),
      notices: outcome.notices,
      workbook: wb,
      restore: async () => {
        const again = installExcelGlobals(wb);
        try {
          const { skipped } = await createOfficeHost().restore(t.sheet);
          return { cells: held(), skipped };
        } finally {
          again.uninstall();
        }
      },
    };
  } finally {
    globals.uninstall();
  }
}

/** Both adapters, for `describe.each`: the add-in's code on the in-memory Excel, and the command line. */
export const BOTH_ADAPTERS = [
  ["par-index apply", viaCommandLine],
  ["the add-in (Office.js)", viaOffice],
] as const;

/** The addresses whose content differs. */
export function changedCells(o: Pick<Outcome, "before" | "after">): string[] {
  return [...o.before.keys()].filter((a) => o.before.get(a) !== o.after.get(a));
}

/** Parses every XML part of the package (strictly: a part that is not well-formed throws); their names. */
export async function parseEveryPart(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  for (const name of parts) {
    try {
      parseXml(await zip.file(name)!.async("string"));
    } catch (e) {
      throw new Error(`${name} is not well-formed: ${String(e)}`);
    }
  }
  return parts;
}
