#!/usr/bin/env node
/**
 * `npm test`'s first step: the programs outside npm that the tests need, checked in a fraction of a second
 * instead of failing after the linter, the type check and the unit tests. Chromium drives the end-to-end
 * tests (tests/e2e/run.js); xmllint checks the manifest against Microsoft's XSDs (npm run validate) and the
 * summary workbook's XML; LibreOffice and openpyxl open the summary workbook the command line writes, as
 * other spreadsheet programs (tests/cli/summarizeCharts.test.ts, tests/cli/cleanText.test.ts).
 */
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const { chromiumPath } = require("../tests/e2e/support/chromium");

function missingPrerequisites() {
  const missing = [];
  const browser = chromiumPath();
  if (!fs.existsSync(browser))
    missing.push({ what: `Chromium (looked for ${browser}; or set CHROMIUM_PATH)`, debian: "chromium" });
  if (spawnSync("xmllint", ["--version"]).error)
    missing.push({ what: "xmllint (checks manifest.xml against the XSDs)", debian: "libxml2-utils" });
  if (spawnSync("soffice", ["--version"]).error)
    missing.push({
      what: "LibreOffice (opens the summary workbook's charts)",
      debian: "libreoffice-calc-nogui",
    });
  if (spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status !== 0)
    missing.push({
      what: "openpyxl for /usr/bin/python3 (opens the summary workbook)",
      debian: "python3-openpyxl",
    });
  return missing;
}

const missing = missingPrerequisites();
if (missing.length > 0) {
  for (const { what } of missing) console.error(`npm test: missing ${what}`);
  console.error(`npm test: install with: apt-get install ${missing.map((m) => m.debian).join(" ")}`);
  console.error("npm test: (`npm run test:unit` runs the unit tests without them)");
  process.exitCode = 1;
}
