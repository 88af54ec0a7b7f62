/**
 * Unit, adapter and CLI tests, in two projects (the name is shown before each test file):
 * - `default`: every test, against the emulator's default Excel profile;
 * - `fi-desktop`: the adapter, session and task-pane tests again, every emulator they create getting the
 *   hostile `fi-desktop` profile (tests/support/fiDesktopProfile.ts), without the tests changing.
 * ESM-only packages pulled in by office-addin-manifest need transforming.
 */
const shared = {
  testEnvironment: "node",
  // src too, so that coverage also lists the source files no test loads (Jest only sees files under roots).
  roots: ["<rootDir>/tests", "<rootDir>/src"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
};

// Global options: Jest ignores these inside `projects`.
module.exports = {
  // A hang guard, not a speed check: tests wait for the work they start, never for a time, and no test sets
  // its own limit. Jest's 5 s default failed pane tests at load 12 on 2 cores; performance is `npm run bench`.
  testTimeout: 120_000,
  // `npm run test:coverage`: every source file counts, also one that no unit test loads (the playground's
  // view and the pane's entry are exercised by the end-to-end journeys, which this does not measure).
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.js"],
  projects: [
    { ...shared, displayName: "default", testMatch: ["**/*.test.ts", "**/*.test.tsx"] },
    {
      ...shared,
      displayName: { name: "fi-desktop", color: "magenta" },
      testMatch: ["<rootDir>/tests/{excel,app,taskpane}/**/*.test.{ts,tsx}"],
      setupFiles: ["<rootDir>/tests/support/fiDesktopProfile.ts"],
    },
  ],
};
