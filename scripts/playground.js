#!/usr/bin/env node
/**
 * `npm run playground`: serves the built playground (dist-playground/, made by `npm run build:playground`)
 * over plain http, so no certificate is needed: http://localhost:3001/playground.html. PORT changes the
 * port, HOST the interface (default localhost only).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { startStaticServer } = require("./static-server");

const ROOT = path.resolve(__dirname, "..");
const PLAYGROUND_DIR = path.join(ROOT, "dist-playground");
const DEFAULT_PORT = 3001;

/** The playground server for tests: a free loopback port unless one is given. */
function startPlaygroundServer({ root = PLAYGROUND_DIR, port = 0, host = "127.0.0.1" } = {}) {
  if (!fs.existsSync(path.join(root, "playground.html")))
    throw new Error(
      `${path.relative(ROOT, root) || root}/playground.html is missing: run npm run build:playground`,
    );
  return startStaticServer({ roots: [root], port, host });
}

function parsePort(text) {
  if (text === undefined || text === "") return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT=${text} is not a port number`);
  return port;
}

async function main() {
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST || "localhost";
  const { url, close } = await startPlaygroundServer({ port, host });
  console.log(`Sitova playground: ${url}playground.html   (Ctrl+C stops it)`);
  console.log(`  ?lang=fi|sv|en sets Office's language, ?workbook=<relative url> opens another workbook.`);
  const stop = () => close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`sitova playground: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { startPlaygroundServer, PLAYGROUND_DIR, DEFAULT_PORT };
