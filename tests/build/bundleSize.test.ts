/**
 * The first-load check of `npm run size` (scripts/bundle-size.js) on small hand-made builds: it reads which
 * scripts taskpane.html loads as minified by html-webpack-plugin, measures them gzipped, and fails a build
 * whose first load passes the limit or holds the workbook reader. `npm test` runs it on the real build.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import * as zlib from "node:zlib";

interface Measured {
  initial: { name: string; gzip: number }[];
  onDemand: { name: string; gzip: number }[];
  initialGzip: number;
  onDemandGzip: number;
  readerChunk: { name: string; gzip: number } | null;
  readerInInitial: boolean;
}

// The script is CommonJS, run by node.
const size = require("../../scripts/bundle-size.js") as {
  INITIAL_LIMIT_BYTES: number;
  measureBundle(dir: string): Measured;
  problems(measured: Measured, limit?: number): string[];
  pageScripts(html: string): string[];
};

/** A build folder: the page and scripts of random (incompressible) bytes of the given sizes. */
function build(page: string, scripts: Record<string, number>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-size-test-"));
  fs.writeFileSync(path.join(dir, "taskpane.html"), page);
  for (const [name, bytes] of Object.entries(scripts))
    fs.writeFileSync(path.join(dir, name), randomBytes(bytes));
  return dir;
}

const PAGE =
  "<!doctype html><html lang=fi><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>" +
  '<script defer src=runtime.1.js></script><script defer src="taskpane.2.js"></script></head></html>';

const gzip = (dir: string, name: string) =>
  zlib.gzipSync(fs.readFileSync(path.join(dir, name)), { level: 9 }).length;

describe("npm run size", () => {
  it("reads the page's own scripts, quoted or not, and leaves Office.js from the CDN out", () => {
    expect(size.pageScripts(PAGE)).toEqual(["runtime.1.js", "taskpane.2.js"]);
  });

  it("measures the first load and the chunks loaded on demand, gzipped", () => {
    const dir = build(PAGE, { "runtime.1.js": 2000, "taskpane.2.js": 5000, "combine-reader.3.js": 3000 });
    const measured = size.measureBundle(dir);
    expect(measured.initial.map((s) => s.name).sort()).toEqual(["runtime.1.js", "taskpane.2.js"]);
    expect(measured.initialGzip).toBe(gzip(dir, "runtime.1.js") + gzip(dir, "taskpane.2.js"));
    expect(measured.readerChunk).toEqual({
      name: "combine-reader.3.js",
      gzip: gzip(dir, "combine-reader.3.js"),
    });
    expect(size.problems(measured)).toEqual([]);
  });

  it("fails a first load over the limit", () => {
    const dir = build(PAGE, { "runtime.1.js": 1000, "taskpane.2.js": 4000, "combine-reader.3.js": 100 });
    const measured = size.measureBundle(dir);
    expect(size.problems(measured, 3000)).toEqual([expect.stringContaining("over the limit of 3.0 KB")]);
    expect(size.INITIAL_LIMIT_BYTES).toBe(300_000);
  });

  it("fails a build whose reader is in the first load, or has no chunk of its own", () => {
    const inPage = build(PAGE.replace("taskpane.2.js", "combine-reader.2.js"), {
      "runtime.1.js": 100,
      "combine-reader.2.js": 100,
    });
    expect(size.problems(size.measureBundle(inPage))).toEqual([expect.stringContaining("combine-reader")]);
    const none = build(PAGE, { "runtime.1.js": 100, "taskpane.2.js": 100 });
    expect(size.problems(size.measureBundle(none))).toEqual([expect.stringContaining("combine-reader")]);
  });

  it("refuses a folder that is not a build of the add-in, or a page whose scripts are missing", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-size-test-"));
    expect(() => size.measureBundle(empty)).toThrow(/taskpane\.html is missing/);
    const partial = build(PAGE, { "runtime.1.js": 100 });
    expect(() => size.measureBundle(partial)).toThrow(/taskpane\.2\.js/);
  });
});
