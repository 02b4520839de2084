/**
 * How many cells a package's worksheets hold, counted in their XML without building them: ExcelJS holds every cell
 * of every sheet as objects, so that a workbook with a large unrelated sheet took minutes and gigabytes (1,000,000
 * cells: apply 65 s, 1.9 GB). Above MAX_CELLS the command line refuses it in one line instead (docs/cli.md).
 */
import { unzipSync } from "fflate";

/**
 * The most cells the command line opens. Measured (docs/benchmarks.md): apply's peak memory grows by about 1.8 KB a
 * cell, 600 MB with 250,000 cells; at this limit about 1.1 GB, which a machine with 2 GB holds. An 8,000-criterion
 * plan after apply (its generated sheets included) has 333,000 cells, and is still read.
 */
export const MAX_CELLS = 500_000;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** The shortest a cell's XML can be, `<c r="A1"/>`: worksheets smaller than the limit times this are not counted. */
const SHORTEST_CELL_BYTES = 11;
/** A cell's element, with or without a namespace prefix ("<c r=", "<x:c r="); text cannot hold "<". */
const CELL_TAGS = ["<c ", "<c>", "<x:c "].map((tag) => Buffer.from(tag));

function occurrences(data: Uint8Array, tag: Buffer): number {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let count = 0;
  for (let at = bytes.indexOf(tag); at >= 0; at = bytes.indexOf(tag, at + tag.length)) count++;
  return count;
}

/**
 * The cells of the package's worksheets when they may be more than `limit`, else null: worksheets whose XML is too
 * short to hold that many are not inflated (a plan of 3,000 criteria is never counted).
 */
export function cellCountAbove(zip: Buffer, limit: number): number | null {
  let bytes = 0;
  unzipSync(zip, { filter: (file) => (WORKSHEET.test(file.name) && (bytes += file.originalSize), false) });
  if (bytes <= limit * SHORTEST_CELL_BYTES) return null;
  const sheets = Object.values(unzipSync(zip, { filter: (file) => WORKSHEET.test(file.name) }));
  const cells = sheets.reduce((sum, xml) => sum + CELL_TAGS.reduce((n, tag) => n + occurrences(xml, tag), 0), 0);
  return cells > limit ? cells : null;
}
