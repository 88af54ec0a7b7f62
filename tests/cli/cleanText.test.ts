/**
 * Clean text in, clean text out (issue 10, item 3). A workbook stores control characters as Excel does
 * (`_x001B_`), the reader decodes them into real ones, and then:
 * - the text report and stderr show them escaped (`\x1b`), never raw: a raw `ESC [2J` clears the screen;
 * - the JSON report escapes them too and still parses to the real text;
 * - the summary workbook is well-formed XML (checked with xmllint, strictly) for a corpus of such strings,
 *   shows what was dropped as U+FFFD, and cuts text longer than an Excel cell holds with a visible note.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXCEL_CELL_TEXT_LIMIT, encodeXstring } from "../../src/domain/excelText";
import { SAMPLE } from "../support/paths";
import { runCli } from "./runCli";

const ESC = "\x1b";
/** What must never reach a terminal raw (line feeds between lines aside). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
/** Characters XML 1.0 does not allow, lone surrogates included. */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A screen clear, a fake green result line and a right-to-left override: what a hostile cell would print. */
const FAKE_RESULT = `${ESC}[2J${ESC}[1;32mOK: 0 virhettä\u202e`;
/** Every character XML forbids, in one text (the C0 controls XML allows, tab, LF and CR, left out). */
const XML_FORBIDDEN_CORPUS = [
  ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).filter((c) => !"\t\n\r".includes(c)),
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
].join("|");
const LONG_COMMENT = `Riskit: ${ESC}[31m${"pitkä selitys ".repeat(3000)}\uFFFF loppu`;

let tmp: string;
let hostile: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-clean-text-"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet("Enn2")!;
  // Stored as Excel stores such text (_xHHHH_), so the file itself is well-formed.
  const put = (cell: string, text: string) => (sheet.getCell(cell).value = encodeXstring(text));
  put("D9", FAKE_RESULT); // recovery: its invalid-value message quotes the value
  put("B7", `Museot ${ESC}]0;otsikko\x07 _x0041_ <&>]]>\nKuvaus.`); // the title line goes into the summary
  put("G7", LONG_COMMENT);
  put("G10", `Riskit: ${XML_FORBIDDEN_CORPUS} \u2028 loppu`); // B10 is at risk too: its comment is summarised
  put("A10", `Maailman${ESC}[8m toimivin kaupunki`); // an unknown theme: its message quotes it
  hostile = path.join(tmp, `kuva${ESC}[2J.xlsx`);
  await workbook.xlsx.writeFile(hostile);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("validate: text from a workbook or a file name on the terminal", () => {
  it("the text report shows control characters escaped, on the finding's own line", async () => {
    const run = await runCli("validate", hostile, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const shownFile = path.join(tmp, "kuva\\x1b[2J.xlsx");
    expect(run.stdout.split("\n")[0]).toBe(shownFile);
    const recovery = run.stdout.split("\n").find((line) => line.includes("Enn2!D9"))!;
    expect(recovery).toContain('"\\x1b[2J\\x1b[1;32mOK: 0 virhettä\\u202e"');
    expect(run.stdout).toContain("Maailman\\x1b[8m toimivin kaupunki");
    expect(run.stdout).toContain(`${shownFile}: `);
  });

  it("the JSON report escapes them too and parses back to the workbook's text", async () => {
    const run = await runCli("validate", hostile, "--format", "json");
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("\\u202e");
    const report = JSON.parse(run.stdout) as { files: { file: string; findings: { message: string }[] }[] };
    expect(report.files[0].file).toBe(hostile);
    expect(report.files[0].findings.some((f) => f.message.includes(FAKE_RESULT))).toBe(true);
  });

  it("a file name with escapes and a line break stays one escaped line on stderr", async () => {
    const missing = path.join(tmp, `puuttuu${ESC}[31m\nsitova: kaikki kunnossa.xlsx`);
    const run = await runCli("validate", missing);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toBe(
      `sitova: ${path.join(tmp, "puuttuu\\x1b[31m\\nsitova: kaikki kunnossa.xlsx")}: tiedostoa ei löydy\n`,
    );
  });

  it("a usage error quoting an argument is escaped too", async () => {
    const run = await runCli(`val${ESC}[2Jidate`, "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("sitova: unknown command 'val\\x1b[2Jidate'");
  });
});

/** Every XML part of an .xlsx file, by name. */
async function xmlParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)))
    parts.set(name, await zip.file(name)!.async("string"));
  return parts;
}

/** xmllint's complaint about an XML document, or "" when it is well-formed. */
function xmllintErrors(xml: string): string {
  const run = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
  if (run.error)
    throw new Error(`xmllint is needed for this test (apt-get install libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? "" : run.stderr || `exit ${run.status}`;
}

it("the well-formedness check can fail: ExcelJS alone writes a part xmllint refuses", async () => {
  const bare = new ExcelJS.Workbook();
  bare.addWorksheet("S").getCell("A1").value = "kommentti \uFFFE";
  const file = path.join(tmp, "bare.xlsx");
  await bare.xlsx.writeFile(file);
  expect(xmllintErrors((await xmlParts(file)).get("xl/sharedStrings.xml")!)).toMatch(/0xFFFE|invalid Char/);
});

describe("summarize -o: the workbook is well-formed whatever the sources hold", () => {
  let out: string;
  let cells: string[];
  beforeAll(async () => {
    out = path.join(tmp, "yhteenveto.xlsx");
    const run = await runCli("summarize", hostile, "-o", out);
    expect(run.code).toBe(0);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(out);
    cells = [];
    summary.getWorksheet("Yhteenveto")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cells.push(cell.value);
      }),
    );
  });

  it("every XML part passes xmllint", async () => {
    const parts = await xmlParts(out);
    expect(parts.has("xl/sharedStrings.xml") || parts.has("xl/worksheets/sheet1.xml")).toBe(true);
    for (const [name, xml] of parts) expect([name, xmllintErrors(xml)]).toEqual([name, ""]);
  });

  it("holds no character XML forbids, and shows each dropped one as U+FFFD", () => {
    for (const text of cells) expect(text).not.toMatch(XML_FORBIDDEN);
    expect(cells).toContain("Museot \uFFFD]0;otsikko\uFFFD _x0041_ <&>]]>");
    const corpus = XML_FORBIDDEN_CORPUS.split("|").map(() => "\uFFFD");
    expect(corpus).toHaveLength(35);
    expect(cells).toContain(`Riskit: ${corpus.join("|")} \u2028 loppu`);
  });

  it("keeps text Excel would otherwise decode (_x0041_) as it was", async () => {
    const parts = await xmlParts(out);
    const strings = parts.get("xl/sharedStrings.xml") ?? [...parts.values()].join("");
    expect(strings).toContain("_x005F_x0041_ &lt;&amp;&gt;]]&gt;");
  });

  it("cuts a text longer than an Excel cell holds, with a visible note", () => {
    expect(LONG_COMMENT.length).toBeGreaterThan(EXCEL_CELL_TEXT_LIMIT);
    const comment = cells.find((text) => text.startsWith("Riskit: \uFFFD[31mpitkä"))!;
    expect(comment).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    expect(comment).toMatch(new RegExp(`… \\[teksti katkaistu: ${LONG_COMMENT.length} merkkiä`));
    for (const text of cells) expect(text.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
  });

  it("names the source file (without its folders) with its control characters replaced", () => {
    expect(cells).toContain("kuva\uFFFD[2J.xlsx");
  });

  it("openpyxl, a strict reader other than ours, opens it", () => {
    const python = "/usr/bin/python3";
    const script = "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print(wb.sheetnames[0])";
    expect(execFileSync(python, ["-c", script, out], { encoding: "utf8" }).trim()).toBe("Yhteenveto");
  });
});

describe("summarize --format json", () => {
  it("escapes control characters and parses back to the workbook's text", async () => {
    const run = await runCli("summarize", hostile, "--format", "json");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const summary = JSON.parse(run.stdout) as { groups: { atRisk: { goal: string }[] }[] };
    const goals = summary.groups.flatMap((g) => g.atRisk.map((a) => a.goal));
    expect(goals).toContain(`Museot ${ESC}]0;otsikko\x07 _x0041_ <&>]]>`);
  });
});
