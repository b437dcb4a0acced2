// Draws the add-in's icons (a beslisnota page with an approval badge) and writes them as PNGs into
// assets/. Run with `node scripts/make-icons.mjs`; the output is deterministic, so the committed PNGs
// only change when this drawing changes.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4; // per axis: 16 samples per pixel give smooth edges without a rasteriser library
const assetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../assets");

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const COLORS = {
  tile: rgb("#154273"), // Rijksoverheid dark blue
  page: rgb("#ffffff"),
  fold: rgb("#a9c1da"),
  text: rgb("#8fa9c4"),
  badge: rgb("#39870c"), // Rijksoverheid green: "approved"
  check: rgb("#ffffff"),
};

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// A thick polyline: inside when closer than half the width to any segment.
function stroke(points, width) {
  const half = width / 2;
  return (x, y) =>
    points.slice(1).some(([bx, by], i) => {
      const [ax, ay] = points[i];
      const vx = bx - ax;
      const vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= half * half;
    });
}

// Page with its top-right corner folded down; coordinates are fractions of the icon size.
const PAGE = { left: 0.2, top: 0.12, right: 0.7, bottom: 0.86, fold: 0.16 };
const page = (x, y) =>
  x >= PAGE.left && x <= PAGE.right && y >= PAGE.top && y <= PAGE.bottom && x - PAGE.right + PAGE.fold <= y - PAGE.top;
const fold = (x, y) =>
  x >= PAGE.right - PAGE.fold && x <= PAGE.right && y >= PAGE.top && y <= PAGE.top + PAGE.fold && x - PAGE.right + PAGE.fold >= y - PAGE.top;

function layers(size) {
  const detailed = size >= 32; // text lines turn to mush below 32 px
  const textLines = detailed
    ? [0.34, 0.46, 0.58].map((y, i) => ({ shape: roundedRect(0.28, y - 0.03, i === 0 ? 0.5 : 0.6, y + 0.03, 0.03), color: COLORS.text }))
    : [];
  return [
    { shape: roundedRect(0, 0, 1, 1, 0.18), color: COLORS.tile },
    { shape: page, color: COLORS.page },
    { shape: fold, color: COLORS.fold },
    ...textLines,
    { shape: circle(0.7, 0.72, 0.24), color: COLORS.tile }, // ring that separates the badge from the page
    { shape: circle(0.7, 0.72, 0.2), color: COLORS.badge },
    { shape: stroke([[0.6, 0.72], [0.67, 0.79], [0.8, 0.64]], detailed ? 0.06 : 0.08), color: COLORS.check },
  ];
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const drawing = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average straight colour and coverage over the samples; later layers paint over earlier ones.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const top = drawing.findLast((layer) => layer.shape(x, y));
          if (top) {
            r += top.color[0];
            g += top.color[1];
            b += top.color[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// Minimal PNG: 8-bit RGBA, no interlacing, filter type 0 on every row.
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(assetsDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
