/**
 * Deflates a zip whose entries are all stored, with Node's native zlib.
 *
 * ExcelJS compresses through JSZip's pure-JS deflate, which costs more than the rest of writing a
 * large workbook; writing it STORED and deflating here gives the same entries for a fraction of that.
 * Only what ExcelJS/JSZip write with compression STORE is handled: one disk, no zip64, no data
 * descriptors, no encryption, every entry stored. Anything else is refused rather than guessed at.
 * Between reading and writing, the entries are plain bytes: what ExcelJS cannot write is added there.
 * `openZip` reads the same directory of any zip, stored or deflated, to look into a workbook ExcelJS is given.
 */
import { promisify } from "util";
import * as zlib from "zlib";

const deflateRaw = promisify(zlib.deflateRaw);

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const ZIP64_LOCATOR = 20;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
// A count of 0xffff says the real one is in a zip64 record.
const ZIP64_COUNT = 0xffff;
// Version 2.0 of the format is the first with deflate.
const VERSION_FOR_DEFLATE = 20;
const UINT32_LIMIT = 0xffffffff;

/** One file of a zip: its name and its bytes, uncompressed. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

interface EntryHeaders {
  /** The central directory record as read: name, extra field, comment and attributes are kept as they are. */
  central: Buffer;
  /** The local header as read, with its name and extra field. */
  local: Buffer;
}

/** A stored zip as read: its entries in order, and the headers that keep each one's date, attributes and comment. */
export interface StoredZip {
  readonly entries: readonly ZipEntry[];
  readonly headers: ReadonlyMap<string, EntryHeaders>;
  readonly end: Buffer;
}

/**
 * `entries`, in their order, as a deflated zip: one named as an entry of `read` keeps that entry's headers, a new one
 * gets headers of its own. Checksums are computed again, since an entry's bytes may have changed. Empty entries
 * (folders) stay stored, as JSZip writes them.
 */
export async function writeDeflatedZip(read: StoredZip, entries: readonly ZipEntry[]): Promise<Buffer> {
  if (entries.length >= ZIP64_COUNT) refuse("the result would need zip64 (65535 entries or more)");
  const compressed = await Promise.all(entries.map((e) => (e.data.length > 0 ? deflateRaw(e.data) : null)));
  const now = dosDateTime(new Date());
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const data = compressed[i] ?? entry.data;
    const method = compressed[i] ? DEFLATED : STORED;
    const headers = read.headers.get(entry.name) ?? newHeaders(entry.name, now);
    const local = Buffer.from(headers.local);
    const central = Buffer.from(headers.central);
    if (method === DEFLATED) {
      local.writeUInt16LE(Math.max(local.readUInt16LE(4), VERSION_FOR_DEFLATE), 4);
      central.writeUInt16LE(Math.max(central.readUInt16LE(6), VERSION_FOR_DEFLATE), 6);
    }
    const crc = zlib.crc32(entry.data);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(fitsUint32(entry.data.length), 22);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt32LE(fitsUint32(offset), 42);
    parts.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  });
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const newEnd = Buffer.from(read.end);
  newEnd.writeUInt16LE(entries.length, 8);
  newEnd.writeUInt16LE(entries.length, 10);
  newEnd.writeUInt32LE(fitsUint32(centralSize), 12);
  newEnd.writeUInt32LE(fitsUint32(offset), 16);
  fitsUint32(offset + centralSize + newEnd.length);
  return Buffer.concat([...parts, ...centrals, newEnd]);
}

/** Headers for an entry the zip did not hold: UTF-8 name, no extra field, no comment, no attributes. */
function newHeaders(name: string, time: { time: number; date: number }): EntryHeaders {
  const bytes = Buffer.from(name, "utf8");
  const header = (signature: number, size: number, fieldsAt: number) => {
    const h = Buffer.alloc(size + bytes.length);
    h.writeUInt32LE(signature, 0);
    // From "version needed" on, the central record holds the local header's fields, two bytes further on.
    h.writeUInt16LE(VERSION_FOR_DEFLATE, fieldsAt);
    h.writeUInt16LE(FLAG_UTF8, fieldsAt + 2);
    h.writeUInt16LE(time.time, fieldsAt + 6);
    h.writeUInt16LE(time.date, fieldsAt + 8);
    h.writeUInt16LE(bytes.length, fieldsAt + 22);
    bytes.copy(h, size);
    return h;
  };
  const central = header(CENTRAL_SIGNATURE, CENTRAL_HEADER, 6);
  // Made by: the same version, on MS-DOS (upper byte 0).
  central.writeUInt16LE(VERSION_FOR_DEFLATE, 4);
  return { local: header(LOCAL_SIGNATURE, LOCAL_HEADER, 4), central };
}

/** MS-DOS local time: two-second steps, years from 1980. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The entries of a zip ExcelJS wrote with compression STORE; anything else is refused. */
export function readStoredZip(zip: Buffer): StoredZip {
  const { records, end } = centralDirectory(zip);
  const entries: ZipEntry[] = [];
  const headers = new Map<string, EntryHeaders>();
  for (const { name, central } of records) {
    const { local, data } = storedEntry(zip, central, name);
    entries.push({ name, data });
    headers.set(name, { central, local });
  }
  return { entries, headers, end };
}

/** Any zip's entries, read only when asked for: a package is looked into without inflating all of it. */
export interface ZipReader {
  readonly names: readonly string[];
  /** The entry's bytes, inflated; undefined when the zip has no such entry. */
  readonly read: (name: string) => Buffer | undefined;
}

/** A zip as written by Excel or any other tool: entries stored or deflated (methods 0 and 8), no zip64, no encryption. */
export function openZip(zip: Buffer): ZipReader {
  const centrals = new Map(centralDirectory(zip).records.map((r) => [r.name, r.central]));
  const read = (name: string) => {
    const central = centrals.get(name);
    return central && entryData(zip, central, name);
  };
  return { names: [...centrals.keys()], read };
}

interface CentralRecord {
  readonly name: string;
  readonly central: Buffer;
}

/** The central directory's records, in order, and the end record; one disk and no zip64, or refused. */
function centralDirectory(zip: Buffer): { records: CentralRecord[]; end: Buffer } {
  const endAt = findEndRecord(zip);
  const end = zip.subarray(endAt, endAt + END_RECORD + zip.readUInt16LE(endAt + 20));
  if (endAt >= ZIP64_LOCATOR && zip.readUInt32LE(endAt - ZIP64_LOCATOR) === ZIP64_LOCATOR_SIGNATURE)
    refuse("it is a zip64 archive");
  const disk = zip.readUInt16LE(endAt + 4);
  const centralDisk = zip.readUInt16LE(endAt + 6);
  const entriesHere = zip.readUInt16LE(endAt + 8);
  const count = zip.readUInt16LE(endAt + 10);
  if (disk !== 0 || centralDisk !== 0 || entriesHere !== count) refuse("it spans several disks");
  const centralSize = zip.readUInt32LE(endAt + 12);
  const centralStart = zip.readUInt32LE(endAt + 16);
  if (count === ZIP64_COUNT || centralSize === UINT32_LIMIT || centralStart === UINT32_LIMIT)
    refuse("it is a zip64 archive");
  if (centralStart + centralSize > endAt) refuse("its central directory lies outside the file");

  const records: CentralRecord[] = [];
  const names = new Set<string>();
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER > endAt || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      refuse("its central directory is damaged");
    const recordEnd =
      at + CENTRAL_HEADER + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const central = zip.subarray(at, recordEnd);
    const name = central.subarray(CENTRAL_HEADER, CENTRAL_HEADER + central.readUInt16LE(28)).toString("utf8");
    if (names.has(name)) refuse(`it holds two entries named ${name}`);
    names.add(name);
    records.push({ name, central });
    at = recordEnd;
  }
  return { records, end };
}

/** Where an entry's local header and data start; what no reader can get past is refused. */
function locate(zip: Buffer, central: Buffer, name: string): { localAt: number; dataAt: number; size: number } {
  if (central.readUInt16LE(8) & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) refuse(`entry ${name} is encrypted`);
  const size = central.readUInt32LE(20);
  if (size === UINT32_LIMIT || central.readUInt32LE(24) === UINT32_LIMIT || central.readUInt32LE(42) === UINT32_LIMIT)
    refuse(`entry ${name} needs zip64`);
  if (central.readUInt16LE(34) !== 0) refuse(`entry ${name} is on another disk`);
  const localAt = central.readUInt32LE(42);
  if (localAt + LOCAL_HEADER > zip.length || zip.readUInt32LE(localAt) !== LOCAL_SIGNATURE)
    refuse(`entry ${name} has no local header`);
  const dataAt = localAt + LOCAL_HEADER + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
  if (dataAt + size > zip.length) refuse(`entry ${name} runs past the end of the file`);
  return { localAt, dataAt, size };
}

/** The sizes come from the central directory, so entries written with data descriptors read as well. */
function entryData(zip: Buffer, central: Buffer, name: string): Buffer {
  const { dataAt, size } = locate(zip, central, name);
  const method = central.readUInt16LE(10);
  const data = zip.subarray(dataAt, dataAt + size);
  if (method === STORED) return data;
  if (method !== DEFLATED) refuse(`entry ${name} is compressed with method ${method}`);
  const inflated = zlib.inflateRawSync(data);
  if (inflated.length !== central.readUInt32LE(24)) refuse(`entry ${name} does not inflate to its size`);
  return inflated;
}

function storedEntry(zip: Buffer, central: Buffer, name: string): { local: Buffer; data: Buffer } {
  const { localAt, dataAt, size } = locate(zip, central, name);
  if (central.readUInt16LE(8) & FLAG_DATA_DESCRIPTOR) refuse(`entry ${name} has a data descriptor`);
  if (central.readUInt16LE(10) !== STORED)
    refuse(`entry ${name} is already compressed (method ${central.readUInt16LE(10)})`);
  if (size !== central.readUInt32LE(24)) refuse(`entry ${name} is stored with two different sizes`);
  if (zip.readUInt16LE(localAt + 8) !== STORED || zip.readUInt32LE(localAt + 18) !== size) {
    refuse(`entry ${name}'s local header does not match the central directory`);
  }
  return { local: zip.subarray(localAt, dataAt), data: zip.subarray(dataAt, dataAt + size) };
}

/** The end record sits in the last 22 bytes plus at most a 64 KiB comment; the last signature found wins. */
function findEndRecord(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_RECORD - MAX_COMMENT);
  for (let at = zip.length - END_RECORD; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_SIGNATURE && at + END_RECORD + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  return refuse("it has no end of central directory record");
}

function fitsUint32(n: number): number {
  if (n >= UINT32_LIMIT) refuse("the result would need zip64 (over 4 GB)");
  return n;
}

function refuse(why: string): never {
  throw new Error(`Cannot use this zip: ${why}.`);
}
