#!/usr/bin/env node
/**
 * `npm start`: builds the add-in and the playground (development mode, rebuilt on every change) and serves
 *   - the add-in on https://localhost:3000 with the Office development certificates (for Excel), plus the
 *     playground at https://localhost:3000/playground.html;
 *   - the playground alone on http://localhost:3001/playground.html (PORT changes it), no certificate needed.
 * Without certificates it still serves the playground over http and says how to install them and how to
 * sideload the add-in. The certificates are only read here, never installed (that needs sudo): run
 * `npx office-addin-dev-certs install` once for that.
 */
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const makeConfig = require("../webpack.config.js");
const { startStaticServer } = require("./static-server");
const { DEFAULT_PORT } = require("./playground");

const ADDIN_PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The dev certificate's files when they exist and are valid now, else the reason they cannot be used. */
function devCertificate() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const tls = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(CERT_DIR, file);
    if (!fs.existsSync(full)) return { problem: `${full} does not exist` };
    tls[name] = fs.readFileSync(full);
  }
  try {
    const certificate = new crypto.X509Certificate(tls.cert);
    const now = Date.now();
    if (Date.parse(certificate.validTo) < now)
      return { problem: `the certificate expired on ${certificate.validTo}` };
    if (Date.parse(certificate.validFrom) > now)
      return { problem: `the certificate is valid only from ${certificate.validFrom}` };
  } catch (error) {
    return { problem: `the certificate cannot be read (${error.message})` };
  }
  return { tls };
}

function parsePort(text) {
  if (text === undefined || text === "") return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT=${text} is not a port number`);
  if (port === ADDIN_PORT) throw new Error(`PORT=${port} is the add-in's https port; choose another`);
  return port;
}

const SIDELOAD = [
  "Sideload the add-in (its manifest points at https://localhost:3000):",
  "  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in > manifest.xml",
  "  Excel on Windows or macOS: npx office-addin-debugging start manifest.xml",
  "    (not a project dependency: its native keychain module does not build on Linux)",
];

function build(compiler) {
  let first = true;
  return new Promise((resolve, reject) => {
    const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
      if (error) {
        if (first) reject(error);
        else console.error(error);
        return;
      }
      const summary = stats.toString({ preset: "errors-warnings", colors: process.stdout.isTTY });
      if (stats.hasErrors()) console.error(summary);
      const names = stats.stats.map((s) => `${s.compilation.name || "add-in"} ${s.endTime - s.startTime} ms`);
      console.log(
        `${first ? "built" : "rebuilt"}: ${names.join(", ")}${stats.hasErrors() ? " (with errors)" : ""}`,
      );
      if (first) {
        first = false;
        resolve(watching);
      }
    });
  });
}

async function main() {
  const port = parsePort(process.env.PORT);
  const addin = makeConfig({}, { mode: "development" });
  const playground = makeConfig({ playground: true }, { mode: "development" });
  console.log(
    "Building the add-in (dist/) and the playground (dist-playground/), then watching for changes…",
  );
  const watching = await build(webpack([addin, playground]));

  const servers = [];
  const pg = await startStaticServer({ roots: [playground.output.path], port, host: "localhost" });
  servers.push(pg);
  const lines = ["", `Playground (no certificate needed): ${pg.url}playground.html`];

  const { tls, problem } = devCertificate();
  if (tls) {
    try {
      const secure = await startStaticServer({
        roots: [addin.output.path, playground.output.path],
        port: ADDIN_PORT,
        host: "localhost",
        tls,
        cors: true,
      });
      servers.push(secure);
      lines.push(`Add-in for Excel:                   ${secure.url}taskpane.html`);
      lines.push(`Playground over https:              ${secure.url}playground.html`, "", ...SIDELOAD);
    } catch (error) {
      lines.push(`The add-in is not served: ${error.message}.`);
    }
  } else {
    lines.push(
      "",
      `No Office development certificate (${problem}), so the add-in is not served on https://localhost:${ADDIN_PORT}.`,
      "  Install one (once; it asks for your password to trust it):  npx office-addin-dev-certs install",
      "  then run npm start again.",
      "",
      ...SIDELOAD,
    );
  }
  lines.push("", "Ctrl+C stops everything.");
  console.log(lines.join("\n"));

  const stop = async () => {
    await Promise.all(servers.map((s) => s.close()));
    watching.close(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
