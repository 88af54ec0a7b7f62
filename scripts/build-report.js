#!/usr/bin/env node
/**
 * Runs the production build through webpack's Node API and reports what it produced.
 *
 *   node scripts/build-report.js [--url https://host/path/] [--out dir] [--json file]
 *
 * Without --json it prints the assets and their sizes (raw and gzip). With --json it writes a
 * machine-readable report (used by tests/manifest): errors, warnings, assets, entrypoints and every
 * source file bundled into a chunk (modules inlined by concatenation included). Exit code 1 when the
 * build has errors.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");
const zlib = require("node:zlib");
const webpack = require("webpack");
const makeConfig = require("../webpack.config.js");

const ROOT = path.resolve(__dirname, "..");

/** `--url`, `--out` and `--json`, each with a value; anything else is refused (parseArgs's strict mode). */
function parseOptions(argv) {
  const options = { url: { type: "string" }, out: { type: "string" }, json: { type: "string" } };
  return parseArgs({ args: argv, options, strict: true }).values;
}

/** Source files bundled into some chunk, relative to the project, with / separators. */
function bundledFiles(compilation) {
  const files = new Set();
  const add = (module) => {
    if (module.modules) for (const inner of module.modules) add(inner); // ConcatenatedModule
    const resource = module.resource && module.resource.split("?")[0];
    if (resource) files.add(path.relative(ROOT, resource).split(path.sep).join("/"));
  };
  for (const chunk of compilation.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(module);
  }
  return [...files].sort();
}

function run(args) {
  const env = args.url ? { url: args.url } : {};
  const config = makeConfig(env, { mode: "production" });
  if (args.out) config.output.path = path.resolve(args.out);
  return new Promise((resolve, reject) => {
    const compiler = webpack(config, (err, stats) => {
      if (err) return reject(err);
      try {
        resolveReport(stats);
      } catch (error) {
        reject(error);
      }
    });
    function resolveReport(stats) {
      const json = stats.toJson({
        all: false,
        errors: true,
        warnings: true,
        entrypoints: true,
      });
      const outDir = config.output.path;
      const assets = stats.compilation
        .getAssets()
        .map((a) => {
          const file = path.join(outDir, a.name);
          const gzip = fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : null;
          return { name: a.name, size: a.source.size(), gzip };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const entrypoints = {};
      for (const [name, ep] of Object.entries(json.entrypoints))
        entrypoints[name] = ep.assets.map((a) => a.name);
      const report = {
        ok: !stats.hasErrors(),
        outputPath: outDir,
        url: env.url || null,
        errors: json.errors.map((e) => e.message),
        warnings: json.warnings.map((w) => w.message),
        assets,
        entrypoints,
        modules: bundledFiles(stats.compilation),
      };
      compiler.close(() => resolve(report));
    }
  });
}

function printTable(report) {
  const kib = (n) => (n == null ? "-" : `${(n / 1024).toFixed(1)} KiB`);
  console.log(
    `output: ${path.relative(ROOT, report.outputPath) || "."}  url: ${report.url || "(none: localhost)"}`,
  );
  for (const a of report.assets)
    if (!a.name.endsWith(".png"))
      console.log(`  ${a.name.padEnd(36)} ${kib(a.size).padStart(11)}  gzip ${kib(a.gzip).padStart(10)}`);
  const pngs = report.assets.filter((a) => a.name.endsWith(".png"));
  console.log(
    `  ${`${pngs.length} icons (assets/*.png)`.padEnd(36)} ${kib(pngs.reduce((n, a) => n + a.size, 0)).padStart(11)}`,
  );
  for (const [name, files] of Object.entries(report.entrypoints)) {
    const size = files.reduce((n, f) => n + (report.assets.find((a) => a.name === f) || { size: 0 }).size, 0);
    const gzip = files.reduce((n, f) => n + ((report.assets.find((a) => a.name === f) || {}).gzip || 0), 0);
    console.log(`entrypoint ${name}: ${kib(size)} (gzip ${kib(gzip)}) = ${files.join(" + ")}`);
  }
  for (const w of report.warnings) console.log(`WARNING ${w}`);
  for (const e of report.errors) console.log(`ERROR ${e}`);
}

if (require.main === module) {
  let args;
  try {
    args = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`build-report: ${error.message}`);
    process.exit(2);
  }
  run(args).then(
    (report) => {
      if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2));
      else printTable(report);
      process.exitCode = report.ok ? 0 : 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

module.exports = { run, bundledFiles };
