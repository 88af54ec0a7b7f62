/**
 * `sitova summarize -o` writes native charts (issue 12 §3), and real spreadsheet programs read them:
 * (a) the package: every part well-formed (xmllint), every relationship's target present, every part with a
 *     content type, `<drawing>` in CT_Worksheet's order, and every series' cells holding its cached values,
 *     which agree with `--format json`;
 * (b) LibreOffice (headless) converts the output to PDF and back to .xlsx with the charts kept;
 * (c) openpyxl loads it and reads the charts.
 *
 * Inputs: the sample (KUVA) and a copy made into another division, KYMP, with a long theme full of markup
 * and one forecast changed. LibreOffice and openpyxl run once, synchronously, in `beforeAll`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { CellValue } from "../../src/domain";
import { FORECAST_COLOURS } from "../../src/domain/summary/chartStyle";
import { readWorkbookBuffer } from "../../src/xlsx/readWorkbook";
import { FIXTURES, SAMPLE } from "../support/paths";
import { runCli } from "./runCli";

/** A full theme name of the 2022–2025 strategy, with markup added: it must reach the chart as text. */
const LONG_THEME = 'Älykästä Helsinkiä johdetaan tiedolla ja digitalisaatiota hyödyntäen <b>&amp; "kokeilu"';

let tmp: string;
let output: Buffer;
let parts: Record<string, string>;
let json: {
  latestRound: {
    round: number;
    year: number;
    latest: Record<string, number>;
    previous: Record<string, number>;
    byDivision: Record<string, Record<string, number>>;
    byTheme: Record<string, Record<string, number>>;
  }[];
  divisions: {
    division: string;
    met: number;
    notMet: number;
    missing: number;
    invalid: number;
    shareMet: number;
  }[];
};
let pdf: Buffer;
let roundTrip: Record<string, string>;
let openpyxlCharts: { type: string; grouping: string; title: string; series: number; refs: string[] }[];

/** Runs a program to its end; a hung one is killed after two minutes so a run never waits forever. */
function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: "pipe", timeout: 120_000 });
}

function textParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

async function kympWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  for (const sheet of ["Enn1", "Enn2"]) workbook.getWorksheet(sheet)!.getCell("A1").value = "KYMP";
  const enn2 = workbook.getWorksheet("Enn2")!;
  enn2.getCell("A9").value = LONG_THEME;
  enn2.getCell("F9").value = "Ei toteudu";
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-charts-"));
  const kymp = path.join(tmp, "kymp-2021.xlsx");
  await kympWorkbook(kymp);
  const out = path.join(tmp, "summary.xlsx");
  expect(await runCli("summarize", SAMPLE, kymp, "-o", out)).toEqual({ code: 0, stdout: "", stderr: "" });
  json = JSON.parse((await runCli("summarize", SAMPLE, kymp, "--format", "json")).stdout) as typeof json;
  output = fs.readFileSync(out);
  parts = textParts(output);

  // LibreOffice: a profile of its own, so that parallel runs do not share (and lock) one.
  const soffice = ["-env:UserInstallation=file://" + path.join(tmp, "profile"), "--headless"];
  run("soffice", [...soffice, "--convert-to", "pdf", "--outdir", path.join(tmp, "pdf"), out]);
  run("soffice", [...soffice, "--convert-to", "xlsx", "--outdir", path.join(tmp, "libreoffice"), out]);
  pdf = fs.readFileSync(path.join(tmp, "pdf", "summary.pdf"));
  roundTrip = textParts(fs.readFileSync(path.join(tmp, "libreoffice", "summary.xlsx")));

  const script = [
    "import json, sys, openpyxl",
    "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]",
    "print(json.dumps([{'type': c.type, 'grouping': c.grouping,",
    "  'title': ''.join(r.t for p in c.title.tx.rich.p for r in (p.r or [])),",
    "  'series': len(c.series), 'refs': [s.val.numRef.f for s in c.series]} for c in ws._charts]))",
  ].join("\n");
  openpyxlCharts = JSON.parse(run("/usr/bin/python3", ["-c", script, out]));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// ---- reading the package --------------------------------------------------------------------------------

/** The directory of a part, for resolving relative targets. */
function folderOf(part: string): string {
  return part.includes("/") ? part.slice(0, part.lastIndexOf("/")) : "";
}

/** The part a relationship of `relsPart` points to (`xl/worksheets/_rels/sheet1.xml.rels` → its source's folder). */
function resolveTarget(relsPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const source = folderOf(folderOf(relsPart));
  const segments = (source ? `${source}/${target}` : target).split("/");
  const resolved: string[] = [];
  for (const s of segments)
    if (s === "..") resolved.pop();
    else if (s !== ".") resolved.push(s);
  return resolved.join("/");
}

function attributes(element: string): Record<string, string> {
  return Object.fromEntries([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function relationships(relsPart: string): Record<string, string>[] {
  return (parts[relsPart].match(/<Relationship\b[^>]*>/g) ?? []).map(attributes);
}

/** XML text as a parser reads it, then Excel's `_xHHHH_` escapes decoded as Excel reads a string. */
function xmlText(raw: string): string {
  return raw
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

interface CachedRange {
  ref: string;
  values: (string | number)[];
}

/** Every `c:strRef`/`c:numRef` of a chart: its reference and its cached points. */
function cachedRanges(chartXml: string): CachedRange[] {
  return [...chartXml.matchAll(/<c:(str|num)Ref><c:f>([^<]*)<\/c:f>(.*?)<\/c:\1Ref>/g)].map((m) => {
    const points = [...m[3].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)];
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(m[3])![1]);
    const values: (string | number)[] = Array.from({ length: count }, () => "");
    for (const p of points) values[Number(p[1])] = m[1] === "num" ? Number(p[2]) : xmlText(p[2]);
    return { ref: xmlText(m[2]), values };
  });
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** The cells of `'Sheet'!$A$1:$B$2`, row by row, as one list. */
function cellsOf(ref: string): { sheet: string; cells: { row: number; column: number }[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref)!;
  const [left, top] = [columnIndex(m[2]), Number(m[3])];
  const [right, bottom] = m[4] ? [columnIndex(m[4]), Number(m[5])] : [left, top];
  const cells = [];
  for (let row = top; row <= bottom; row++)
    for (let column = left; column <= right; column++) cells.push({ row, column });
  return { sheet: m[1].replace(/''/g, "'"), cells };
}

const charts = () =>
  Object.keys(parts)
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

function chartTitle(xml: string): string {
  return xmlText(/<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]);
}

// ---- (a) the package ------------------------------------------------------------------------------------

describe("the package's structure", () => {
  it("has four charts in one drawing on the summary sheet", () => {
    expect(charts()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
    ]);
    expect(Object.keys(parts).filter((n) => n.startsWith("xl/drawings/"))).toEqual([
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
    ]);
  });

  it("every XML part is well-formed (xmllint)", () => {
    const dir = path.join(tmp, "parts");
    const files = Object.entries(parts).map(([name, text]) => {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    });
    expect(files.length).toBeGreaterThan(10);
    // One call for all parts; xmllint exits non-zero and names the part when one is not well-formed.
    expect(run("/usr/bin/xmllint", ["--noout", ...files])).toBe("");
  });

  it("every relationship's target exists and every part has a content type", () => {
    const rels = Object.keys(parts).filter((n) => n.endsWith(".rels"));
    expect(rels).toEqual(
      expect.arrayContaining(["xl/worksheets/_rels/sheet1.xml.rels", "xl/drawings/_rels/drawing1.xml.rels"]),
    );
    for (const relsPart of rels)
      for (const rel of relationships(relsPart)) {
        if (rel.TargetMode === "External") continue;
        expect({
          relsPart,
          target: rel.Target,
          exists: resolveTarget(relsPart, rel.Target) in parts,
        }).toEqual({
          relsPart,
          target: rel.Target,
          exists: true,
        });
      }
    const types = parts["[Content_Types].xml"];
    const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]);
    const overrides = new Map(
      [...types.matchAll(/<Override PartName="\/([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    for (const part of Object.keys(parts).filter((n) => n !== "[Content_Types].xml"))
      expect({
        part,
        typed: overrides.has(part) || defaults.includes(part.slice(part.lastIndexOf(".") + 1)),
      }).toEqual({
        part,
        typed: true,
      });
    for (const chart of charts())
      expect(overrides.get(chart)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(overrides.get("xl/drawings/drawing1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawing+xml",
    );
  });

  it("the sheet points at the drawing, and the drawing at each chart, by relationship type", () => {
    const sheetRels = relationships("xl/worksheets/_rels/sheet1.xml.rels");
    const id = /<drawing r:id="([^"]+)"\/>/.exec(parts["xl/worksheets/sheet1.xml"])![1];
    const drawingRel = sheetRels.find((r) => r.Id === id)!;
    expect(drawingRel.Type).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
    );
    expect(resolveTarget("xl/worksheets/_rels/sheet1.xml.rels", drawingRel.Target)).toBe(
      "xl/drawings/drawing1.xml",
    );
    const drawing = parts["xl/drawings/drawing1.xml"];
    const chartIds = [...drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(4);
    const targets = chartIds.map((cid) => {
      const rel = relationships("xl/drawings/_rels/drawing1.xml.rels").find((r) => r.Id === cid)!;
      expect(rel.Type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
      return resolveTarget("xl/drawings/_rels/drawing1.xml.rels", rel.Target);
    });
    expect(targets).toEqual(charts());
  });

  it("the sheet's elements keep CT_Worksheet's order with <drawing> in it (ECMA-376 §18.3.1.99)", () => {
    const ORDER = [
      "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
      "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
      "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
      "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors",
      "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
      "webPublishItems", "tableParts", "extLst",
    ]; // prettier-ignore
    const body = parts["xl/worksheets/sheet1.xml"].replace(/<sheetData>.*<\/sheetData>/s, "<sheetData/>");
    const top = [...body.replace(/^.*?<worksheet[^>]*>/s, "").matchAll(/<([A-Za-z]+)[\s/>]/g)]
      .map((m) => m[1])
      .filter((name) => ORDER.includes(name));
    const positions = top.map((name) => ORDER.indexOf(name));
    expect(top).toContain("drawing");
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("on paper no page break cuts a chart: the breaks fall between the chart blocks", () => {
    const sheet = parts["xl/worksheets/sheet1.xml"];
    const breaks = [...sheet.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    const rowsOf = (tag: string) =>
      [
        ...parts["xl/drawings/drawing1.xml"].matchAll(
          new RegExp(`<xdr:${tag}>.*?<xdr:row>(\\d+)</xdr:row>`, "g"),
        ),
      ].map((m) => Number(m[1]) + 1);
    const [tops, bottoms] = [rowsOf("from"), rowsOf("to")];
    // After the division block, the theme block, the rounds block (before the board's list) and before the
    // details per table.
    expect(breaks).toHaveLength(4);
    tops.forEach((top, i) => {
      for (const row of breaks) expect(row < top || row >= bottoms[i]).toBe(true);
    });
    expect(breaks[0]).toBeGreaterThan(Math.max(tops[0], tops[1]));
    expect(breaks[0]).toBeLessThan(tops[2]);
  });

  it("every series' cells on the sheet hold the values cached in the chart", async () => {
    const snapshot = await readWorkbookBuffer(output, "summary.xlsx");
    const sheet = snapshot.sheets[0];
    const cell = (row: number, column: number): CellValue =>
      sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
    let checked = 0;
    for (const chart of charts())
      for (const range of cachedRanges(parts[chart])) {
        const { sheet: name, cells } = cellsOf(range.ref);
        expect(name).toBe("Yhteenveto");
        expect({ ref: range.ref, values: cells.map((c) => cell(c.row, c.column) ?? "") }).toEqual({
          ref: range.ref,
          values: range.values,
        });
        checked += cells.length;
      }
    expect(checked).toBeGreaterThan(50);
  });

  it("the same inputs give the same chart parts byte for byte", async () => {
    const again = path.join(tmp, "again.xlsx");
    expect((await runCli("summarize", SAMPLE, path.join(tmp, "kymp-2021.xlsx"), "-o", again)).code).toBe(0);
    const second = textParts(fs.readFileSync(again));
    for (const name of Object.keys(parts).filter(
      (n) => /^xl\/(charts|drawings)\//.test(n) || n.endsWith(".rels"),
    ))
      expect({ name, same: second[name] === parts[name] }).toEqual({ name, same: true });
  });
});

// ---- what the charts say --------------------------------------------------------------------------------

describe("the charts", () => {
  it("forecasts by division: stacked bars coloured by meaning, counts as --format json and by hand", () => {
    const xml = parts["xl/charts/chart1.xml"];
    expect(chartTitle(xml)).toBe("Ennusteet toimialoittain (kierros 2/2021)");
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    const ranges = cachedRanges(xml);
    // Per series: name, categories, values.
    const series = [0, 1, 2, 3].map((i) => ranges.slice(3 * i, 3 * i + 3));
    expect(series.map(([name]) => name.values[0])).toEqual([
      "Toteutuu",
      "Ei toteudu",
      "Puuttuu",
      "Virheellinen",
    ]);
    // In the schema's order of divisions: KYMP before KUVA.
    expect(series[0][1].values).toEqual(["KYMP", "KUVA"]);
    // KUVA's Enn2 by hand (tests/cli/summarize.test.ts): 6 met, 1 not met, 1 missing; KYMP has row 9 turned to
    // "Ei toteudu".
    expect(series.map(([, , values]) => values.values)).toEqual([
      [5, 6],
      [2, 1],
      [1, 1],
      [0, 0],
    ]);
    const byDivision = json.latestRound[0].byDivision;
    expect(series.map(([, , values]) => values.values)).toEqual(
      ["Toteutuu", "Ei toteudu", "missing", "invalid"].map((key) => [
        byDivision.KYMP[key],
        byDivision.KUVA[key],
      ]),
    );
    expect(series.map(([, , values]) => values.values)).toEqual(
      (["met", "notMet", "missing", "invalid"] as const).map((key) => json.divisions.map((row) => row[key])),
    );
    const fills = [...xml.matchAll(/<c:ser>.*?<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g)].map(
      (m) => m[1],
    );
    expect(fills).toEqual(
      ["met", "notMet", "missing", "invalid"].map((m) => FORECAST_COLOURS[m as "met"].fill),
    );
  });

  it("counts on whole-number axes with data labels; the share met on a 0–100 % axis", () => {
    for (const chart of ["xl/charts/chart1.xml", "xl/charts/chart3.xml", "xl/charts/chart4.xml"]) {
      const axis = /<c:valAx>.*<\/c:valAx>/.exec(parts[chart])![0];
      expect(axis).toContain('<c:numFmt formatCode="0" sourceLinked="0"/>');
      expect(Number.isInteger(Number(/<c:majorUnit val="([^"]+)"/.exec(axis)![1]))).toBe(true);
      expect(parts[chart]).toContain('<c:showVal val="1"/>');
    }
    const share = parts["xl/charts/chart2.xml"];
    expect(chartTitle(share)).toBe("Toteutuu-osuus toimialoittain (kierros 2/2021)");
    expect(share).toContain('<c:max val="1"/><c:min val="0"/>');
    expect(share).toContain('<c:numFmt formatCode="0 %" sourceLinked="0"/>');
    expect(cachedRanges(share)[2].values).toEqual([5 / 8, 6 / 8]);
    expect(cachedRanges(share)[2].values).toEqual(json.divisions.map((row) => row.shareMet));
  });

  it("forecasts by theme: every theme in full, the long one with its markup as text", () => {
    const xml = parts["xl/charts/chart3.xml"];
    expect(chartTitle(xml)).toBe("Viimeisimmät ennusteet teemoittain (kierros 2/2021)");
    const categories = cachedRanges(xml)[1].values;
    expect(categories).toContain(LONG_THEME);
    expect(categories).toEqual(
      Object.keys(json.latestRound[0].byTheme).map((t) => (t === "missing" ? "(ei teemaa)" : t)),
    );
  });

  it("previous against latest round: one column per round, one colour per forecast value", () => {
    const xml = parts["xl/charts/chart4.xml"];
    expect(chartTitle(xml)).toBe("Edellinen ja viimeisin kierros (1 → 2)");
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const ranges = cachedRanges(xml);
    expect(ranges[1].values).toEqual(["Ennuste 1", "Ennuste 2"]);
    const round = json.latestRound[0];
    expect([0, 1, 2, 3].map((i) => [ranges[3 * i].values[0], ...ranges[3 * i + 2].values])).toEqual(
      ["Toteutuu", "Ei toteudu", "missing", "invalid"].map((key, i) => [
        ["Toteutuu", "Ei toteudu", "Puuttuu", "Virheellinen"][i],
        round.previous[key],
        round.latest[key],
      ]),
    );
  });

  it.each([
    ["sv", "Sammanfattning", "Prognoser per sektor (omgång 2/2021)", "Saknas"],
    ["en", "Summary", "Forecasts by division (round 2/2021)", "Missing"],
  ])("--lang %s: sheet %s, titles and series in that language", async (lang, sheet, title, missing) => {
    const out = path.join(tmp, `summary-${lang}.xlsx`);
    expect((await runCli("summarize", SAMPLE, "-o", out, "--lang", lang)).code).toBe(0);
    const xml = textParts(fs.readFileSync(out))["xl/charts/chart1.xml"];
    expect(chartTitle(xml)).toBe(title);
    const ranges = cachedRanges(xml);
    expect(ranges[6].values).toEqual([missing]);
    expect(ranges[0].ref).toMatch(new RegExp(`^'${sheet}'!`));
  });
});

describe("no charts without goal tables", () => {
  it("a workbook without goal tables gives a summary without a drawing, and the package as ExcelJS wrote it", async () => {
    const out = path.join(tmp, "no-tables.xlsx");
    expect((await runCli("summarize", path.join(FIXTURES, "adapter-shapes.xlsx"), "-o", out)).code).toBe(0);
    const names = Object.keys(unzipSync(fs.readFileSync(out)));
    expect(names.filter((n) => /^xl\/(charts|drawings)\//.test(n))).toEqual([]);
    expect(textParts(fs.readFileSync(out))["xl/worksheets/sheet1.xml"]).not.toContain("<drawing");
  });
});

// ---- (b) LibreOffice and (c) openpyxl -------------------------------------------------------------------

function seriesCount(xml: string): number {
  return (xml.match(/<c:ser>/g) ?? []).length;
}

describe("real spreadsheet programs read the charts", () => {
  it("LibreOffice converts the workbook to PDF", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it("LibreOffice's own .xlsx of the workbook still holds the four charts, with the same series", () => {
    const kept = Object.keys(roundTrip).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(kept).toHaveLength(4);
    const countsOf = (names: string[], from: Record<string, string>) =>
      names.map((n) => seriesCount(from[n])).sort();
    expect(countsOf(kept, roundTrip)).toEqual(countsOf(charts(), parts));
    // Its charts read the same cells of the same sheet.
    const refs = (from: Record<string, string>, names: string[]) =>
      names.flatMap((n) => cachedRanges(from[n]).map((r) => r.ref.replace(/'/g, ""))).sort();
    expect(refs(roundTrip, kept)).toEqual(refs(parts, charts()));
  });

  it("openpyxl loads the workbook and reads every chart's type, title and series", () => {
    expect(openpyxlCharts).toEqual([
      expect.objectContaining({
        type: "bar",
        grouping: "stacked",
        title: "Ennusteet toimialoittain (kierros 2/2021)",
        series: 4,
      }),
      expect.objectContaining({ type: "bar", grouping: "clustered", series: 1 }),
      expect.objectContaining({ type: "bar", grouping: "stacked", series: 4 }),
      expect.objectContaining({ type: "col", grouping: "clustered", series: 4 }),
    ]);
    expect(openpyxlCharts[1].refs).toEqual([cachedRanges(parts["xl/charts/chart2.xml"])[2].ref]);
  });
});
