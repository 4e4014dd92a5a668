/**
 * Draws the app icon (build/icon.png, 512 × 512) with nothing but Node's zlib: a brand-green rounded square with a
 * white roof over a white coin, the fund that shelters its members. electron-builder takes it for the Linux
 * packages and derives the Windows .ico from it (a PNG of at least 256 × 256 is enough). The drawing is
 * deterministic, so running `npm run icon` again writes the same bytes; tests/build/electron-builder-config.test.ts
 * checks that the committed file is this drawing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const iconSize = 512;
const green = [0x1f, 0x6f, 0x5c] as const;
const white = [0xff, 0xff, 0xff] as const;

/** Signed distance to a rounded square centred in the icon (negative inside). */
function roundedSquare(x: number, y: number, size: number): number {
  const half = size * 0.4375; // a 448-pixel square at 512, with a 32-pixel margin
  const radius = size * 0.1875;
  const qx = Math.abs(x - size / 2) - (half - radius);
  const qy = Math.abs(y - size / 2) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance to the segment a–b. */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/**
 * Signed distance to the white mark (negative inside), lengths in units of the icon's size: a roof with round ends
 * over a coin with a green ring. Unions and cuts of distances by min and max, which is all the edges need.
 */
function mark(x: number, y: number, size: number): number {
  const roof =
    Math.min(
      segment(x, y, 0.27 * size, 0.45 * size, 0.5 * size, 0.26 * size),
      segment(x, y, 0.5 * size, 0.26 * size, 0.73 * size, 0.45 * size),
    ) -
    0.035 * size;
  const fromCentre = Math.hypot(x - 0.5 * size, y - 0.62 * size);
  const coin = fromCentre - 0.175 * size;
  const ring = Math.abs(fromCentre - 0.115 * size) - 0.014 * size;
  return Math.min(roof, Math.max(coin, -ring));
}

function colour(inside: number, marked: number, covered: number, pixels: Uint8Array, offset: number): void {
  for (let channel = 0; channel < 3; channel++) {
    // Colour is averaged over the covered samples only; coverage becomes alpha (no dark fringe at the edge).
    const value = inside === 0 ? 0 : ((inside - marked) * green[channel]! + marked * white[channel]!) / inside;
    pixels[offset + channel] = Math.round(value);
  }
  pixels[offset + 3] = Math.round((inside / covered) * 255);
}

/**
 * RGBA pixels of the icon at `size`. A pixel at least one pixel away from every edge takes its centre's colour;
 * one near an edge averages 4 × 4 samples, for smooth edges.
 */
export function renderIcon(size: number = iconSize): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const offset = (py * size + px) * 4;
      const [cx, cy] = [px + 0.5, py + 0.5];
      const [square, toMark] = [roundedSquare(cx, cy, size), mark(cx, cy, size)];
      if (Math.abs(square) > 1 && Math.abs(toMark) > 1) {
        colour(square < 0 ? 1 : 0, square < 0 && toMark < 0 ? 1 : 0, 1, pixels, offset);
        continue;
      }
      let inside = 0;
      let marked = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          if (roundedSquare(x, y, size) > 0) continue;
          inside++;
          if (mark(x, y, size) <= 0) marked++;
        }
      }
      colour(inside, marked, samples * samples, pixels, offset);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of 8-bit RGBA pixels: no filter, one zlib stream, no metadata (so the bytes depend on the pixels alone). */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

export function iconPng(): Buffer {
  return encodePng(renderIcon(iconSize), iconSize, iconSize);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const target = resolve(import.meta.dirname, 'icon.png');
  writeFileSync(target, iconPng());
  console.log(`wrote ${target}`);
}
