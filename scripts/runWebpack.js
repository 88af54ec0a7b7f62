"use strict";
/** Runs one webpack build in this process and resolves with its time in ms; the build's errors reject it. */
function runWebpack(config) {
  const webpack = require("webpack");
  config.infrastructureLogging = { level: "error" };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ preset: "errors-only" })));
      resolve(stats.endTime - stats.startTime);
    });
  });
}

module.exports = { runWebpack };
