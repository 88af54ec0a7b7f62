#!/usr/bin/env node
/**
 * `npm run test:e2e`: the end-to-end journeys in a real browser.
 *   1. Chromium must be installed (Debian's /usr/bin/chromium, or CHROMIUM_PATH); if it is not, one line
 *      says how to install it and the run fails (it is never skipped).
 *   2. Builds the playground into a temporary folder (webpack, development mode, no source maps), so the
 *      tests always run today's code; SITOVA_PLAYGROUND_DIR=<folder> uses an existing build instead.
 *   3. Runs the journeys with Jest (tests/e2e/jest.config.js); extra arguments go to Jest.
 * Screenshots of each journey's end are written to test-results/e2e/ (git-ignored).
 */
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromiumPath, missingChromiumHint } = require("./support/chromium");
const { runWebpack } = require("../../scripts/runWebpack");

const ROOT = path.resolve(__dirname, "..", "..");

function buildPlayground(outDir) {
  const { playgroundConfig } = require("../../webpack.config.js");
  const config = playgroundConfig(false);
  config.output.path = outDir;
  config.devtool = false;
  return runWebpack(config);
}

/** The closing lines: each journey's time, what was skipped and why, then "Tests: N passed, N failed". */
function printSummary(file, ms) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const lines = ["", `test:e2e: journeys (${(ms / 1000).toFixed(1)} s in all)`];
  for (const suite of report.testResults) {
    for (const test of suite.assertionResults) {
      const time = test.duration != null ? ` ${(test.duration / 1000).toFixed(1)} s` : "";
      lines.push(`  ${test.status.padEnd(7)} ${test.fullName}${time}`);
    }
  }
  const skipped = report.numPendingTests + report.numTodoTests;
  const tail = skipped ? `, ${skipped} skipped` : "";
  lines.push("", `Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${tail}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main() {
  const browser = chromiumPath();
  if (!fs.existsSync(browser)) {
    console.error(`test:e2e: ${missingChromiumHint(browser)}`);
    process.exitCode = 1;
    return;
  }
  let dir = process.env.SITOVA_PLAYGROUND_DIR;
  let temporary = null;
  if (!dir) {
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-e2e-playground-"));
    dir = temporary;
    const ms = await buildPlayground(dir);
    console.log(`test:e2e: playground built in ${(ms / 1000).toFixed(1)} s`);
  }
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sitova-e2e-results-")), "results.json");
  try {
    const jest = require.resolve("jest/bin/jest");
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        jest,
        "-c",
        path.join(__dirname, "jest.config.js"),
        "--json",
        `--outputFile=${results}`,
        ...process.argv.slice(2),
      ],
      { cwd: ROOT, stdio: "inherit", env: { ...process.env, SITOVA_PLAYGROUND_DIR: path.resolve(dir) } },
    );
    process.exitCode = run.status ?? 1;
    printSummary(results, Date.now() - started);
  } finally {
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
    fs.rmSync(path.dirname(results), { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`test:e2e: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
});
