import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURES, ROOT, SAMPLE, VALID } from "../support/paths";
import { runCli, runJson } from "./runCli";

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tempFile(name: string, content: Buffer | string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

/** stderr must be exactly one line per problem, never a stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe("sitova --help, --version and usage errors", () => {
  it("prints help on stdout and exits 0", async () => {
    const run = await runCli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Usage: sitova validate FILE... [--format text|json] [--lang fi|sv|en] [--schema FILE]",
    );
    expect(run.stdout).toContain("Exit codes: 0 no errors, 1 errors found, 2");
    expect(run.stderr).toBe("");
  });

  it("prints the package version", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const run = await runCli("--version");
    expect(run).toEqual({ code: 0, stdout: `sitova ${version}\n`, stderr: "" });
  });

  it.each([
    [[], "no command given"],
    [["validate", VALID, "--strict"], "unknown option --strict"],
    [["validate", VALID, "--format", "csv"], "--format must be text or json"],
    [["lint", VALID], "unknown command 'lint'"],
  ])("%j: the reason and the usage on stderr, exit 2, nothing checked", async (argv, reason) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      new RegExp(`^sitova: ${reason.replace(/[|.]/g, "\\$&")}.*\nUsage: sitova validate`),
    );
  });
});

describe("sitova validate: text output", () => {
  it("exits 0 on a valid workbook and prints its summary", async () => {
    const run = await runCli("validate", VALID);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${VALID}: 0 virhettä, 0 varoitusta, 0 huomiota\n`);
  });

  it("exits 1 on errors: a heading, one aligned line per finding, and the counts", async () => {
    const run = await runCli("validate", SAMPLE);
    const { report } = await runJson("validate", SAMPLE);
    const { findings } = report.files[0];
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(SAMPLE);
    expect(lines).toHaveLength(findings.length + 2);
    findings.forEach((finding, i) => {
      const pattern = `^  ${finding.sheet}!${finding.cell} +(virhe|varoitus|huomio) +${finding.rule} +\\S`;
      expect(lines[i + 1]).toMatch(new RegExp(pattern));
      expect(lines[i + 1].endsWith(finding.message.replace(/\s+/g, " ").trim())).toBe(true);
    });
    // The message column starts at the same place on every line.
    const starts = findings.map((f, i) => lines[i + 1].lastIndexOf(f.message.replace(/\s+/g, " ").trim()));
    expect(new Set(starts).size).toBe(1);
    expect(lines[1]).toMatch(/^ {2}Enn2!G6 {3}varoitus {2}missing-risk-comment {7}\S/);
    const { errors, warnings } = report.stats;
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${SAMPLE}: ${errors} virhettä, ${warnings} varoitusta, \\d+ huomio`),
    );
  });

  it("names a workbook-wide finding (no table found) as the workbook", async () => {
    const file = path.join(FIXTURES, "bad", "no-table.xlsx");
    const run = await runCli("validate", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}\(työkirja\) {2}virhe {2}table-not-found {2}\S/m);
    expect(run.stdout).toContain(`${file}: 1 virhe, 0 varoitusta, 0 huomiota`);
  });

  it("speaks Swedish and English with --lang", async () => {
    const fi = await runCli("validate", SAMPLE);
    const sv = await runCli("validate", SAMPLE, "--lang", "sv");
    const en = await runCli("validate", SAMPLE, "--lang=en");
    expect(sv.code).toBe(1);
    expect(en.code).toBe(1);
    expect(sv.stdout).toMatch(/^ {2}Enn2!G8 +fel +missing-risk-comment/m);
    expect(en.stdout).toMatch(/^ {2}Enn2!G8 +error +missing-risk-comment/m);
    expect(sv.stdout).toMatch(/: 6 fel, 2 varningar, \d+ info\n$/);
    expect(en.stdout).toMatch(/: 6 errors, 2 warnings, \d+ info\n$/);
    // The messages themselves change language, not only the severity names.
    const message = (out: string): string => out.split("\n")[2].replace(/^.*missing-risk-comment\s+/, "");
    expect(new Set([message(fi.stdout), message(sv.stdout), message(en.stdout)]).size).toBe(3);
  });

  it("separates files with a blank line and ends with a total", async () => {
    const run = await runCli("validate", VALID, SAMPLE);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${VALID}: 0 virhettä, 0 varoitusta, 0 huomiota\n\n${SAMPLE}\n`);
    expect(run.stdout).toMatch(/\n\nYhteensä: 6 virhettä, 2 varoitusta, \d+ huomiota \(2 tiedostoa\)\n$/);
  });
});

describe("sitova validate: files that cannot be read", () => {
  const cases: [string, () => string, string][] = [
    ["missing", () => path.join(tmp, "puuttuu.xlsx"), "tiedostoa ei löydy"],
    ["a directory", () => tmp, "on kansio, ei tiedosto"],
    ["empty", () => tempFile("tyhja.xlsx", ""), "tiedosto on tyhjä"],
    ["not a zip", () => path.join(FIXTURES, "bad", "not-a-workbook.xlsx"), "ei ole .xlsx-työkirja"],
    [
      "a zip but not a workbook",
      () => path.join(FIXTURES, "bad", "zip-not-xlsx.xlsx"),
      "zip-paketti, mutta ei Excel-työkirja",
    ],
    ["truncated", () => path.join(FIXTURES, "bad", "truncated.xlsx"), "tiedosto on katkennut tai vioittunut"],
    [
      "encrypted (OLE signature)",
      () => tempFile("salattu.xlsx", OLE_SIGNATURE),
      "salasanalla suojattu työkirja",
    ],
    [
      "encrypted (OLE with EncryptionInfo)",
      () =>
        tempFile("salattu2.xlsx", Buffer.concat([OLE_SIGNATURE, Buffer.from("EncryptionInfo", "utf16le")])),
      "työkirja on suojattu salasanalla",
    ],
  ];

  it.each(cases)(
    "%s: one line on stderr naming the file and the reason, exit 2",
    async (_kind, makeFile, reason) => {
      const file = makeFile();
      const run = await runCli("validate", file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expectOneLine(run.stderr);
      expect(run.stderr.startsWith(`sitova: ${file}: ${reason}`)).toBe(true);
    },
  );

  it.each(cases)(
    "%s: in JSON, the file is listed as not valid with the reason",
    async (_kind, makeFile, reason) => {
      const file = makeFile();
      const { code, report, stderr } = await runJson("validate", file);
      expect(code).toBe(2);
      expectOneLine(stderr);
      expect(report.valid).toBe(false);
      expect(report.files).toEqual([
        { file, valid: false, error: expect.stringContaining(reason), tables: [], findings: [] },
      ]);
    },
  );

  it("gives the reason in the chosen language", async () => {
    const file = path.join(tmp, "saknas.xlsx");
    expect((await runCli("validate", file, "--lang", "sv")).stderr).toBe(
      `sitova: ${file}: filen hittades inte\n`,
    );
    expect((await runCli("validate", file, "--lang", "en")).stderr).toBe(`sitova: ${file}: file not found\n`);
  });

  it("still checks and reports the other files, and exits 2", async () => {
    const missing = path.join(tmp, "puuttuu.xlsx");
    const truncated = path.join(FIXTURES, "bad", "truncated.xlsx");
    const run = await runCli("validate", VALID, missing, SAMPLE, truncated);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `sitova: ${missing}: tiedostoa ei löydy\n` +
        `sitova: ${truncated}: tiedosto on katkennut tai vioittunut (zip-paketti on vajaa)\n`,
    );
    expect(run.stdout).toContain(`${VALID}: 0 virhettä`);
    expect(run.stdout).toContain(`${SAMPLE}: 6 virhettä, 2 varoitusta`);
    expect(run.stdout).toMatch(
      /Yhteensä: 6 virhettä, 2 varoitusta, \d+ huomiota \(4 tiedostoa, 2 ei luettavissa\)\n$/,
    );
  });

  it("keeps the given order of files in JSON, the unreadable one included", async () => {
    const missing = path.join(tmp, "puuttuu.xlsx");
    const { code, report } = await runJson("validate", SAMPLE, missing, VALID);
    expect(code).toBe(2);
    expect(report.files.map((f) => [f.file, f.valid, f.error !== undefined])).toEqual([
      [SAMPLE, false, false],
      [missing, false, true],
      [VALID, true, false],
    ]);
  });

  it("exits 2 even when every readable file is valid", async () => {
    const run = await runCli("validate", VALID, path.join(tmp, "puuttuu.xlsx"));
    expect(run.code).toBe(2);
  });
});

describe("sitova validate --format json", () => {
  it("has exactly the contract's shape", async () => {
    const { code, report, stderr } = await runJson("validate", SAMPLE, VALID);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(Object.keys(report)).toEqual(["valid", "stats", "files"]);
    expect(Object.keys(report.stats)).toEqual(["errors", "warnings", "infos"]);
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(["file", "valid", "tables", "findings"]);
      for (const table of file.tables) {
        expect(Object.keys(table)).toEqual([
          "sheet",
          "headerRow",
          "range",
          "year",
          "rounds",
          "columns",
          "rows",
        ]);
      }
      for (const finding of file.findings) {
        // messageId and data are the engine's, not the contract's.
        expect(Object.keys(finding)).toEqual([
          "rule",
          "severity",
          "sheet",
          "cell",
          "row",
          "field",
          "message",
        ]);
        expect(finding.message).not.toBe("");
      }
      expect(file.valid).toBe(!file.findings.some((f) => f.severity === "error"));
    }
  });

  it("counts the findings of all files and is valid only without errors", async () => {
    const { report } = await runJson("validate", SAMPLE, VALID);
    const all = report.files.flatMap((f) => f.findings);
    expect(report.stats).toEqual({
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      infos: all.filter((f) => f.severity === "info").length,
    });
    expect(report.stats.errors).toBeGreaterThan(0);
    expect(report.valid).toBe(false);
    expect((await runJson("validate", VALID)).report.valid).toBe(true);
  });

  it("describes the tables it found", async () => {
    const { report } = await runJson("validate", SAMPLE);
    expect(report.files[0].tables).toEqual([
      expect.objectContaining({
        sheet: "Enn1",
        headerRow: 4,
        range: "A4:H12",
        year: 2021,
        rounds: [1],
        rows: 8,
      }),
      expect.objectContaining({
        sheet: "Enn2",
        headerRow: 4,
        range: "A4:I12",
        year: 2021,
        rounds: [1, 2],
        rows: 8,
      }),
    ]);
    expect(report.files[0].tables[1].columns).toMatchObject({ theme: "A", forecast2: "F", numeric: "H" });
  });

  it("gives the same findings in every language, with the messages translated", async () => {
    const places = (r: Awaited<ReturnType<typeof runJson>>) =>
      r.report.files[0].findings.map((f) => [f.rule, f.cell]);
    const [fi, sv, en] = await Promise.all(
      ["fi", "sv", "en"].map((lang) => runJson("validate", SAMPLE, "--lang", lang)),
    );
    expect(places(sv)).toEqual(places(fi));
    expect(places(en)).toEqual(places(fi));
    expect(sv.report.files[0].findings[0].message).not.toBe(fi.report.files[0].findings[0].message);
    expect(en.report.files[0].findings[0].message).not.toBe(fi.report.files[0].findings[0].message);
  });
});

describe("sitova validate --schema", () => {
  it("uses a schema that extends the built-in one", async () => {
    const schema = tempFile(
      "ei-teemoja.json",
      JSON.stringify({ extends: "builtin", rules: { "unknown-theme": "off" } }),
    );
    const { code, report } = await runJson("validate", SAMPLE, "--schema", schema);
    expect(code).toBe(1);
    const rules = report.files[0].findings.map((f) => f.rule);
    expect(rules).not.toContain("unknown-theme");
    expect(rules).toContain("missing-risk-comment");
  });

  it.each([
    ["a missing file", () => path.join(tmp, "puuttuu.json"), "tiedostoa ei löydy"],
    ["a directory", () => tmp, "on kansio, ei tiedosto"],
    ["not JSON", () => tempFile("rikki.json", "{ fields: "), "ei ole kelvollista JSONia: "],
    [
      "not a schema",
      () => tempFile("vaara.json", JSON.stringify({ extends: "something else" })),
      'skeema: extends: pitää olla "builtin"',
    ],
    ["an array", () => tempFile("lista.json", "[]"), "skeema: pitää olla objekti"],
    [
      "a misspelt rule id",
      () => tempFile("kirjoitusvirhe.json", '{"extends":"builtin","rules":{"unknown-thme":"off"}}'),
      "skeema: rules.unknown-thme: tuntematon sääntö",
    ],
    [
      "a value list named after an inherited member",
      () => tempFile("proto.json", '{"extends":"builtin","forecast":{"values":"constructor"}}'),
      'skeema: forecast.values: arvolistaa "constructor" ei ole kohdassa valueLists',
    ],
  ])("%s: one line on stderr, exit 2, no file checked", async (_kind, makeFile, reason) => {
    const schema = makeFile();
    const run = await runCli("validate", SAMPLE, "--schema", schema);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
    expect(run.stderr.startsWith(`sitova: --schema ${schema}: ${reason}`)).toBe(true);
  });

  it("accepts a schema file saved with a byte-order mark", async () => {
    const schema = tempFile("bom.json", `\uFEFF${JSON.stringify({ extends: "builtin" })}`);
    expect((await runCli("validate", VALID, "--schema", schema)).code).toBe(0);
  });
});
