/**
 * `-o` never costs the user a file (issue 10, item 5): the summary is written to a temporary file in the
 * target's folder and renamed into place. Failures are simulated by a file system that fails on purpose
 * (a disk that fills up half-way through the write, a failing sync or rename, no hard links), and checked
 * on the real folder: the previous file is intact and nothing else is left behind.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import type { FileHandle } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import type { OutputFileSystem } from "../../src/cli/writeOutput";
import { writeOutputFile } from "../../src/cli/writeOutput";
import { SAMPLE } from "../support/paths";
import { runCli } from "./runCli";

const PREVIOUS = "edellinen yhteenveto";
const NEW_BYTES = Buffer.from("uusi yhteenveto ".repeat(1000));

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-write-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** A fresh folder per test, so that "nothing left behind" means the folder's listing. */
function folder(): string {
  const dir = path.join(tmp, `case-${++counter}`);
  fs.mkdirSync(dir);
  return dir;
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

type Failure = "half-write" | "sync" | "rename" | "link" | "no-hard-links";

/** The real file system, failing where told: "half-write" writes half the bytes, then the disk is full. */
function failingFs(failure: Failure): OutputFileSystem {
  const real = fs.promises;
  const wrap = (handle: FileHandle): FileHandle =>
    new Proxy(handle, {
      get(target, property) {
        if (property === "writeFile" && failure === "half-write")
          return async (data: Uint8Array) => {
            await target.write(data.subarray(0, data.length >> 1));
            throw errno("ENOSPC");
          };
        if (property === "sync" && failure === "sync") return () => Promise.reject(errno("EIO"));
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return {
    open: (async (...args: Parameters<typeof real.open>) =>
      wrap(await real.open(...args))) as typeof real.open,
    rename: failure === "rename" ? () => Promise.reject(errno("EIO")) : real.rename,
    link:
      failure === "link"
        ? () => Promise.reject(errno("EIO"))
        : failure === "no-hard-links"
          ? () => Promise.reject(errno("EPERM"))
          : real.link,
    unlink: real.unlink,
    realpath: real.realpath,
    stat: real.stat,
    lstat: real.lstat,
  } as OutputFileSystem;
}

async function expectRefusal(promise: Promise<void>, reason: RegExp): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: "CliError", message: expect.stringMatching(reason) });
}

describe("a failed write leaves the previous file intact and no partial file", () => {
  it.each([
    [
      "the disk fills up half-way through the write",
      "half-write",
      /kirjoittaminen ei onnistu \(ENOSPC\); aiempi tiedosto on ennallaan$/,
    ],
    ["the sync fails", "sync", /kirjoittaminen ei onnistu \(EIO\); aiempi tiedosto on ennallaan$/],
    ["the rename fails", "rename", /kirjoittaminen ei onnistu \(EIO\); aiempi tiedosto on ennallaan$/],
  ] as const)("--force, and %s", async (_case, failure, reason) => {
    const dir = folder();
    const out = path.join(dir, "yhteenveto.xlsx");
    fs.writeFileSync(out, PREVIOUS);
    await expectRefusal(
      writeOutputFile(out, NEW_BYTES, { force: true, lang: "fi", fs: failingFs(failure) }),
      reason,
    );
    expect(fs.readFileSync(out, "utf8")).toBe(PREVIOUS);
    expect(fs.readdirSync(dir)).toEqual(["yhteenveto.xlsx"]);
  });

  it.each([
    ["the disk fills up half-way through the write", "half-write"],
    ["the move into place fails", "link"],
  ] as const)("a new file, and %s: no file at all", async (_case, failure) => {
    const dir = folder();
    const out = path.join(dir, "yhteenveto.xlsx");
    await expectRefusal(
      writeOutputFile(out, NEW_BYTES, { force: false, lang: "fi", fs: failingFs(failure) }),
      /kirjoittaminen ei onnistu/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("a successful write", () => {
  it("writes a new file whole, leaving only it", async () => {
    const dir = folder();
    const out = path.join(dir, "yhteenveto.xlsx");
    await writeOutputFile(out, NEW_BYTES, { force: false, lang: "fi" });
    expect(fs.readFileSync(out).equals(NEW_BYTES)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["yhteenveto.xlsx"]);
  });

  it("--force replaces the file and keeps its permission bits", async () => {
    const dir = folder();
    const out = path.join(dir, "yhteenveto.xlsx");
    fs.writeFileSync(out, PREVIOUS);
    fs.chmodSync(out, 0o640);
    await writeOutputFile(out, NEW_BYTES, { force: true, lang: "fi" });
    expect(fs.readFileSync(out).equals(NEW_BYTES)).toBe(true);
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(["yhteenveto.xlsx"]);
  });

  it("--force through a symbolic link writes the linked file; the link stays a link", async () => {
    const dir = folder();
    const real = path.join(dir, "yhteenveto-2021.xlsx");
    const link = path.join(dir, "yhteenveto.xlsx");
    fs.writeFileSync(real, PREVIOUS);
    fs.symlinkSync(real, link);
    await writeOutputFile(link, NEW_BYTES, { force: true, lang: "fi" });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real).equals(NEW_BYTES)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["yhteenveto-2021.xlsx", "yhteenveto.xlsx"]);
  });

  it("on a file system without hard links, a new file is moved into place by a rename", async () => {
    const dir = folder();
    const out = path.join(dir, "yhteenveto.xlsx");
    await writeOutputFile(out, NEW_BYTES, { force: false, lang: "fi", fs: failingFs("no-hard-links") });
    expect(fs.readFileSync(out).equals(NEW_BYTES)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["yhteenveto.xlsx"]);
  });
});

describe("what is never overwritten", () => {
  it.each([
    ["with hard links", undefined],
    ["without hard links", "no-hard-links"],
  ] as const)(
    "without --force, a file that appeared after the command's check is kept (%s)",
    async (_case, failure) => {
      const dir = folder();
      const out = path.join(dir, "yhteenveto.xlsx");
      fs.writeFileSync(out, PREVIOUS);
      await expectRefusal(
        writeOutputFile(out, NEW_BYTES, { force: false, lang: "fi", fs: failure && failingFs(failure) }),
        /tiedosto on jo olemassa; korvaa se valitsimella --force/,
      );
      expect(fs.readFileSync(out, "utf8")).toBe(PREVIOUS);
      expect(fs.readdirSync(dir)).toEqual(["yhteenveto.xlsx"]);
    },
  );

  it("--force onto a FIFO or a folder is refused; neither is replaced", async () => {
    const dir = folder();
    const fifo = path.join(dir, "putki");
    execFileSync("mkfifo", [fifo]);
    await expectRefusal(
      writeOutputFile(fifo, NEW_BYTES, { force: true, lang: "en" }),
      /putki: not a regular file but a named pipe/,
    );
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    const sub = path.join(dir, "kansio");
    fs.mkdirSync(sub);
    await expectRefusal(
      writeOutputFile(sub, NEW_BYTES, { force: true, lang: "fi" }),
      /on kansio, ei tiedosto$/,
    );
    expect(fs.readdirSync(dir).sort()).toEqual(["kansio", "putki"]);
  });
});

describe("sitova summarize -o --force when the write fails", () => {
  afterEach(() => jest.restoreAllMocks());

  it("exit 2 with one line; the previous summary is intact and nothing is left behind", async () => {
    const dir = folder();
    const out = path.join(dir, "yhteenveto.xlsx");
    fs.writeFileSync(out, PREVIOUS);
    jest.spyOn(fs.promises, "rename").mockRejectedValue(errno("ENOSPC"));
    const run = await runCli("summarize", SAMPLE, "-o", out, "--force", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sitova: -o ${out}: cannot write (ENOSPC); any previous file is unchanged\n`);
    expect(fs.readFileSync(out, "utf8")).toBe(PREVIOUS);
    expect(fs.readdirSync(dir)).toEqual(["yhteenveto.xlsx"]);
  });
});
