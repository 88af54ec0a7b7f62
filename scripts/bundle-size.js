#!/usr/bin/env node
/**
 * `npm run size`: the task pane's first load, measured on the production build. Builds the add-in (webpack,
 * production) into a temporary folder, reads which scripts taskpane.html loads, and gzips each (level 9, as
 * a web server would serve them at best): their sum must stay under 300 KB (issue 12). Every other script is
 * loaded later by `import()`: the reader of Kokoa työkirjoista must be one of them, never in the first load.
 *
 *   node scripts/bundle-size.js            build, measure, print; exit 1 when over the limit
 *   node scripts/bundle-size.js DIR        measure an existing production build in DIR (e.g. dist)
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { runWebpack } = require("./runWebpack");

/** The limit of the pane's first load: 300 KB of gzipped JavaScript (1 KB = 1000 bytes, the stricter). */
const INITIAL_LIMIT_BYTES = 300_000;
/** The chunk that holds the workbook reader (its `webpackChunkName` in src/app/combine.ts). */
const READER_CHUNK = "combine-reader";

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/**
 * The build's own scripts an HTML page loads, in order: `<script src=…>` quoted or not (the minified page
 * drops the quotes); Office.js from Microsoft's CDN is not the add-in's and is left out.
 */
function pageScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src))
    .map((src) => path.basename(src));
}

/**
 * Measures a production build: the scripts taskpane.html loads (the first load) and every other script of
 * the folder (loaded on demand). Sizes are gzip bytes.
 */
function measureBundle(dir) {
  const page = path.join(dir, "taskpane.html");
  if (!fs.existsSync(page)) throw new Error(`bundle-size: ${page} is missing: not a build of the add-in`);
  const initialNames = new Set(pageScripts(fs.readFileSync(page, "utf8")));
  const scripts = fs.readdirSync(dir).filter((name) => name.endsWith(".js"));
  const missing = [...initialNames].filter((name) => !scripts.includes(name));
  if (initialNames.size === 0 || missing.length > 0)
    throw new Error(
      `bundle-size: taskpane.html loads scripts the build lacks: ${missing.join(", ") || "none at all"}`,
    );
  const sized = scripts.map((name) => ({ name, gzip: gzipSize(path.join(dir, name)) }));
  const initial = sized.filter((s) => initialNames.has(s.name));
  const onDemand = sized.filter((s) => !initialNames.has(s.name));
  const sum = (list) => list.reduce((total, s) => total + s.gzip, 0);
  return {
    initial,
    onDemand,
    initialGzip: sum(initial),
    onDemandGzip: sum(onDemand),
    readerChunk: onDemand.find((s) => s.name.startsWith(`${READER_CHUNK}.`)) ?? null,
    readerInInitial: initial.some((s) => s.name.startsWith(`${READER_CHUNK}.`)),
  };
}

/** What is wrong with a measured build, as lines for the user; empty when it passes. */
function problems(measured, limit = INITIAL_LIMIT_BYTES) {
  const found = [];
  if (measured.initialGzip > limit)
    found.push(
      `the task pane's first load is ${kb(measured.initialGzip)} gzip, over the limit of ${kb(limit)}`,
    );
  if (measured.readerInInitial || measured.readerChunk === null)
    found.push(`the workbook reader (${READER_CHUNK}) is not a chunk of its own loaded on demand`);
  return found;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function report(measured) {
  const lines = ["Task pane JavaScript, gzip (level 9):", "  first load (taskpane.html):"];
  for (const s of measured.initial) lines.push(`    ${kb(s.gzip).padStart(10)}  ${s.name}`);
  lines.push(`    ${kb(measured.initialGzip).padStart(10)}  in all (limit ${kb(INITIAL_LIMIT_BYTES)})`);
  lines.push("  loaded on demand (Kokoa työkirjoista):");
  for (const s of measured.onDemand) lines.push(`    ${kb(s.gzip).padStart(10)}  ${s.name}`);
  lines.push(`    ${kb(measured.onDemandGzip).padStart(10)}  in all`);
  return lines.join("\n");
}

function buildAddin(outDir) {
  const makeConfig = require("../webpack.config.js");
  const config = makeConfig({}, { mode: "production" });
  config.output.path = outDir;
  return runWebpack(config);
}

async function main() {
  let dir = process.argv[2];
  let temporary = null;
  if (!dir) {
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-bundle-size-"));
    dir = temporary;
    await buildAddin(dir);
  }
  try {
    const measured = measureBundle(dir);
    console.log(report(measured));
    const found = problems(measured);
    for (const line of found) console.error(`bundle-size: ${line}`);
    if (found.length > 0) process.exitCode = 1;
  } finally {
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().catch((error) => {
    console.error(`bundle-size: ${error.message}`);
    process.exitCode = 1;
  });

module.exports = { INITIAL_LIMIT_BYTES, READER_CHUNK, measureBundle, problems, pageScripts };
