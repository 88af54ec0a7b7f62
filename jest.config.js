/** Unit, adapter and CLI tests. ESM-only packages pulled in by office-addin-manifest need transforming. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.js"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
};
