#!/usr/bin/env node
/**
 * `npm start`: builds the add-in and the playground (development mode, rebuilt on every change) and serves
 *   - the add-in on https://localhost:3000 with the Office development certificates (for Excel), plus the
 *     playground at https://localhost:3000/playground.html;
 *   - the playground alone on http://localhost:3001/playground.html (PORT changes it), no certificate needed.
 * https is served only when the development certificate is valid and its CA is really trusted by this
 * machine (scripts/devCerts.js); otherwise the playground is still served over http and the exact steps
 * are printed. The certificates are only read here, never created or installed.
 */
"use strict";

const webpack = require("webpack");
const makeConfig = require("../webpack.config.js");
const { startStaticServer } = require("./static-server");
const { DEFAULT_PORT } = require("./playground");
const { httpsReadiness } = require("./devCerts");

const ADDIN_PORT = 3000;

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

  const https = httpsReadiness();
  if (https.serve) {
    try {
      const secure = await startStaticServer({
        roots: [addin.output.path, playground.output.path],
        port: ADDIN_PORT,
        host: "localhost",
        tls: https.tls,
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
      `The add-in is not served on https://localhost:${ADDIN_PORT}: ${https.problem}.`,
      ...https.steps,
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
