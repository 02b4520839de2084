/**
 * How many cells a package's worksheets hold, counted in their XML without building them: ExcelJS holds every cell
 * it reads as objects, so that a workbook with a large unrelated sheet took minutes and gigabytes (1,000,000 cells:
 * apply 65 s, 1.9 GB). The command line reads such a sheet only at its top (set-aside.ts), and refuses in one line
 * what it would still have to read above MAX_CELLS (docs/cli.md "Size limit").
 */
import { unzipSync } from "fflate";

/**
 * The most cells the command line reads into ExcelJS. Measured (docs/benchmarks.md): apply's peak memory grows by
 * about 1.8 KB a cell read, 600 MB with 250,000 cells; at this limit about 1.1 GB, which a machine with 2 GB holds. An
 * 8,000-criterion plan after apply (its generated sheets included) has 333,000 cells, and is still read.
 */
export const MAX_CELLS = 500_000;

/**
 * The most cells a package may hold in all, the sheets set aside included: apply inflates a set-aside sheet's XML and
 * puts its rows back, which costs about 0.34 KB of memory a cell at its peak (docs/benchmarks.md: 432 MB with a sheet
 * of 1,000,000 cells, 95 MB for the plan alone); at this limit about 1.1 GB, as at MAX_CELLS.
 */
export const MAX_PACKAGE_CELLS = 3_000_000;

/** A worksheet's part, as Excel and ExcelJS name them. */
export const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** The shortest a cell's XML can be, `<c r="A1"/>`: a worksheet shorter than a count times this holds fewer. */
const SHORTEST_CELL_BYTES = 11;
/** A cell's element, with or without a namespace prefix ("<c r=", "<x:c r="); text cannot hold "<". */
const CELL_TAGS = ["<c ", "<c>", "<x:c "].map((tag) => Buffer.from(tag));

function occurrences(data: Uint8Array, tag: Buffer): number {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let count = 0;
  for (let at = bytes.indexOf(tag); at >= 0; at = bytes.indexOf(tag, at + tag.length)) count++;
  return count;
}

/** The cells a worksheet's XML holds, a formatted empty one included. */
export function cellsIn(worksheet: Uint8Array): number {
  return CELL_TAGS.reduce((n, tag) => n + occurrences(worksheet, tag), 0);
}

/** Whether worksheets of this many bytes of XML may hold more than `cells` cells. */
export function mayHoldMore(bytes: number, cells: number): boolean {
  return bytes > cells * SHORTEST_CELL_BYTES;
}

/** The bytes of XML of the package's worksheets, read from its directory without inflating them. */
export function worksheetBytes(zip: Buffer): number {
  let bytes = 0;
  unzipSync(zip, { filter: (file) => (WORKSHEET.test(file.name) && (bytes += file.originalSize), false) });
  return bytes;
}

/**
 * The cells of the package's worksheets when they may be more than `limit`, else null: worksheets whose XML is too
 * short to hold that many are not inflated (a plan of 3,000 criteria is never counted).
 */
export function cellCountAbove(zip: Buffer, limit: number): number | null {
  if (!mayHoldMore(worksheetBytes(zip), limit)) return null;
  const sheets = Object.values(unzipSync(zip, { filter: (file) => WORKSHEET.test(file.name) }));
  const cells = sheets.reduce((sum, xml) => sum + cellsIn(xml), 0);
  return cells > limit ? cells : null;
}
