#!/usr/bin/env node
/**
 * Draws Sitova's icons and writes them as PNG files into assets/ (icon-<name>-<size>.png).
 * Pure Node: shapes are rasterised here with 8x8 supersampling and encoded with node:zlib.
 *
 *   node scripts/make-icons.js           write assets/icon-*.png
 *   node scripts/make-icons.js --check   exit 1 if any PNG in assets/ differs from what this script draws
 *
 * The output is deterministic, so the committed PNGs can be checked in CI.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { parseArgs } = require("node:util");
const { Buffer } = require("node:buffer");

const BLUE = [0x00, 0x00, 0xbf]; // Helsinki blue
const WHITE = [0xff, 0xff, 0xff];
const TINT = [0xb8, 0xb8, 0xec]; // Helsinki blue at about 28 % on white: grid lines, header row
const GOLD = [0xff, 0xc6, 0x1e]; // Helsinki gold: a highlighted cell

// ---------------------------------------------------------------------------------------------
// Shapes: each is a predicate over pixel coordinates (x right, y down, pixel (i, j) spans [i, i+1)).

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** A stroked polyline of width w with round joins and caps. */
const stroke = (points, w) => (x, y) => {
  const r2 = (w / 2) ** 2;
  for (let k = 0; k + 1 < points.length; k++) {
    const [ax, ay] = points[k];
    const [bx, by] = points[k + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2) return true;
  }
  return false;
};

const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));

// ---------------------------------------------------------------------------------------------
// Icons. Each returns paint layers [color, shape], painted in order (later layers on top).

/** A white spreadsheet with a blue frame, a tinted header row and grid lines, snapped to pixels. */
function sheet(s) {
  const pad = Math.max(1, Math.round(s / 16));
  const border = Math.max(1, Math.round(s / 20));
  const line = Math.max(1, Math.round(s / 32));
  const x0 = pad;
  const x1 = s - pad;
  const inner0 = x0 + border;
  const inner1 = x1 - border;
  const cell = (inner1 - inner0) / 3;
  const cuts = [1, 2].map((k) => Math.round(inner0 + k * cell));
  const grid = union(
    ...cuts.map((c) => rect(c - line / 2, inner0, c + line / 2, inner1)),
    ...cuts.map((c) => rect(inner0, c - line / 2, inner1, c + line / 2)),
  );
  return {
    box: { x0, x1, inner0, inner1, cuts, line },
    layers: [
      [BLUE, rect(x0, x0, x1, x1)],
      [WHITE, rect(inner0, inner0, inner1, inner1)],
      [TINT, rect(inner0, inner0, inner1, cuts[0])],
      [TINT, grid],
    ],
  };
}

/** A check mark for an icon of side s (at 16 px its joints fall on 4/8.5, 6.5/11, 12/5.5). */
const checkPoints = (s) =>
  [
    [0.25, 0.53],
    [0.406, 0.688],
    [0.75, 0.344],
  ].map(([x, y]) => [x * s, y * s]);

const ICONS = {
  /** The add-in: a blue tile with a lighter grid and a white check mark. */
  icon(s) {
    const r = s * 0.18;
    const line = Math.max(1, Math.round(s / 32));
    const cuts = [1 / 3, 2 / 3].map((f) => Math.round(f * s));
    const grid = union(
      ...cuts.map((c) => rect(c - line / 2, 0, c + line / 2, s)),
      ...cuts.map((c) => rect(0, c - line / 2, s, c + line / 2)),
    );
    const tile = roundRect(0, 0, s, s, r);
    const pts = checkPoints(s);
    const layers = [[BLUE, tile]];
    // Below 32 px the grid is only noise: the tile and the check carry the icon.
    if (s >= 32) layers.push([[0x5c, 0x5c, 0xd8], (x, y) => tile(x, y) && grid(x, y)]);
    layers.push([BLUE, stroke(pts, s * 0.26)], [WHITE, stroke(pts, Math.max(2, s * 0.14))]);
    return layers;
  },

  /** Tarkista: a sheet with a blue check mark on a white halo. */
  validate(s) {
    const { layers } = sheet(s);
    const pts = checkPoints(s);
    const w = Math.max(2, s * 0.13);
    return [...layers, [WHITE, stroke(pts, w + 2 * Math.max(1, s / 16))], [BLUE, stroke(pts, w)]];
  },

  /** Yhteenveto: a sheet with three rising bars. */
  summary(s) {
    const { layers, box } = sheet(s);
    const base = box.inner1 - Math.max(1, Math.round(s / 16));
    const w = Math.max(2, Math.round(s * 0.15));
    const gap = Math.max(1, Math.round(s / 16));
    const total = 3 * w + 2 * gap;
    const left = Math.round((s - total) / 2);
    const heights = [0.3, 0.48, 0.66].map((f) => Math.round(f * s));
    const bars = heights.map((h, k) => {
      const x = left + k * (w + gap);
      return rect(x, base - h, x + w, base);
    });
    const halo = Math.max(1, Math.round(s / 32));
    return [
      ...layers,
      [WHITE, rect(left - halo, base - heights[2] - halo, left + total + halo, base)],
      [BLUE, union(...bars)],
    ];
  },

  /** Poista korostukset: a sheet with gold highlighted cells and a blue cross beside them. */
  clear(s) {
    const { layers, box } = sheet(s);
    const { inner0, inner1, cuts, line } = box;
    const highlighted = rect(inner0, cuts[0] + line / 2, cuts[0] - line / 2, inner1);
    const c = s * 0.66;
    const d = s * 0.14;
    const arms = (w) =>
      union(
        stroke(
          [
            [c - d, c - d],
            [c + d, c + d],
          ],
          w,
        ),
        stroke(
          [
            [c - d, c + d],
            [c + d, c - d],
          ],
          w,
        ),
      );
    const w = Math.max(2, s * 0.12);
    return [...layers, [GOLD, highlighted], [WHITE, arms(w + 2 * Math.max(1, s / 16))], [BLUE, arms(w)]];
  },
};

/** Which icons are drawn at which sizes (the add-in icon also at 128 for the store listing). */
const SIZES = {
  icon: [16, 32, 64, 80, 128],
  validate: [16, 32, 64, 80],
  summary: [16, 32, 64, 80],
  clear: [16, 32, 64, 80],
};

// ---------------------------------------------------------------------------------------------
// Rasterising and PNG encoding.

const SS = 8; // samples per pixel along each axis

/** Renders layers at size s into straight-alpha RGBA bytes. */
function rasterise(layers, s) {
  const out = Buffer.alloc(s * s * 4);
  for (let j = 0; j < s; j++) {
    for (let i = 0; i < s; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sj = 0; sj < SS; sj++) {
        for (let si = 0; si < SS; si++) {
          const x = i + (si + 0.5) / SS;
          const y = j + (sj + 0.5) / SS;
          let color = null;
          for (const [c, shape] of layers) if (shape(x, y)) color = c;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const o = (j * s + i) * 4;
      if (covered) {
        out[o] = Math.round(r / covered);
        out[o + 1] = Math.round(g / covered);
        out[o + 2] = Math.round(b / covered);
        out[o + 3] = Math.round((255 * covered) / (SS * SS));
      }
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes straight-alpha RGBA bytes (w x h) as a PNG: 8-bit RGBA, no interlace, filter 0. */
function encodePng(rgba, w, h) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(h * (w * 4 + 1));
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** All icons as { file, size, rgba, png }. */
function renderAll() {
  const files = [];
  for (const [name, sizes] of Object.entries(SIZES)) {
    for (const s of sizes) {
      const rgba = rasterise(ICONS[name](s), s);
      const file = name === "icon" ? `icon-${s}.png` : `icon-${name}-${s}.png`;
      files.push({ file, size: s, rgba, png: encodePng(rgba, s, s) });
    }
  }
  return files;
}

function main(argv) {
  const dir = path.join(__dirname, "..", "assets");
  const { check } = parseArgs({ args: argv, options: { check: { type: "boolean" } }, strict: true }).values;
  let stale = 0;
  for (const { file, png } of renderAll()) {
    const target = path.join(dir, file);
    if (check) {
      const same = fs.existsSync(target) && fs.readFileSync(target).equals(png);
      if (!same) {
        stale++;
        console.error(`make-icons: assets/${file} is missing or differs; run node scripts/make-icons.js`);
      }
    } else {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(target, png);
      console.log(`assets/${file} (${png.length} bytes)`);
    }
  }
  if (check) {
    if (stale) process.exitCode = 1;
    else console.log("make-icons: assets/icon-*.png are up to date");
  }
}

module.exports = { ICONS, SIZES, rasterise, encodePng, renderAll };

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`make-icons: ${error.message}`);
    process.exitCode = 2;
  }
}
