/**
 * The real entry point, as a user runs it: `node bin/sitova.js` on the bundled lib/cli/sitova.js. Builds
 * once as `npm run build:cli` does (tsc, then webpack --env cli) and spawns a few processes; the in-process
 * tests in main.test.ts cover the behaviour in depth.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";
import { FIXTURES, ROOT, SAMPLE, VALID } from "../support/paths";

const BIN = path.join(ROOT, "bin", "sitova.js");

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
