/** Reads a PNG file's header after checking that the whole file is well formed. */
import * as zlib from "zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Samples per pixel for each PNG colour type (grey, -, RGB, palette, grey+alpha, -, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

/**
 * Throws unless the bytes are a PNG whose chunks all carry correct checksums, that starts with IHDR, ends with
 * IEND, and whose non-interlaced image data inflates to exactly the size the header announces.
 */
export function readPng(bytes: Buffer): PngHeader {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG signature");
  const types: string[] = [];
  const idat: Buffer[] = [];
  let header: Buffer | null = null;
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 4, offset + 8 + length);
    if (zlib.crc32(body) !== bytes.readUInt32BE(offset + 8 + length)) throw new Error(`bad checksum in ${type}`);
    const data = body.subarray(4);
    if (type === "IHDR") header = data;
    if (type === "IDAT") idat.push(data);
    types.push(type);
    offset += 12 + length;
  }
  if (!header || types[0] !== "IHDR" || types[types.length - 1] !== "IEND") throw new Error("chunks out of order");
  const png = {
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    bitDepth: header[8],
    colourType: header[9],
  };
  if (header[12] !== 0) throw new Error("interlaced PNGs are not expected here");
  const rowBytes = Math.ceil((png.width * CHANNELS[png.colourType] * png.bitDepth) / 8);
  const pixels = zlib.inflateSync(Buffer.concat(idat));
  if (pixels.length !== png.height * (1 + rowBytes)) throw new Error("image data does not match the header");
  return png;
}
