/**
 * Issue 10's hostile workbooks through the command line: each is refused in one line (exit 2) or read like
 * the valid workbook it was made from, and the other files on the command line are still checked. The
 * small files are tests/fixtures/hostile/ (make_hostile.js); the zip bombs are built in a temporary folder.
 * Time and memory are measured by `npm run bench`, never asserted here.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { unreadableReason } from "../../src/xlsx/unreadable";
import type { UnreadableKind } from "../../src/xlsx/unreadable";
import { VALID } from "../support/paths";
import { runCli, runJson } from "./runCli";

interface HostileCase {
  file: string;
  issue: string;
  build: () => Buffer;
  exit?: number;
  kind?: UnreadableKind;
}

const hostile = require("../fixtures/make_hostile.js") as {
  SMALL_CASES: HostileCase[];
  BOMB_CASES: HostileCase[];
  OUT: string;
};

const smallFile = (name: string): string => path.join(hostile.OUT, name);

let tmp: string;
let bombs: string[];
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-hostile-"));
  bombs = hostile.BOMB_CASES.map(({ file, build }) => {
    const target = path.join(tmp, file);
    fs.writeFileSync(target, build());
    return target;
  });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

it("has every small case on disk as the generator writes it (regenerate with make_hostile.js)", () => {
  for (const { file, build } of hostile.SMALL_CASES) {
    expect(fs.readFileSync(smallFile(file)).equals(build())).toBe(true);
  }
});

describe.each(hostile.SMALL_CASES.map((c) => [c.file, c] as const))("sitova validate %s", (file, c) => {
  it(`${c.exit === 2 ? "refuses it in one line" : "reads the goal table"} (${c.issue})`, async () => {
    const run = await runCli("validate", "--lang", "en", smallFile(file));
    expect(run.code).toBe(c.exit);
    if (c.exit === 2) {
      expect(lines(run.stderr)).toEqual([`sitova: ${smallFile(file)}: ${unreadableReason(c.kind!, "en")}`]);
    } else {
      // The same report as for the workbook it was made from, file name aside.
      const original = await runCli("validate", "--lang", "en", VALID);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(original.stdout.replace(VALID, smallFile(file)));
    }
  });
});

describe("zip bombs", () => {
  it.each(hostile.BOMB_CASES.map((c, i) => [c.file, c.issue, i] as const))(
    "%s is refused as too large, not corrupt (%s)",
    async (_file, _issue, i) => {
      const run = await runCli("validate", "--lang", "en", bombs[i]);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual([`sitova: ${bombs[i]}: ${unreadableReason("too-large", "en")}`]);
      expect(run.stderr).toMatch(/too large/);
    },
  );

  it("names the limit in every language", () => {
    expect(unreadableReason("too-large", "fi")).toMatch(/liian suuri/);
    expect(unreadableReason("too-large", "sv")).toMatch(/för stor/);
  });
});

it("checks the other files on the command line after every hostile one, one stderr line each", async () => {
  const small = hostile.SMALL_CASES.map((c) => smallFile(c.file));
  const files = [...small, ...bombs, VALID];
  const { code, report, stderr } = await runJson("validate", "--lang", "en", ...files);
  expect(code).toBe(2);
  const refused = [
    ...hostile.SMALL_CASES.filter((c) => c.exit === 2).map((c) => smallFile(c.file)),
    ...bombs,
  ];
  expect(lines(stderr).map((line) => line.slice("sitova: ".length, line.indexOf(": ", 8)))).toEqual(refused);
  expect(report.files.map((f) => f.file)).toEqual(files);
  const valid = report.files.filter((f) => f.valid).map((f) => f.file);
  expect(valid).toEqual([
    ...hostile.SMALL_CASES.filter((c) => c.exit === 0).map((c) => smallFile(c.file)),
    VALID,
  ]);
});
