#!/usr/bin/env node
// Entry point of `npx sitova`; the TypeScript sources are compiled to lib/ by `npm run build:cli` (run on install).
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
