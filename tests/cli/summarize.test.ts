/**
 * `sitova summarize`: the JSON model and the summary workbook. Expected counts are worked out by hand from
 * tests/fixtures/make_public.py (kuva-2021-sample.xlsx), not by the code under test:
 *
 * - Enn1 (round 1 only): 8 goals, Toteutuu 7, Ei toteudu 1 (row 8, numeric 70 %); no previous round → 8 new.
 * - Enn2 (rounds 1 and 2, latest 2): 8 goals, Toteutuu 6, Ei toteudu 1 (B7), missing 1 (row 12).
 *   Changes 1→2: Toteutuu→Toteutuu 4 (rows 5, 6, 9, 10), Toteutuu→Ei toteudu 1 (row 7),
 *   Ei toteudu→Toteutuu 2 (rows 8, 11), unknown 1 (row 12: Toteutuu → empty).
 *   At risk: B7 "Museoiden saavutettavuus paranee" (Ei toteudu, 60 %) and B10 (Toteutuu but 80 %).
 *   Themes: the two "Uudistuvat palvelut" goals (1 met, 1 not), and the misspelt "Uudistuvat palvelu" (missing).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FIXTURES, SAMPLE, VALID } from "../support/paths";
import { runCli } from "./runCli";
import { AT_RISK_KEYS, SUMMARY_GROUP_KEYS } from "../support/summaryContract";

const AT_RISK_TITLE_FI = "Tavoitteet, jotka eivät ennusteen mukaan toteudu tai ovat riskissä";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-summarize-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
function outFile(): string {
  return path.join(tmp, `summary-${++counter}.xlsx`);
}

/** The model as a consumer of the JSON sees it (deliberately not imported from src). */
interface JsonSummary {
  schemaVersion: string;
  files: { file: string; valid: boolean; tables: number; validation: { errors: number; warnings: number } }[];
  groups: {
    division: string | null;
    file: string;
    sheet: string;
    year: number;
    round: number;
    goals: number;
    latest: Record<string, number>;
    byTheme: Record<string, Record<string, number>>;
    changes: Record<string, number>;
    atRisk: { sheet: string; cell: string; goal: string; forecast: string | null; numeric: number | null }[];
  }[];
  unreadable?: { file: string; error: string }[];
}

async function summaryJson(
  ...argv: string[]
): Promise<{ code: number; summary: JsonSummary; stderr: string }> {
  const run = await runCli("summarize", ...argv, "--format", "json");
  return { code: run.code, summary: JSON.parse(run.stdout) as JsonSummary, stderr: run.stderr };
}

async function loadOutput(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The rows of the table under a title in column A: header row first, until the first empty row. */
function tableUnder(sheet: ExcelJS.Worksheet, title: string): ExcelJS.Row[] {
  let start = 0;
  sheet.eachRow((row, number) => {
    if (start === 0 && row.getCell(1).value === title) start = number + 1;
  });
  expect(start).toBeGreaterThan(0);
  const rows: ExcelJS.Row[] = [];
  for (let r = start; sheet.getRow(r).cellCount > 0 && sheet.getRow(r).getCell(1).value !== null; r++)
    rows.push(sheet.getRow(r));
  return rows;
}

function values(row: ExcelJS.Row): unknown[] {
  return (row.values as unknown[]).slice(1);
}

describe("sitova summarize --format json", () => {
  it("prints one group per table with the issue's keys and hand-counted values; exit 0 despite errors", async () => {
    const { code, summary, stderr } = await summaryJson(SAMPLE);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(summary.files).toHaveLength(1);
    expect(summary.files[0]).toMatchObject({ file: SAMPLE, valid: false, tables: 2 });
    expect(summary.files[0].validation).toMatchObject({ errors: 6, warnings: 2 });
    expect(summary.groups.map((g) => g.sheet)).toEqual(["Enn1", "Enn2"]);
    for (const group of summary.groups)
      for (const key of SUMMARY_GROUP_KEYS) expect(group).toHaveProperty(key);
    for (const goal of summary.groups.flatMap((g) => g.atRisk))
      for (const key of AT_RISK_KEYS) expect(goal).toHaveProperty(key);

    const [enn1, enn2] = summary.groups;
    expect(enn1).toMatchObject({ division: "KUVA", file: SAMPLE, year: 2021, round: 1, goals: 8 });
    expect(enn1.latest).toEqual({ Toteutuu: 7, "Ei toteudu": 1, missing: 0, invalid: 0 });
    expect(enn1.changes.new).toBe(8);
    expect(enn1.atRisk).toMatchObject([{ sheet: "Enn1", cell: "B8", forecast: "Ei toteudu", numeric: 70 }]);

    expect(enn2).toMatchObject({ division: "KUVA", year: 2021, round: 2, goals: 8 });
    expect(enn2.latest).toEqual({ Toteutuu: 6, "Ei toteudu": 1, missing: 1, invalid: 0 });
    expect(enn2.changes).toEqual({
      "Toteutuu->Toteutuu": 4,
      "Toteutuu->Ei toteudu": 1,
      "Ei toteudu->Toteutuu": 2,
      "Ei toteudu->Ei toteudu": 0,
      new: 0,
      unknown: 1,
    });
    expect(enn2.byTheme["Uudistuvat palvelut"]).toMatchObject({ Toteutuu: 1, "Ei toteudu": 1 });
    expect(enn2.byTheme["Uudistuvat palvelu"]).toMatchObject({ missing: 1 });
    expect(enn2.atRisk).toEqual([
      expect.objectContaining({
        sheet: "Enn2",
        cell: "B7",
        goal: "Museoiden saavutettavuus paranee",
        forecast: "Ei toteudu",
        numeric: 60,
      }),
      expect.objectContaining({ sheet: "Enn2", cell: "B10", forecast: "Toteutuu", numeric: 80 }),
    ]);
  });

  it("puts several files side by side", async () => {
    const { code, summary } = await summaryJson(VALID, SAMPLE);
    expect(code).toBe(0);
    expect(summary.files.map((f) => f.file)).toEqual([VALID, SAMPLE]);
    expect(summary.groups.map((g) => `${path.basename(g.file)}:${g.sheet}`)).toEqual([
      "kuva-enn2-2021.xlsx:Enn2",
      "kuva-2021-sample.xlsx:Enn1",
      "kuva-2021-sample.xlsx:Enn2",
    ]);
  });

  it("reports an unreadable file in one line on stderr, exit 2, and still summarises the others", async () => {
    const missing = path.join(tmp, "nope.xlsx");
    const bad = path.join(FIXTURES, "bad", "not-a-workbook.xlsx");
    const { code, summary, stderr } = await summaryJson(SAMPLE, missing, bad);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^sitova: ${missing.replace(/[.\\]/g, "\\$&")}: \\S`));
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(summary.groups).toHaveLength(2);
    expect(summary.unreadable?.map((u) => u.file)).toEqual([missing, bad]);
  });
});

describe("sitova summarize -o", () => {
  it("writes a new workbook; the input's bytes are unchanged", async () => {
    const before = fs.readFileSync(SAMPLE);
    const out = outFile();
    const run = await runCli("summarize", SAMPLE, "-o", out);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
    const workbook = await loadOutput(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Yhteenveto"]);
  });

  it("writes the header block and the tables with hand-counted values and number formats", async () => {
    const out = outFile();
    expect((await runCli("summarize", SAMPLE, "-o", out)).code).toBe(0);
    const sheet = (await loadOutput(out)).getWorksheet("Yhteenveto")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.getCell("A3").value).toBe("Skeeman versio");
    expect(sheet.getCell("A2").value).toBe("Luotu");
    expect(sheet.getCell("B2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd hh:mm");

    // Files are named without their folders.
    const sampleName = path.basename(SAMPLE);
    const sources = tableUnder(sheet, "Lähteet ja tarkistuksen tila (1 tiedosto)");
    expect(values(sources[1])).toEqual([sampleName, "KUVA", "2/2021", 2, "Virheitä", 6, 2, 0]);

    const latest = tableUnder(sheet, "Viimeisimmät ennusteet taulukoittain");
    expect(values(latest[0])).toEqual([
      "Toimiala",
      "Tiedosto",
      "Välilehti",
      "Vuosi",
      "Kierros",
      "Tavoitteita",
      "Toteutuu",
      "Ei toteudu",
      "Puuttuu",
      "Virheellinen",
      "Toteutuu-osuus",
    ]);
    expect(values(latest[1])).toEqual(["KUVA", sampleName, "Enn1", 2021, 1, 8, 7, 1, 0, 0, 7 / 8]);
    expect(values(latest[2])).toEqual(["KUVA", sampleName, "Enn2", 2021, 2, 8, 6, 1, 1, 0, 6 / 8]);
    // The latest round of 2021 across all tables: only Enn2.
    expect(values(latest[3])).toEqual([
      "Yhteensä (kierros 2)",
      sampleName,
      "Enn2",
      2021,
      2,
      8,
      6,
      1,
      1,
      0,
      6 / 8,
    ]);
    expect(latest).toHaveLength(4);
    expect(latest[2].getCell(6).numFmt).toBe("0");
    expect(latest[2].getCell(11).numFmt).toBe("0 %");
    expect(typeof latest[2].getCell(7).value).toBe("number");

    const themes = tableUnder(sheet, "Viimeisimmät ennusteet teemoittain");
    const enn2Themes = themes.filter((row) => row.getCell(3).value === "Enn2").map(values);
    expect(enn2Themes).toContainEqual([
      "KUVA",
      sampleName,
      "Enn2",
      "Uudistuvat palvelut",
      2,
      2,
      1,
      1,
      0,
      0,
      0.5,
    ]);
    expect(enn2Themes).toContainEqual([
      "KUVA",
      sampleName,
      "Enn2",
      "Uudistuvat palvelu",
      2,
      1,
      0,
      0,
      1,
      0,
      0,
    ]);
    expect(enn2Themes).toHaveLength(5);

    const changes = tableUnder(sheet, "Muutokset edellisestä kierroksesta viimeisimpään");
    expect(values(changes[0]).slice(5)).toEqual([
      "Toteutuu → Toteutuu",
      "Toteutuu → Ei toteudu",
      "Ei toteudu → Toteutuu",
      "Ei toteudu → Ei toteudu",
      "Uusi",
      "Ei tiedossa",
    ]);
    expect(values(changes[2])).toEqual(["KUVA", sampleName, "Enn2", 1, 2, 4, 1, 2, 0, 0, 1]);
    // Enn1 has no previous round: the empty cell is left empty.
    expect(values(changes[1])).toEqual(["KUVA", sampleName, "Enn1", undefined, 1, 0, 0, 0, 0, 8, 0]);

    // The board's list holds the latest round's goals only (Enn1's B8 is history), with file, sheet and cell.
    const atRisk = tableUnder(sheet, AT_RISK_TITLE_FI);
    expect(atRisk.map((row) => row.getCell(10).value)).toEqual(["Solu", "B7", "B10"]);
    const museums = atRisk[1];
    expect(values(museums)).toEqual([
      "KUVA",
      "Uudistuvat palvelut",
      "2/2021",
      "Museoiden saavutettavuus paranee",
      "Ei toteudu",
      "Riskit: koronarajoitukset jatkuvat syksyyn.",
      0.6,
      sampleName,
      "Enn2",
      "B7",
    ]);
    expect(museums.getCell(7).numFmt).toBe("0 %");
    expect(museums.getCell(4).alignment?.wrapText).toBe(true);
    expect(atRisk[2].getCell(5).value).toBe("Toteutuu");
    expect(atRisk[2].getCell(7).value).toBe(0.8);
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ["sv", "Sammanfattning", "Mål som enligt prognosen inte uppnås eller är i riskzonen"],
    ["en", "Summary", "Goals forecast not to be met, and goals at risk"],
  ])("--lang %s names the sheet %s", async (lang, name, atRiskTitle) => {
    const out = outFile();
    expect((await runCli("summarize", SAMPLE, "-o", out, "--lang", lang)).code).toBe(0);
    const sheet = (await loadOutput(out)).getWorksheet(name)!;
    expect(tableUnder(sheet, atRiskTitle)).toHaveLength(3);
  });

  it("keeps a goal starting with =HYPERLINK( as text; no cell of the output is a formula", async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(SAMPLE);
    const injected = '=HYPERLINK("http://example.invalid","klikkaa")';
    source.getWorksheet("Enn2")!.getCell("B7").value = `${injected}\nToinen rivi.`;
    source.getWorksheet("Enn2")!.getCell("G7").value = "+SUM(1,2) @riski -1";
    const input = path.join(tmp, "injected.xlsx");
    await source.xlsx.writeFile(input);
    // The input really holds a string, not a formula.
    const check = await loadOutput(input);
    expect(check.getWorksheet("Enn2")!.getCell("B7").type).toBe(ExcelJS.ValueType.String);

    const out = outFile();
    expect((await runCli("summarize", input, "-o", out)).code).toBe(0);
    const sheet = (await loadOutput(out)).getWorksheet("Yhteenveto")!;
    const row = tableUnder(sheet, AT_RISK_TITLE_FI).find((r) => r.getCell(10).value === "B7")!;
    expect(row.getCell(4).value).toBe(injected);
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).value).toBe("+SUM(1,2) @riski -1");
    sheet.eachRow((r) =>
      r.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }),
    );
  });

  it("refuses to write over an existing file without --force (one line, exit 2), and writes with it", async () => {
    const out = outFile();
    fs.writeFileSync(out, "keep me");
    const run = await runCli("summarize", SAMPLE, "-o", out);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^sitova: -o .*: tiedosto on jo olemassa; korvaa se valitsimella --force tai valitse toinen nimi\n$/,
    );
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");

    expect((await runCli("summarize", SAMPLE, "-o", out, "--force")).code).toBe(0);
    expect((await loadOutput(out)).getWorksheet("Yhteenveto")).toBeDefined();
  });

  it("never writes an input file, not even with --force", async () => {
    const input = path.join(tmp, "input.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = fs.readFileSync(input);
    for (const target of [input, path.join(tmp, ".", "input.xlsx")]) {
      const run = await runCli("summarize", VALID, input, "-o", target, "--force");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^sitova: -o .*: on syötetiedosto; syötteisiin ei koskaan kirjoiteta.*\n$/);
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("writes nothing when no input can be read; exit 2", async () => {
    const out = outFile();
    const run = await runCli("summarize", path.join(tmp, "missing.xlsx"), "-o", out);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("one line and exit 2 when the output cannot be written", async () => {
    const run = await runCli("summarize", SAMPLE, "-o", path.join(tmp, "no-such-dir", "s.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^sitova: -o .*: kirjoittaminen ei onnistu \(ENOENT\); aiempi tiedosto on ennallaan\n$/,
    );
  });
});

describe("sitova summarize: usage errors", () => {
  it.each([
    [["summarize", SAMPLE], "summarize needs -o FILE or --format json"],
    [["summarize", "-o", "x.xlsx"], "summarize needs at least one FILE"],
    [["summarize", SAMPLE, "--format", "text"], "summarize --format must be json"],
    [["summarize", SAMPLE, "--format", "json", "-o", "x.xlsx"], "either -o FILE or --format json"],
    [["validate", SAMPLE, "-o", "x.xlsx"], "-o and --force are for summarize"],
  ])("%j: exit 2 with the reason and the usage", async (argv, reason) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(reason);
    expect(run.stderr).toContain("sitova summarize FILE...");
  });
});
