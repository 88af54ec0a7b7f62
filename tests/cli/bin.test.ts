/**
 * The real entry point, as a user runs it: `node bin/sitova.js` on the bundled lib/cli/sitova.js. Builds
 * once as `npm run build:cli` does (tsc, then webpack --env cli) and spawns a few processes; the in-process
 * tests in main.test.ts cover the behaviour in depth.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { FileJob } from "../../src/cli/fileWorker";
import { checkFileHere, FileWorkers } from "../../src/cli/fileWorker";
import { FIXTURES, ROOT, SAMPLE, VALID } from "../support/paths";
import { runCli } from "./runCli";

const BIN = path.join(ROOT, "bin", "sitova.js");
const BUNDLE = path.join(ROOT, "lib", "cli", "sitova.js");

function sitova(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [require.resolve(script), ...args], { cwd: ROOT, stdio: "pipe" });
  run("typescript/bin/tsc", "-p", "tsconfig.cli.json");
  run("webpack-cli/bin/cli.js", "--mode", "production", "--env", "cli");
});

describe("node bin/sitova.js", () => {
  it("exits 0 on a valid workbook", () => {
    const run = sitova("validate", VALID);
    expect(run).toEqual({
      status: 0,
      stdout: `${VALID}: 0 virhettä, 0 varoitusta, 0 huomiota\n`,
      stderr: "",
    });
  });

  it("exits 1 on errors and prints the JSON report", () => {
    const run = sitova("validate", SAMPLE, "--format", "json");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { valid: boolean; stats: { errors: number; warnings: number } };
    expect(report.valid).toBe(false);
    expect(report.stats).toMatchObject({ errors: 6, warnings: 2 });
  });

  it("exits 2 with one line on stderr for an unreadable file, and still reports the others", () => {
    const missing = path.join(FIXTURES, "ei-ole.xlsx");
    const run = sitova("validate", missing, VALID, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`sitova: ${missing}: file not found\n`);
    expect(run.stdout).toContain(`${VALID}: 0 errors, 0 warnings, 0 info`);
  });

  it("exits 2 with the usage on an unknown option", () => {
    const run = sitova("validate", VALID, "--colour");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^sitova: unknown option --colour\nUsage: /);
  });

  it("prints the version", () => {
    expect(sitova("--version").stdout).toMatch(/^sitova \d+\.\d+\.\d+\n$/);
  });
});

describe("several files, each checked in a worker thread of the bundle", () => {
  const missing = path.join(FIXTURES, "ei-ole.xlsx");
  // The same workbook under another path: counted once, with a warning, and decided before any worker starts.
  const sameAsValid = path.relative(ROOT, VALID);

  it.each([["validate"], ["summarize"]])(
    "%s prints what the in-process run prints, in command-line order",
    async (command) => {
      for (const lang of ["fi", "en"]) {
        const args = [command, SAMPLE, missing, VALID, sameAsValid, "--format", "json", "--lang", lang];
        const inProcess = await runCli(...args);
        const run = sitova(...args);
        expect(run).toEqual({ status: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr });
        expect(run.stderr.split("\n")).toHaveLength(3);
      }
    },
  );

  const job = (file: string, command: FileJob["command"] = "validate"): FileJob => ({
    command,
    file,
    bytes: fs.readFileSync(file),
    lang: "en",
  });

  it.each([["validate" as const], ["summarize" as const]])(
    "a worker started on the bundle gives the %s result of this thread",
    async (command) => {
      const inWorker = await new FileWorkers(BUNDLE).check(job(SAMPLE, command));
      expect(inWorker).toEqual(await checkFileHere(job(SAMPLE, command), false));
      expect(inWorker.failure).toBeUndefined();
    },
  );

  it("an unreadable workbook gives its usual reason from a worker", async () => {
    const bad = path.join(FIXTURES, "bad", "not-a-workbook.xlsx");
    const inWorker = await new FileWorkers(BUNDLE).check(job(bad));
    expect(inWorker).toEqual(await checkFileHere(job(bad), false));
    expect(inWorker.failure).toMatch(/^not an \.xlsx workbook/);
  });

  it("one worker checks file after file, and a job that cannot reach it fails alone", async () => {
    const workers = new FileWorkers(BUNDLE);
    const bad = path.join(FIXTURES, "bad", "not-a-workbook.xlsx");
    for (const file of [SAMPLE, bad, VALID, SAMPLE])
      expect(await workers.check(job(file))).toEqual(await checkFileHere(job(file), false));
    const crashing = job(SAMPLE);
    (crashing as unknown as { schema: unknown }).schema = { rules: () => undefined };
    expect((await workers.check(crashing)).failure).toMatch(/^internal error while checking: /);
    expect(await workers.check(job(VALID))).toEqual(await checkFileHere(job(VALID), false));
  });

  it("a worker out of memory is the file's one-line internal error", async () => {
    const outcome = await new FileWorkers(BUNDLE, {
      maxOldGenerationSizeMb: 2,
      maxYoungGenerationSizeMb: 1,
    }).check(job(SAMPLE));
    expect(outcome.report).toBeUndefined();
    expect(outcome.failure).toMatch(/^internal error while checking: .*memory/);
    expect(outcome.failure).not.toContain("\n");
  });

  it.each([
    ["throws", 'throw new Error("boom");', /^internal error while checking: boom$/],
    [
      "exits without a result",
      "process.exit(3);",
      /^internal error while checking: worker exited with code 3$/,
    ],
    ["is missing", null, /^internal error while checking: \S/],
  ])("a worker script that %s is the file's one-line internal error", async (_case, source, reason) => {
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sitova-worker-")), "worker.js");
    if (source !== null) fs.writeFileSync(script, source);
    const outcome = await new FileWorkers(script).check(job(SAMPLE));
    expect(outcome.failure).toMatch(reason);
    expect(outcome.failure).not.toContain("\n");
  });
});
