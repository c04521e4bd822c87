// The install icons (manifest.webmanifest), drawn from favicon.svg's shapes and
// written as PNG with node's zlib alone: a navy rounded square with three white
// rounded lines. Chromium's install prompt and iOS home screens want raster
// icons (192 and 512 px); "maskable" is full-bleed with the mark in the safe zone.
import { deflateSync } from 'node:zlib';

// favicon.svg, in its 32-unit box: the square (corner radius 6), then the lines
// (y, x from, x to) drawn 3 units wide with round caps.
const RADIUS = 6;
const LINES = [[9, 7, 25], [16, 7, 19], [23, 7, 22]];
const HALF = 1.5;
const NAVY = [0x1f, 0x3a, 0x5f];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An RGBA PNG of `size` px; `maskable` fills the square and shrinks the mark to the safe zone. */
export function iconPng(size, { maskable = false } = {}) {
  const SS = 4; // 4×4 samples a pixel
  const scale = size / 32;
  // Maskable: the mark within the central 80% circle (the lines span about 60% of the box).
  const inner = maskable ? 0.72 : 1;
  const offset = (32 - 32 * inner) / 2;
  const inSquare = (x, y) => {
    if (maskable) return true;
    const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS), cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
  };
  const inLine = (x, y) => {
    const u = (x - offset) / inner, v = (y - offset) / inner;
    return LINES.some(([ly, x0, x1]) => {
      const px = Math.min(Math.max(u, x0), x1);
      return (u - px) ** 2 + (v - ly) ** 2 <= HALF ** 2;
    });
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let a = 0, white = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / scale, y = (py + (sy + 0.5) / SS) / scale;
          if (!inSquare(x, y)) continue;
          a += 1;
          if (inLine(x, y)) white += 1;
        }
      }
      const i = row + 1 + px * 4;
      const w = a ? white / a : 0;
      for (let c = 0; c < 3; c++) raw[i + c] = Math.round(NAVY[c] * (1 - w) + 255 * w);
      raw[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icons the manifest names, by file name. */
export const ICONS = {
  'icon-192.png': () => iconPng(192),
  'icon-512.png': () => iconPng(512),
  'icon-maskable-512.png': () => iconPng(512, { maskable: true }),
};
