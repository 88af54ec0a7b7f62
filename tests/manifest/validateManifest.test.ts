/**
 * `npm run validate --offline`: the manifest against Microsoft's XSDs vendored in scripts/manifest-xsd/ (the
 * online step needs the network, so it is not run here). Needs xmllint, as `npm test` checks first.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../support/paths";

function validate(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, "scripts", "validate-manifest.js"), "--offline", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-manifest-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it("accepts the project's manifest.xml, offline", () => {
  expect(validate()).toEqual({
    code: 0,
    stdout:
      "validate: manifest.xml: valid against the manifest XSDs (offline)\n" +
      "validate: manifest.xml: validation service skipped (--offline)\n",
    stderr: "",
  });
});

it("refuses a manifest the schemas do not allow, naming the element and line", () => {
  const broken = path.join(tmp, "manifest.xml");
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  fs.writeFileSync(broken, xml.replace("<Id>", "<Tunniste>").replace("</Id>", "</Tunniste>"));
  const run = validate(broken);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`validate: ${broken}: refused by the manifest XSDs`);
  expect(run.stderr).toMatch(/:\d+: element Tunniste: Schemas validity error/);
});

it("says so when the file does not exist (exit code 2)", () => {
  expect(validate(path.join(tmp, "ei-ole.xml"))).toMatchObject({
    code: 2,
    stderr: `validate: ${path.join(tmp, "ei-ole.xml")}: no such file\n`,
  });
});
