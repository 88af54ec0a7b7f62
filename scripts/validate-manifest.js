#!/usr/bin/env node
/**
 * `npm run validate [-- [--offline] FILE...]`: checks add-in manifests (default: manifest.xml).
 *   1. Offline, against Microsoft's XSDs vendored in scripts/manifest-xsd/, with xmllint (Debian's
 *      libxml2-utils). Always runs; a manifest the schemas refuse fails the command.
 *   2. Online, with office-addin-manifest's validation service, unless --offline. When the service cannot be
 *      reached (no network) or does not answer properly, this step says "skipped, offline" and does not
 *      fail: it is a second opinion, not a gate. A manifest the service rejects fails the command.
 * Exit codes: 0 valid, 1 invalid, 2 the check could not run (no xmllint, no such file).
 */
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");

const SCHEMA = path.join(__dirname, "manifest-xsd", "OfficeAppManifestV1_1.xsd");

/** xmllint's verdict on one manifest: null when valid, else its messages. */
function schemaErrors(file) {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error && run.error.code === "ENOENT") {
    const error = new Error("xmllint not found; install it with: apt-get install libxml2-utils");
    error.exitCode = 2;
    throw error;
  }
  return run.status === 0 ? null : (run.stderr || run.stdout).trim();
}

/** The online service's verdict: { skipped: reason } or { valid, messages }. */
async function serviceVerdict(file) {
  const { validateManifest } = require("office-addin-manifest");
  let validation;
  try {
    validation = await validateManifest(file);
  } catch (error) {
    if (/Unable to contact the manifest validation service/.test(String(error && error.message)))
      return { skipped: "offline (the validation service could not be reached)" };
    throw error;
  }
  if (!validation.report) {
    const status = validation.status
      ? `HTTP ${validation.status} ${validation.statusText ?? ""}`.trim()
      : "no report";
    return { skipped: `offline (the validation service answered ${status})` };
  }
  const issues = (validation.report.errors ?? []).map(
    (issue) =>
      `${issue.title ?? "Error"}: ${issue.content ?? ""}${issue.line ? ` (line ${issue.line})` : ""}`,
  );
  return { valid: validation.isValid, messages: issues };
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { offline: { type: "boolean" } },
    allowPositionals: true,
    strict: true,
  });
  const offline = values.offline ?? false;
  const files = positionals.length > 0 ? positionals : ["manifest.xml"];
  let invalid = false;
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`validate: ${file}: no such file`);
      return 2;
    }
    const errors = schemaErrors(file);
    if (errors) {
      invalid = true;
      console.error(`validate: ${file}: refused by the manifest XSDs\n${errors}`);
    } else {
      console.log(`validate: ${file}: valid against the manifest XSDs (offline)`);
    }
    if (offline) {
      console.log(`validate: ${file}: validation service skipped (--offline)`);
      continue;
    }
    const verdict = await serviceVerdict(file);
    if (verdict.skipped) {
      console.log(`validate: ${file}: validation service skipped, ${verdict.skipped}`);
    } else if (verdict.valid) {
      console.log(`validate: ${file}: accepted by Microsoft's validation service`);
    } else {
      invalid = true;
      console.error(`validate: ${file}: rejected by Microsoft's validation service`);
      for (const message of verdict.messages) console.error(`  ${message}`);
    }
  }
  return invalid ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`validate: ${error && error.message ? error.message : error}`);
    process.exitCode = error && error.exitCode ? error.exitCode : 2;
  },
);
