/**
 * Deflates a zip whose entries are all stored, with Node's native zlib.
 *
 * ExcelJS compresses through JSZip's pure-JS deflate, which costs more than the rest of writing a
 * large workbook; writing it STORED and deflating here gives the same entries for a fraction of that.
 * Only what ExcelJS/JSZip write with compression STORE is handled: one disk, no zip64, no data
 * descriptors, no encryption, every entry stored. Anything else is refused rather than guessed at.
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
// Version 2.0 of the format is the first with deflate.
const VERSION_FOR_DEFLATE = 20;
const UINT32_LIMIT = 0xffffffff;

interface StoredEntry {
  /** The central directory record as read: name, extra field, comment and attributes are kept as they are. */
  central: Buffer;
  /** The local header as read, with its name and extra field. */
  local: Buffer;
  data: Buffer;
}

/** The same zip with every entry that holds data deflated; empty entries (folders) stay stored, as JSZip writes them. */
export async function deflateStoredZip(zip: Buffer): Promise<Buffer> {
  const { entries, end } = readStoredEntries(zip);
  const compressed = await Promise.all(entries.map((e) => (e.data.length > 0 ? deflateRaw(e.data) : null)));
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const data = compressed[i] ?? entry.data;
    const method = compressed[i] ? DEFLATED : STORED;
    const local = Buffer.from(entry.local);
    const central = Buffer.from(entry.central);
    if (method === DEFLATED) {
      local.writeUInt16LE(Math.max(local.readUInt16LE(4), VERSION_FOR_DEFLATE), 4);
      central.writeUInt16LE(Math.max(central.readUInt16LE(6), VERSION_FOR_DEFLATE), 6);
    }
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(fitsUint32(offset), 42);
    parts.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  });
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const newEnd = Buffer.from(end);
  newEnd.writeUInt32LE(fitsUint32(centralSize), 12);
  newEnd.writeUInt32LE(fitsUint32(offset), 16);
  fitsUint32(offset + centralSize + newEnd.length);
  return Buffer.concat([...parts, ...centrals, newEnd]);
}

function readStoredEntries(zip: Buffer): { entries: StoredEntry[]; end: Buffer } {
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
  if (count === 0xffff || centralSize === UINT32_LIMIT || centralStart === UINT32_LIMIT)
    refuse("it is a zip64 archive");
  if (centralStart + centralSize > endAt) refuse("its central directory lies outside the file");

  const entries: StoredEntry[] = [];
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER > endAt || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      refuse("its central directory is damaged");
    const recordEnd =
      at + CENTRAL_HEADER + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const central = zip.subarray(at, recordEnd);
    const name = central.subarray(CENTRAL_HEADER, CENTRAL_HEADER + central.readUInt16LE(28)).toString("utf8");
    entries.push(storedEntry(zip, central, name));
    at = recordEnd;
  }
  return { entries, end };
}

function storedEntry(zip: Buffer, central: Buffer, name: string): StoredEntry {
  const flags = central.readUInt16LE(8);
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) refuse(`entry ${name} is encrypted`);
  if (flags & FLAG_DATA_DESCRIPTOR) refuse(`entry ${name} has a data descriptor`);
  if (central.readUInt16LE(10) !== STORED)
    refuse(`entry ${name} is already compressed (method ${central.readUInt16LE(10)})`);
  const size = central.readUInt32LE(20);
  if (size !== central.readUInt32LE(24)) refuse(`entry ${name} is stored with two different sizes`);
  if (size === UINT32_LIMIT || central.readUInt32LE(42) === UINT32_LIMIT) refuse(`entry ${name} needs zip64`);
  if (central.readUInt16LE(34) !== 0) refuse(`entry ${name} is on another disk`);

  const localAt = central.readUInt32LE(42);
  if (localAt + LOCAL_HEADER > zip.length || zip.readUInt32LE(localAt) !== LOCAL_SIGNATURE)
    refuse(`entry ${name} has no local header`);
  const dataAt = localAt + LOCAL_HEADER + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
  if (
    zip.readUInt16LE(localAt + 8) !== STORED ||
    zip.readUInt32LE(localAt + 18) !== size ||
    dataAt + size > zip.length
  ) {
    refuse(`entry ${name}'s local header does not match the central directory`);
  }
  return { central, local: zip.subarray(localAt, dataAt), data: zip.subarray(dataAt, dataAt + size) };
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
  throw new Error(`Cannot deflate this zip: ${why}.`);
}
