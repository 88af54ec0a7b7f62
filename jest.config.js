/**
 * Unit, adapter and CLI tests, in two projects (the name is shown before each test file):
 * - `default`: every test, against the emulator's default Excel profile;
 * - `fi-desktop`: the adapter, session and task-pane tests again, every emulator they create getting the
 *   hostile `fi-desktop` profile (tests/support/fiDesktopProfile.ts), without the tests changing.
 * ESM-only packages pulled in by office-addin-manifest need transforming.
 */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
};

module.exports = {
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
