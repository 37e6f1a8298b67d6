// Writes the add-in's ribbon and store icons (assets/icon-16.png … icon-80.png) as real PNG files,
// with nothing but Node's zlib: a green rounded tile with a white checklist glyph (three ticks and rows),
// which is what a measures table that the product checks looks like. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80];
const TILE = [0x21, 0x73, 0x46]; // Excel-like green
const INK = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage (0..1) of pixel (x, y) in a size×size icon, in unit coordinates of the glyph. */
function paint(size) {
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.18;
  const set = (x, y, rgb, alpha) => {
    const i = (y * size + x) * 4;
    px.set([...rgb, alpha], i);
  };
  const inTile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const stroke = Math.max(1, Math.round(size / 14));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!inTile(x + 0.5, y + 0.5)) continue;
      set(x, y, TILE, 255);
    }
  }
  // Three rows: a tick on the left, a bar on the right.
  for (let row = 0; row < 3; row += 1) {
    const cy = size * (0.28 + row * 0.22);
    drawTick(size * 0.18, cy, size * 0.2, stroke, size, set);
    const top = Math.round(cy - stroke / 2);
    for (let y = top; y < top + stroke; y += 1) {
      for (let x = Math.round(size * 0.46); x < Math.round(size * 0.84); x += 1) set(x, y, INK, 255);
    }
  }
  return px;
}

function drawTick(left, cy, width, stroke, size, set) {
  const points = [];
  const steps = Math.max(8, Math.round(width * 4));
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    // Down-right for the first third, then up-right: a check mark.
    const x = left + t * width;
    const y = t < 0.35 ? cy + (t / 0.35) * width * 0.3 : cy + width * 0.3 - ((t - 0.35) / 0.65) * width * 0.6;
    points.push([x, y]);
  }
  for (const [x, y] of points) {
    for (let dy = 0; dy < stroke; dy += 1) {
      for (let dx = 0; dx < stroke; dx += 1) {
        const px = Math.round(x - stroke / 2 + dx);
        const py = Math.round(y - stroke / 2 + dy);
        if (px >= 0 && py >= 0 && px < size && py < size) set(px, py, INK, 255);
      }
    }
  }
}

function encodePng(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(out, `icon-${size}.png`), encodePng(size, paint(size)));
  console.log(`assets/icon-${size}.png`);
}
