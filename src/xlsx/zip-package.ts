/**
 * The .xlsx package as a zip, read and laid out by fflate. ExcelJS writes it stored (its own deflate, JSZip's, is
 * slow on large workbooks); between reading and writing the entries are plain bytes, where what ExcelJS cannot write
 * is added; then each entry is deflated by Node's zlib, natively and in parallel (fflate's own deflate, pure
 * JavaScript, made apply's write 9 times slower), and fflate writes the archive around them. `openZip` looks into
 * any workbook without inflating more than is asked for.
 */
import { unzipSync, Zip, zipSync, type ZipInputFile } from "fflate";
import { promisify } from "util";
import * as zlib from "zlib";

const deflateRaw = promisify(zlib.deflateRaw);
const DEFLATED = 8;
const STORED = 0;

/** One file of a zip: its name and its bytes, uncompressed. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Every entry of a zip, in the order of its central directory. */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data: asBuffer(data) }));
}

/** `entries`, in their order, as a deflated zip; empty entries (folders) stay stored, as JSZip writes them. */
export async function writeDeflatedZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const deflated = await Promise.all(entries.map((e) => (e.data.length > 0 ? deflateRaw(e.data) : null)));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => (error ? (failure = error) : chunks.push(chunk)));
  entries.forEach(({ name, data }, i) => {
    const file: ZipInputFile = {
      filename: name,
      size: data.length,
      crc: zlib.crc32(data),
      compression: deflated[i] ? DEFLATED : STORED,
    };
    zip.add(file);
    const bytes = deflated[i] ?? data;
    file.ondata?.(null, new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), true);
  });
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/** `entries` as a zip without compressing them: a package made only to be read at once (by ExcelJS). */
export function writeStoredZip(entries: readonly ZipEntry[]): Buffer {
  return asBuffer(zipSync(Object.fromEntries(entries.map((e) => [e.name, e.data])), { level: 0 }));
}

/** Any zip's entries, read only when asked for: a package is looked into without inflating all of it. */
export interface ZipReader {
  readonly names: readonly string[];
  /** The entry's bytes, inflated; undefined when the zip has no such entry. */
  readonly read: (name: string) => Buffer | undefined;
}

export function openZip(zip: Buffer): ZipReader {
  const names: string[] = [];
  unzipSync(zip, { filter: (file) => (names.push(file.name), false) });
  const read = (name: string) => {
    const found = unzipSync(zip, { filter: (file) => file.name === name })[name];
    return found && asBuffer(found);
  };
  return { names, read };
}
