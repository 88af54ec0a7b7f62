/**
 * Builds the Excel add-in into dist/.
 *
 *   webpack --mode production --env url=https://example.org/sitova/   production build for that URL
 *   webpack --mode production                                          production build, still localhost (warns)
 *   webpack serve --mode development                                   https://localhost:3000 with dev certificates
 *   webpack --mode production --env playground                         the browser playground into dist-playground/
 *   webpack --mode production --env cli                                the command line as one file, lib/cli/sitova.js
 *
 * taskpane.html is the shared runtime page: the task pane and the ribbon commands (FunctionFile)
 * both load it, so it carries the `commands` and `taskpane` entries, over one webpack runtime
 * (runtimeChunk "single") so that a module imported by both exists once and holds one state.
 *
 * The playground (src/playground, `--env playground`) is a separate configuration with its own output
 * folder: it bundles the Excel emulator, ExcelJS and the same task pane and command modules, and is never
 * part of the add-in. The add-in build refuses src/emulator, src/playground and tests/ (SitovaBuildGuard).
 */
"use strict";

const path = require("node:path");
const { URL } = require("node:url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { NormalModuleReplacementPlugin, ProvidePlugin, WebpackError } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const ROOT = __dirname;

/** Source folders that must never reach the add-in bundle (test support, the browser playground and its emulator). */
const EXCLUDED_DIRS = [
  path.join(ROOT, "src", "emulator"),
  path.join(ROOT, "src", "playground"),
  path.join(ROOT, "tests"),
];

/** Where the playground is built (never deployed with the add-in). */
const PLAYGROUND_DIR = path.join(ROOT, "dist-playground");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** TypeScript through ts-loader, type-checked separately (npm run typecheck) so builds stay fast. */
function typeScriptRule(isProd) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.join(ROOT, "tsconfig.json"),
        // ES modules let webpack tree-shake Fluent UI; the project's tsconfig emits CommonJS for Node.
        compilerOptions: { module: "es2020", sourceMap: !isProd },
      },
    },
  };
}

/** The base URL the built manifest points at: env.url, normalised to end with "/". */
function baseUrl(env) {
  if (!env.url || env.url === true) return DEV_URL;
  let url;
  try {
    url = new URL(String(env.url));
  } catch {
    throw new Error(
      `webpack.config.js: --env url=${env.url} is not an absolute URL (e.g. https://example.org/sitova/).`,
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `webpack.config.js: --env url must be https (Office loads add-ins only over https), got ${url.href}`,
    );
  if (url.search || url.hash)
    throw new Error(`webpack.config.js: --env url must not have a query or fragment, got ${url.href}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites the development URL in manifest*.xml to the production one. */
function rewriteManifest(content, url) {
  const text = content.toString("utf8");
  return url === DEV_URL ? text : text.split(DEV_URL).join(url);
}

const isExcluded = (file) => EXCLUDED_DIRS.some((dir) => file === dir || file.startsWith(dir + path.sep));

/**
 * Production guard: fails the build when a module under src/emulator or tests/ is bundled, and warns
 * when no production URL was given (dist/manifest.xml then still points at localhost).
 */
class SitovaBuildGuard {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const name = "SitovaBuildGuard";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.finishModules.tap(name, (modules) => {
        for (const module of modules) {
          const resource = module.resource && module.resource.split("?")[0];
          if (resource && isExcluded(resource)) {
            compilation.errors.push(
              new WebpackError(
                `${path.relative(ROOT, resource)} is test or emulator code and must not be in the add-in bundle.`,
              ),
            );
          }
        }
        if (!this.options.urlGiven) {
          compilation.warnings.push(
            new WebpackError(
              `No production URL given: dist/manifest.xml still points at ${DEV_URL}. Build with --env url=https://host/path/.`,
            ),
          );
        }
      });
    });
  }
}

/**
 * HTTPS options for the dev server: the Office development certificate, only when its CA is really
 * trusted (scripts/devCerts.js only reads; it never creates or installs a certificate, so a failed
 * setup leaves nothing half-installed). Otherwise it prints the exact steps and stops.
 */
function devServerHttpsOptions() {
  const { httpsReadiness } = require("./scripts/devCerts");
  const https = httpsReadiness();
  if (https.serve) return https.tls;
  console.error(
    [
      `Sitova dev server: not serving ${DEV_URL}: ${https.problem}.`,
      ...https.steps,
      "(npm start serves the playground over http meanwhile: http://localhost:3001/playground.html)",
    ].join("\n"),
  );
  process.exit(1);
}

/**
 * The browser playground: the real task pane and ribbon commands beside a spreadsheet view of the Excel
 * emulator, with Microsoft's office.js from @microsoft/office-js (outside Office it loads offline and
 * Office.onReady resolves with no host). ExcelJS and JSZip resolve to their browser builds; the file
 * adapter's `node:fs` and `node:path` serve only its Node-only functions, so they become empty modules.
 */
function playgroundConfig(isProd) {
  return {
    name: "playground",
    mode: isProd ? "production" : "development",
    context: ROOT,
    target: ["web", "es2020"],
    devtool: isProd ? false : "cheap-module-source-map",
    entry: { playground: "./src/playground/main.tsx" },
    output: {
      path: PLAYGROUND_DIR,
      filename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // readWorkbookFile's fs and path (Node only); the playground uses the browser-safe workbookSnapshot.
      fallback: { fs: false, path: false },
    },
    module: {
      rules: [typeScriptRule(isProd)],
      // exceljs.min.js is a prebuilt UMD bundle: nothing in it for webpack to parse for imports.
      noParse: /exceljs[\\/]dist[\\/]/,
    },
    performance: { hints: false },
    plugins: [
      // The file adapter's byte checks (src/xlsx/inspectBytes.ts) use Node's Buffer; the browser gets the
      // npm "buffer" package in its place.
      new ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new NormalModuleReplacementPlugin(/^node:(fs|path)$/, (resource) => {
        resource.request = resource.request.slice("node:".length);
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          // office.js loads its app-to-file table from its own folder; outside Office nothing else.
          { from: path.join(OFFICE_JS_DIR, "office.js"), to: "office-js/office.js" },
          {
            from: path.join(OFFICE_JS_DIR, "o15apptofilemappingtable.js"),
            to: "office-js/o15apptofilemappingtable.js",
          },
          { from: "node_modules/@microsoft/office-js/LICENSE.md", to: "office-js/LICENSE.md" },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.xlsx", to: "assets/samples/[name][ext]" },
          // The ribbon is drawn from the manifest's own buttons, labels and icons.
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
  };
}

/**
 * The command line as one file (lib/cli/sitova.js) from tsc's output: Node then resolves and reads one
 * module instead of several hundred, which takes about a tenth off every `sitova` run.
 */
function cliConfig() {
  return {
    name: "cli",
    mode: "production",
    target: "node20",
    entry: { sitova: "./lib/cli/main.js" },
    output: { path: path.join(ROOT, "lib", "cli"), filename: "[name].js", library: { type: "commonjs2" } },
    // The real __dirname: the command line finds package.json relative to its own file.
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

module.exports = (env = {}, argv = {}) => {
  const isProd = argv.mode === "production";
  if (env.playground) return playgroundConfig(isProd);
  if (env.cli) return cliConfig();
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = isProd ? baseUrl(env) : DEV_URL;

  const config = {
    mode: isProd ? "production" : "development",
    context: ROOT,
    target: ["web", "es2020"],
    devtool: isProd ? false : "eval-cheap-module-source-map",
    entry: {
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.join(ROOT, "dist"),
      filename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProd ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [typeScriptRule(isProd)],
    },
    optimization: {
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: {
      hints: isProd ? "warning" : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => rewriteManifest(content, url),
          },
        ],
      }),
      ...(isProd ? [new SitovaBuildGuard({ urlGiven: url !== DEV_URL })] : []),
    ],
  };

  if (!serving) return config;

  return {
    ...config,
    devServer: {
      port: DEV_PORT,
      server: { type: "https", options: devServerHttpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.EXCLUDED_DIRS = EXCLUDED_DIRS;
module.exports.PLAYGROUND_DIR = PLAYGROUND_DIR;
module.exports.playgroundConfig = playgroundConfig;
module.exports.cliConfig = cliConfig;
