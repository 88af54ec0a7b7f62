import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The domain engine is pure: it runs in Excel, in the browser and in Node alike.
const domainMustStayPure = {
  files: ["src/domain/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: ["fs", "path", "os", "child_process", "zlib", "stream", "util", "buffer", "crypto", "url"].map(
          (name) => ({
            name,
            message: "src/domain must not use Node APIs.",
          }),
        ),
        patterns: [
          {
            group: ["../excel/*", "../xlsx/*", "../cli/*", "../taskpane/*", "../commands/*", "../../*"],
            message: "src/domain imports nothing outside src/domain.",
          },
          {
            group: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/*", "office-*"],
            message: "src/domain must not depend on Office, DOM or file libraries.",
          },
          { group: ["node:*"], message: "src/domain must not use Node APIs." },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      "Office",
      "Excel",
      "OfficeExtension",
      "window",
      "document",
      "process",
      "Buffer",
      "require",
    ],
  },
};

// The plugin's recommended block covers .js/.ts only; the same block also lints the React components.
const officeAddinsBlock = officeAddins.configs.react.find(
  (c) => c.plugins?.["office-addins"] && c.languageOptions?.parser,
);

export default [
  {
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "dist-playground/",
      "coverage/",
      "test-results/",
      "tests/fixtures/",
      "assets/",
    ],
  },
  ...officeAddins.configs.react,
  { ...officeAddinsBlock, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    // TypeScript checks names itself; JSX without React in scope is the react-jsx transform.
    rules: { "no-undef": "off", "react/react-in-jsx-scope": "off", "react/prop-types": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
  { files: ["**/*.mjs"], languageOptions: { ecmaVersion: 2022, sourceType: "module" } },
  domainMustStayPure,
];
