/**
 * What the command line reads (issue 10, items 2 and 5): only regular files, each once.
 * - A FIFO would block the reader for ever and /dev/zero never ends: as an input or as --schema they are
 *   refused at once, in one line with exit 2, and the other files are still checked.
 * - A workbook named twice, by any path (the same path, ./path, a symbolic or a hard link), is read and
 *   counted once, with one warning line per extra name; a copy is another file and counts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { MAX_FILE_BYTES } from "../../src/xlsx/readWorkbook";
import { SAMPLE, VALID } from "../support/paths";
import { runCli, runJson } from "./runCli";

const NOT_REGULAR = {
  fi: "ei ole tavallinen tiedosto vaan nimetty putki (FIFO), pistoke tai laite",
  en: "not a regular file but a named pipe (FIFO), a socket or a device",
};

let tmp: string;
let fifo: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-inputs-"));
  fifo = path.join(tmp, "putki.xlsx");
  execFileSync("mkfifo", [fifo]);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("only regular files are read", () => {
  it.each([
    ["a FIFO", () => fifo],
    ["a character device (/dev/zero)", () => "/dev/zero"],
  ])(
    "validate refuses %s at once, in one line, and checks the other files (exit 2)",
    async (_kind, input) => {
      const run = await runCli("validate", input(), VALID);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`sitova: ${input()}: ${NOT_REGULAR.fi}\n`);
      expect(run.stdout).toContain(`${VALID}: 0 virhettä, 0 varoitusta, 0 huomiota\n`);
    },
  );

  it("validate refuses a Unix socket the same way", async () => {
    const socket = path.join(tmp, "pistoke.xlsx");
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const run = await runCli("validate", socket, "--lang", "en");
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`sitova: ${socket}: ${NOT_REGULAR.en}\n`);
    } finally {
      server.close();
    }
  });

  it("summarize refuses a FIFO and summarises the other file", async () => {
    const run = await runCli("summarize", fifo, VALID, "--format", "json", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sitova: ${fifo}: ${NOT_REGULAR.en}\n`);
    const summary = JSON.parse(run.stdout) as { files: { file: string }[]; unreadable: { file: string }[] };
    expect(summary.files.map((f) => f.file)).toEqual([VALID]);
    expect(summary.unreadable.map((u) => u.file)).toEqual([fifo]);
  });

  it.each([
    ["a FIFO", () => fifo],
    ["/dev/zero", () => "/dev/zero"],
  ])("--schema %s is refused before any workbook is read (exit 2, one line)", async (_kind, schema) => {
    for (const command of ["validate", "summarize"]) {
      const extra = command === "summarize" ? ["--format", "json"] : [];
      const run = await runCli(command, VALID, "--schema", schema(), ...extra);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`sitova: --schema ${schema()}: ${NOT_REGULAR.fi}\n`);
    }
  });

  it("a file larger than the reader's limit is refused before it is read into memory", async () => {
    const huge = path.join(tmp, "valtava.xlsx");
    fs.closeSync(fs.openSync(huge, "w"));
    fs.truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: takes no disk space
    const run = await runCli("validate", huge, VALID, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^sitova: ${huge}: the workbook is too large[^\n]*\n$`));
    fs.rmSync(huge);
  });

  it("a symbolic link to a regular file is read", async () => {
    const link = path.join(tmp, "linkki-tiedostoon.xlsx");
    fs.symlinkSync(VALID, link);
    expect((await runCli("validate", link)).code).toBe(0);
  });
});

describe("a workbook named twice is read once", () => {
  let names: { relative: string; dotted: string; symlink: string; hardlink: string; copy: string };
  beforeAll(() => {
    const own = path.join(tmp, "kuva.xlsx");
    fs.copyFileSync(SAMPLE, own);
    const relative = path.relative(process.cwd(), own);
    names = {
      relative,
      dotted: `.${path.sep}${relative}`,
      symlink: path.join(tmp, "symlinkki.xlsx"),
      hardlink: path.join(tmp, "kovalinkki.xlsx"),
      copy: path.join(tmp, "kopio.xlsx"),
    };
    fs.symlinkSync(own, names.symlink);
    fs.linkSync(own, names.hardlink);
    fs.copyFileSync(own, names.copy);
  });

  it("validate: reported once, one warning line per extra name; the warnings do not change the exit code", async () => {
    const { relative, dotted, symlink, hardlink } = names;
    const { code, report, stderr } = await runJson("validate", relative, relative, dotted, symlink, hardlink);
    expect(code).toBe(1);
    expect(report.files.map((f) => f.file)).toEqual([relative]);
    expect(report.stats.errors).toBe(6);
    expect(stderr).toBe(
      [relative, dotted, symlink, hardlink]
        .map((name) => `sitova: ${name}: sama työkirja kuin ${relative}; mukana vain kerran\n`)
        .join(""),
    );
  });

  it("validate: the text report has one block and no total line", async () => {
    const run = await runCli("validate", names.relative, names.symlink, "--lang", "sv");
    expect(run.stderr).toBe(
      `sitova: ${names.symlink}: samma arbetsbok som ${names.relative}; tas med bara en gång\n`,
    );
    expect(run.stdout.match(/: 6 fel, 2 varningar/g)).toHaveLength(1);
    expect(run.stdout).not.toContain("Totalt");
  });

  it("summarize: the goals are counted once; a copy is another file and counts again", async () => {
    type Summary = { files: { file: string }[]; groups: { file: string; goals: number }[] };
    const summaryOf = async (...files: string[]) => {
      const run = await runCli("summarize", ...files, "--format", "json", "--lang", "en");
      return { run, summary: JSON.parse(run.stdout) as Summary };
    };
    const once = await summaryOf(names.relative);
    const twice = await summaryOf(names.relative, names.hardlink, names.symlink, names.dotted);
    expect(twice.run.code).toBe(0);
    expect(twice.run.stderr.trimEnd().split("\n")).toEqual(
      [names.hardlink, names.symlink, names.dotted].map(
        (name) => `sitova: ${name}: the same workbook as ${names.relative}; included only once`,
      ),
    );
    expect(twice.summary.groups).toEqual(once.summary.groups);
    expect(twice.summary.files.map((f) => f.file)).toEqual([names.relative]);

    // The warning names the file as it was read, also for a second name of a link.
    const viaLink = await summaryOf(names.relative, names.symlink, names.symlink);
    expect(viaLink.run.stderr.trimEnd().split("\n")).toEqual([
      `sitova: ${names.symlink}: the same workbook as ${names.relative}; included only once`,
      `sitova: ${names.symlink}: the same workbook as ${names.relative}; included only once`,
    ]);

    const withCopy = await summaryOf(names.relative, names.copy);
    expect(withCopy.run.stderr).toBe("");
    expect(withCopy.summary.files.map((f) => f.file)).toEqual([names.relative, names.copy]);
  });

  it("summarize -o: a workbook named twice is one source in the summary workbook", async () => {
    const out = path.join(tmp, "yhteenveto.xlsx");
    const run = await runCli("summarize", names.relative, names.hardlink, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("a missing file named twice gets its reason once and a warning", async () => {
    const missing = path.join(tmp, "puuttuu.xlsx");
    const run = await runCli("validate", missing, missing, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `sitova: ${missing}: file not found\n` +
        `sitova: ${missing}: the same workbook as ${missing}; included only once\n`,
    );
  });
});
