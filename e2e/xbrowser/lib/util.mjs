// Small helpers shared by the cross-browser suites: ports, the static server,
// Xvfb, and a PNG reader for pixel checks.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { inflateSync } from 'node:zlib';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** e2e/serve.mjs: dist/ under /briefing/ with the CSP from public/_headers. */
export async function serve(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [new URL('../../serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, DIST_DIR: dir, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`static server exited (${code}): ${stderr}`)));
  });
  return { url: `http://127.0.0.1:${port}/briefing/`, close: () => child.kill() };
}

/** An X server for WebKitGTK: the one in $DISPLAY, else a private Xvfb. */
export async function xvfb() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, close() {} };
  for (let n = 90 + (process.pid % 50); n < 200; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const child = spawn('Xvfb', [`:${n}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await sleep(100);
    if (child.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, close: () => child.kill() };
    child.kill();
  }
  throw new Error('could not start Xvfb');
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into { width, height, rgba }. */
export function readPng(buf) {
  let pos = 8, width = 0, height = 0, type = 0, depth = 0, interlace = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      depth = data[8]; type = data[9]; interlace = data[12];
    } else if (kind === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  if (depth !== 8 || interlace || (type !== 2 && type !== 6)) throw new Error(`unsupported PNG (depth ${depth}, type ${type})`);
  const bpp = type === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      line[i] = v & 255;
    }
    for (let x = 0; x < width; x++) {
      out[(y * width + x) * 4] = line[x * bpp]; out[(y * width + x) * 4 + 1] = line[x * bpp + 1];
      out[(y * width + x) * 4 + 2] = line[x * bpp + 2]; out[(y * width + x) * 4 + 3] = bpp === 4 ? line[x * bpp + 3] : 255;
    }
    prev = line;
  }
  return { width, height, rgba: out };
}

/** The pixels of an element: a viewport screenshot cropped to its box (WebKitGTK's
 * element screenshots come back black). Returns { width, height, rgba }. */
export async function elementPixels(b, selector) {
  const box = await b.eval((sel) => {
    const e = document.querySelector(sel);
    e.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = e.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height, dpr: devicePixelRatio };
  }, selector);
  await sleep(100);
  const shot = readPng(await b.screenshot());
  const x0 = Math.round(box.x * box.dpr), y0 = Math.round(box.y * box.dpr);
  const width = Math.max(1, Math.round(box.w * box.dpr)), height = Math.max(1, Math.round(box.h * box.dpr));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * shot.width + x0) * 4;
    shot.rgba.copy(rgba, y * width * 4, from, from + width * 4);
  }
  return { width, height, rgba };
}

/** Relative luminance (0 black … 1 white) of every pixel of an image, averaged. */
export function meanLuminance(img) {
  const { rgba } = img;
  let sum = 0;
  const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  for (let i = 0; i < rgba.length; i += 4) sum += 0.2126 * lin(rgba[i]) + 0.7152 * lin(rgba[i + 1]) + 0.0722 * lin(rgba[i + 2]);
  return sum / (rgba.length / 4);
}

/** Share of an image's pixels, inside a margin, that differ clearly from its most common
 * colour: 0 for an empty box, more when it holds text. */
export function inkShare(img, margin = 4) {
  const { width, height, rgba } = img;
  const counts = new Map();
  const at = (x, y) => { const i = (y * width + x) * 4; return [rgba[i], rgba[i + 1], rgba[i + 2]]; };
  for (let y = margin; y < height - margin; y++) for (let x = margin; x < width - margin; x++) {
    const k = at(x, y).join(); counts.set(k, (counts.get(k) || 0) + 1);
  }
  const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
  let ink = 0, total = 0;
  for (let y = margin; y < height - margin; y++) for (let x = margin; x < width - margin; x++) {
    const p = at(x, y); total++;
    if (Math.abs(p[0] - bg[0]) + Math.abs(p[1] - bg[1]) + Math.abs(p[2] - bg[2]) > 60) ink++;
  }
  return ink / total;
}
