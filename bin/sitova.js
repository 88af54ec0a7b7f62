#!/usr/bin/env node
// Entry point of `npx sitova`; `npm run build:cli` (run on install) compiles the TypeScript sources and
// bundles the command line into lib/cli/sitova.js.
require("../lib/cli/sitova.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
