/**
 * The city-wide summary from three divisions' workbooks (issue 12 §2, §4): `--format json`'s `divisions` and
 * `cityTotal`, and the `-o` workbook read back with the project's own reader, which must say the same.
 *
 * Hand counts from tests/fixtures/divisions/make_divisions.py, latest round 2/2023 (the `Enn2` sheets):
 * - KASKO (title row "KASKO"): 4 goals; Toteutuu 2, Ei toteudu 1 (row 5), missing 1 (row 7); share 2/4.
 *   Changes 1 → 2: Toteutuu→Toteutuu 2, Toteutuu→Ei toteudu 1, unknown 1 (Toteutuu → empty).
 * - KYMP (title row "Kaupunkiympäristön toimiala"): 5 goals; Toteutuu 2, Ei toteudu 2, invalid 1
 *   ("Toteutuu osittain", row 7); share 2/5. Changes: T→T 2, T→E 1, E→E 1, unknown 1.
 * - SOTEPE (only the file name `SOTE_ennusteet_2023.xlsx` names it; SOTE's code ended in 2022): 4 goals;
 *   Toteutuu 3, Ei toteudu 1; share 3/4. Changes: T→T 2, T→E 1, E→T 1.
 * - City: 13 goals, Toteutuu 7, Ei toteudu 4, missing 1, invalid 1, share 7/13, 3 divisions.
 * - At risk (Ei toteudu, or numeric under 100 %), by division: KASKO B5 (85 %), KASKO B7 (90 %, no
 *   forecast); KYMP B4 (70 %), B5 (60 %), B7 (95 %, invalid); SOTEPE B4 (50 %).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Validator } from "@cfworker/json-schema";
import ExcelJS from "exceljs";
import type { Schema as JsonSchema } from "@cfworker/json-schema";
import type { CellValue, SheetSnapshot } from "../../src/domain";
import { ruleById } from "../../src/domain";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { FIXTURES, ROOT } from "../support/paths";
import { runCli } from "./runCli";

const DIVISIONS = path.join(FIXTURES, "divisions");
const FILES = ["kasko-2023.xlsx", "kymp-2023.xlsx", "SOTE_ennusteet_2023.xlsx"].map((f) =>
  path.join(DIVISIONS, f),
);

/** The JSON as a consumer sees it (deliberately not imported from src). */
interface Tally {
  goals: number;
  met: number;
  notMet: number;
  missing: number;
  invalid: number;
  shareMet: number | null;
}
interface CityJson {
  forecastValues: { met: string; notMet: string };
  divisions: (Tally & {
    year: number;
    round: number;
    division: string | null;
    previousRound: number | null;
    changes: Record<string, number>;
    sources: { file: string; sheet: string }[];
  })[];
  cityTotal: (Tally & { year: number; round: number; divisions: number })[];
  latestRound: {
    atRisk: { division: string; sheet: string; cell: string; file: string; comment: string }[];
  }[];
}

let tmp: string;
let raw: string;
let json: CityJson;
let sheet: SheetSnapshot;
let heights: ExcelJS.Worksheet;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-city-"));
  const run = await runCli("summarize", ...FILES, "--format", "json", "--lang", "en");
  expect(run.code).toBe(0);
  raw = run.stdout;
  json = JSON.parse(raw) as CityJson;
  const out = path.join(tmp, "kaupunki.xlsx");
  expect(await runCli("summarize", ...FILES, "-o", out, "--lang", "en")).toEqual({
    code: 0,
    stdout: "",
    stderr: "",
  });
  [sheet] = (await readWorkbookFile(out)).sheets;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  heights = workbook.worksheets[0];
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cell(row: number, column: number): CellValue {
  return sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
}

/** The rows of the table under a title in column A (header first), until the first row with an empty column A. */
function tableUnder(title: string): CellValue[][] {
  const titleRow = sheet.values.findIndex((row) => row[0] === title) + sheet.origin.row;
  expect(titleRow).toBeGreaterThanOrEqual(sheet.origin.row);
  const rows: CellValue[][] = [];
  for (let r = titleRow + 1; cell(r, 1) !== null && cell(r, 1) !== ""; r++)
    rows.push(sheet.values[r - sheet.origin.row].slice(0, 12).map((v) => v ?? null));
  return rows;
}

const changes = (tt: number, te: number, et: number, ee: number, fresh: number, unknown: number) => ({
  "Toteutuu->Toteutuu": tt,
  "Toteutuu->Ei toteudu": te,
  "Ei toteudu->Toteutuu": et,
  "Ei toteudu->Ei toteudu": ee,
  new: fresh,
  unknown,
});

describe("summarize --format json: the city-wide picture", () => {
  it("says which forecast values mean met and not met", () => {
    expect(json.forecastValues).toEqual({ met: "Toteutuu", notMet: "Ei toteudu" });
  });

  it("has one row per division of the latest round, in the schema's order, counted by hand", () => {
    expect(json.divisions).toEqual([
      {
        year: 2023,
        round: 2,
        division: "KASKO",
        goals: 4,
        met: 2,
        notMet: 1,
        missing: 1,
        invalid: 0,
        shareMet: 0.5,
        previousRound: 1,
        changes: changes(2, 1, 0, 0, 0, 1),
        sources: [{ file: FILES[0], sheet: "Enn2" }],
      },
      {
        year: 2023,
        round: 2,
        division: "KYMP",
        goals: 5,
        met: 2,
        notMet: 2,
        missing: 0,
        invalid: 1,
        shareMet: 0.4,
        previousRound: 1,
        changes: changes(2, 1, 0, 1, 0, 1),
        sources: [{ file: FILES[1], sheet: "Enn2" }],
      },
      {
        year: 2023,
        round: 2,
        division: "SOTEPE",
        goals: 4,
        met: 3,
        notMet: 1,
        missing: 0,
        invalid: 0,
        shareMet: 0.75,
        previousRound: 1,
        changes: changes(2, 1, 1, 0, 0, 0),
        sources: [{ file: FILES[2], sheet: "Enn2" }],
      },
    ]);
  });

  it("gives the city total of the year", () => {
    expect(json.cityTotal).toEqual([
      {
        year: 2023,
        round: 2,
        divisions: 3,
        goals: 13,
        met: 7,
        notMet: 4,
        missing: 1,
        invalid: 1,
        shareMet: 7 / 13,
      },
    ]);
  });

  it("lists the goals not met or at risk by division, with the full comment and the source", () => {
    const atRisk = json.latestRound[0].atRisk;
    expect(atRisk.map((g) => `${g.division} ${path.basename(g.file)} ${g.sheet}!${g.cell}`)).toEqual([
      "KASKO kasko-2023.xlsx Enn2!B5",
      "KASKO kasko-2023.xlsx Enn2!B7",
      "KYMP kymp-2023.xlsx Enn2!B4",
      "KYMP kymp-2023.xlsx Enn2!B5",
      "KYMP kymp-2023.xlsx Enn2!B7",
      "SOTEPE SOTE_ennusteet_2023.xlsx Enn2!B4",
    ]);
    expect(atRisk[2].comment).toBe(
      "Riskit: liikenteen päästöt eivät ole vähentyneet ennakoidusti.\nRatikkahankkeiden viivästys siirtää " +
        "vaikutuksia vuodelle 2024. Kaukolämmön päästöt pienenevät suunnitellusti.",
    );
  });
});

describe("docs/schemas/summary.schema.json", () => {
  const contract = new Validator(
    JSON.parse(
      fs.readFileSync(path.join(ROOT, "docs", "schemas", "summary.schema.json"), "utf8"),
    ) as JsonSchema,
    "2020-12",
    false,
  );

  it("describes the city-wide summary, and refuses a division row without its sources or a share above 1", () => {
    expect(contract.validate(JSON.parse(raw)).valid).toBe(true);
    const noSources = JSON.parse(raw) as { divisions: Record<string, unknown>[] };
    delete noSources.divisions[0].sources;
    expect(contract.validate(noSources).valid).toBe(false);
    const share = JSON.parse(raw) as { cityTotal: { shareMet: number }[] };
    share.cityTotal[0].shareMet = 1.5;
    expect(contract.validate(share).valid).toBe(false);
  });
});

describe("summarize -o: the city sheet agrees with the JSON", () => {
  it("has the divisions table with the sources named and the city total, the numbers of --format json", () => {
    const table = tableUnder("Latest forecasts per division");
    expect(table[0].slice(0, 8)).toEqual([
      "Division",
      "Source",
      "Goals",
      "Toteutuu",
      "Ei toteudu",
      "Missing",
      "Invalid",
      "Share met",
    ]);
    const expected = [
      ...json.divisions.map((d) => [
        d.division,
        `${path.basename(d.sources[0].file)}: Enn2`,
        d.goals,
        d.met,
        d.notMet,
        d.missing,
        d.invalid,
        d.shareMet,
      ]),
      ...json.cityTotal.map((t) => [
        "City total",
        null,
        t.goals,
        t.met,
        t.notMet,
        t.missing,
        t.invalid,
        t.shareMet,
      ]),
    ];
    expect(table.slice(1).map((row) => row.slice(0, 8))).toEqual(expected);
    // And by hand, so that the JSON and the sheet cannot be wrong together.
    expect(table.slice(1).map((row) => [row[0], row[2], row[3]])).toEqual([
      ["KASKO", 4, 2],
      ["KYMP", 5, 2],
      ["SOTEPE", 4, 3],
      ["City total", 13, 7],
    ]);
  });

  it("has the changes per division, named by their sources", () => {
    const table = tableUnder("Changes from the previous round per division");
    expect(table[0].slice(4, 10)).toEqual([
      "Toteutuu → Toteutuu",
      "Toteutuu → Ei toteudu",
      "Ei toteudu → Toteutuu",
      "Ei toteudu → Ei toteudu",
      "New",
      "Unknown",
    ]);
    expect(table.slice(1).map((row) => row.slice(0, 10))).toEqual([
      ...json.divisions.map((d) => [
        d.division,
        `${path.basename(d.sources[0].file)}: Enn2`,
        1,
        2,
        ...Object.values(d.changes),
      ]),
      ["City total", null, 1, 2, 6, 3, 1, 1, 0, 2],
    ]);
  });

  it("has the board's list with division, file, sheet and cell, sorted by division", () => {
    const table = tableUnder("Goals forecast not to be met, and goals at risk");
    expect(table.slice(1).map((row) => [row[0], row[2], row[4], row[6], row[7], row[8], row[9]])).toEqual([
      ["KASKO", "2/2023", "Ei toteudu", 0.85, "kasko-2023.xlsx", "Enn2", "B5"],
      ["KASKO", "2/2023", null, 0.9, "kasko-2023.xlsx", "Enn2", "B7"],
      ["KYMP", "2/2023", "Ei toteudu", 0.7, "kymp-2023.xlsx", "Enn2", "B4"],
      ["KYMP", "2/2023", "Ei toteudu", 0.6, "kymp-2023.xlsx", "Enn2", "B5"],
      ["KYMP", "2/2023", null, 0.95, "kymp-2023.xlsx", "Enn2", "B7"],
      ["SOTEPE", "2/2023", "Ei toteudu", 0.5, "SOTE_ennusteet_2023.xlsx", "Enn2", "B4"],
    ]);
    // The comment in full, line break kept.
    expect(table[3][5]).toBe(json.latestRound[0].atRisk[2].comment);
  });

  it("tells the three Enn2 sheets apart in the per-table tables by file", () => {
    const themes = tableUnder("Latest forecasts per theme").slice(1);
    const enn2 = themes.filter((row) => row[2] === "Enn2");
    expect(new Set(enn2.map((row) => `${row[0]} ${row[1]}`))).toEqual(
      new Set(["KASKO kasko-2023.xlsx", "KYMP kymp-2023.xlsx", "SOTEPE SOTE_ennusteet_2023.xlsx"]),
    );
  });

  it("gives wrapped texts room: a long source, a two-line header, a comment in full", () => {
    const rowOf = (text: string, column = 1) =>
      sheet.values.findIndex((row) => row[column - 1] === text) + sheet.origin.row;
    const lineHeight = (row: number) => heights.getRow(row).height ?? 15;
    // "SOTE_ennusteet_2023.xlsx: Enn2" does not fit in one line of column B.
    expect(lineHeight(rowOf("SOTE_ennusteet_2023.xlsx: Enn2", 2))).toBeGreaterThanOrEqual(30);
    expect(lineHeight(rowOf("kasko-2023.xlsx: Enn2", 2))).toBe(15);
    // "Toteutuu → Toteutuu" wraps in its header cell.
    expect(lineHeight(rowOf("Changes from the previous round per division") + 1)).toBeGreaterThanOrEqual(30);
    // KYMP's comment has two paragraphs, the second longer than its column.
    const comment = json.latestRound[0].atRisk[2].comment;
    expect(lineHeight(rowOf(comment, 6))).toBeGreaterThanOrEqual(45);
  });

  it("lists each file with its divisions and validation status", () => {
    const table = tableUnder("Sources and validation status (3 files)");
    expect(table[0].slice(0, 8)).toEqual([
      "File",
      "Division",
      "Latest round",
      "Tables",
      "Status",
      "Errors",
      "Warnings",
      "Infos",
    ]);
    expect(table.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ["kasko-2023.xlsx", "KASKO", "2/2023", 2, "Errors", 1, 0, 0],
      ["kymp-2023.xlsx", "KYMP", "2/2023", 2, "Errors", 1, 2, 0],
      ["SOTE_ennusteet_2023.xlsx", "SOTEPE", "2/2023", 2, "No errors", 0, 0, 0],
    ]);
  });

  it("counts the findings per rule by the rule's name, its id in a column of its own", () => {
    const table = tableUnder("Validation findings per rule");
    expect(table.map((row) => row.slice(0, 5))).toEqual([
      ["Rule", "Errors", "Warnings", "Infos", "Id"],
      [ruleById("invalid-value")!.docs.en.title, 1, 0, 0, "invalid-value"],
      [ruleById("missing-risk-comment")!.docs.en.title, 0, 2, 0, "missing-risk-comment"],
      [ruleById("required-value")!.docs.en.title, 1, 0, 0, "required-value"],
    ]);
  });
});
