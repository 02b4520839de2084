/**
 * Draws the add-in's icon (a green rounded square with a white check mark over rising bars) and writes it as
 * PNG files at every size Office asks for. Run `node scripts/make-icons.js` after changing the drawing; the
 * PNGs in assets/ are committed so that a build never depends on this script.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1b, 0x7f, 0x4a];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis: edges are anti-aliased by averaging SUPERSAMPLE² points. */
const SUPERSAMPLE = 8;

// Shapes in a unit square (0..1, y downwards), so every size is the same drawing.
const CORNER_RADIUS = 0.2;
const MARGIN = 0.04;
const BARS = [
  { left: 0.2, right: 0.34, top: 0.62 },
  { left: 0.43, right: 0.57, top: 0.5 },
  { left: 0.66, right: 0.8, top: 0.36 },
];
const BAR_BOTTOM = 0.8;
const CHECK = [
  [0.2, 0.33],
  [0.3, 0.43],
  [0.52, 0.18],
];
const CHECK_HALF_WIDTH = 0.045;

function insideRoundedSquare(x, y) {
  const low = MARGIN + CORNER_RADIUS;
  const high = 1 - MARGIN - CORNER_RADIUS;
  const dx = Math.max(low - x, 0, x - high);
  const dy = Math.max(low - y, 0, y - high);
  return dx * dx + dy * dy <= CORNER_RADIUS * CORNER_RADIUS;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function insideMotif(x, y) {
  const onBar = BARS.some((bar) => x >= bar.left && x <= bar.right && y >= bar.top && y <= BAR_BOTTOM);
  const onCheck =
    distanceToSegment(x, y, CHECK[0], CHECK[1]) <= CHECK_HALF_WIDTH ||
    distanceToSegment(x, y, CHECK[1], CHECK[2]) <= CHECK_HALF_WIDTH;
  return onBar || onCheck;
}

/** RGBA pixels, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = insideMotif(x, y) ? WHITE : GREEN;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rowLength = size * 4;
  const raw = Buffer.alloc(size * (rowLength + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const assets = path.join(__dirname, "..", "assets");
  fs.mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
