/**
 * End-to-end tests (`npm run test:e2e`, through tests/e2e/run.js, which checks for Chromium and builds the
 * playground first): the playground in Debian's Chromium, driven by playwright-core. One browser at a
 * time, in band; each file starts its own playground server on a free loopback port.
 */
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = {
  rootDir: ROOT,
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // tests/e2e/run.js prints the closing "Tests: N passed, N failed" line from Jest's JSON results.
  reporters: ["default"],
  maxWorkers: 1,
  // A hang guard, as in the unit tests' config: journeys wait for what they expect to see, never for a time,
  // and long scans are split into several tests (accessibility.e2e.ts).
  testTimeout: 120_000,
};
