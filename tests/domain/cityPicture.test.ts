/**
 * The city-wide picture (issue 12 §2): per year's latest round one row per division and the city total,
 * the board's list sorted by division, and sources that tell same-named sheets apart. Every expected number
 * is counted by hand from the rows built here.
 */
import type { CellValue, WorkbookSnapshot } from "../../src/domain";
import { builtinCompiledSchema } from "../../src/domain";
import type { WorkbookSummary } from "../../src/domain/summary";
import {
  combineSummaries,
  summaryLabels,
  summarySheetSections,
  summarizeWorkbook,
  themeTable,
  changesTable,
} from "../../src/domain/summary";
import { HEADERS, goalRow, sheet } from "./builders";

const MET = "Toteutuu";
const NOT = "Ei toteudu";
const T2023 = "Toimiva ja kaunis kaupunki";

/** A 2023 workbook with one `Enn2` sheet (rounds 1 and 2); `title` names the division (or not). */
function enn2(file: string, title: CellValue, forecasts: [CellValue, CellValue, number][]): WorkbookSnapshot {
  const header = [
    HEADERS.theme,
    HEADERS.goal,
    HEADERS.metric,
    HEADERS.recovery,
    "Ennuste 1/2023",
    "Ennuste 2/2023",
    HEADERS.comments,
    HEADERS.numeric,
  ];
  const rows = forecasts.map(([first, second, numeric]) =>
    goalRow({
      theme: T2023,
      forecast1: first,
      forecast2: second,
      numeric,
      comments: "Riskit: aikataulu.",
    }).slice(0, 8),
  );
  return { name: file, sheets: [sheet("Enn2", [[title], [], header, ...rows])] };
}

function city(...workbooks: WorkbookSnapshot[]): WorkbookSummary {
  return combineSummaries(
    workbooks.map((w) => summarizeWorkbook(w)),
    builtinCompiledSchema,
  );
}

// SOTE named in a 2023 title: SOTEPE. Goals: met, not met (50 %), met.
const sote = enn2("/kierros/sote.xlsx", "SOTE", [
  [MET, MET, 1],
  [MET, NOT, 0.5],
  [NOT, MET, 1],
]);
// KYMP: met, empty (90 %), invalid.
const kymp = enn2("C:\\kierros\\kymp.xlsx", "Kaupunkiympäristön toimiala", [
  [MET, MET, 1],
  [MET, "", 0.9],
  [MET, "Toteutuu osittain", 1],
]);
// Two files that name no division, each with its own Enn2.
const first = enn2("/kierros/liite-a.xlsx", "Sitovat tavoitteet", [[MET, NOT, 0.4]]);
const second = enn2("/kierros/liite-b.xlsx", "Sitovat tavoitteet", [[NOT, NOT, 0.2]]);

describe("divisions and the city total", () => {
  const summary = city(sote, kymp, first, second);

  it("one row per division in the schema's order, then one per file that names none, counted by hand", () => {
    expect(
      summary.divisions.map((d) => [d.division, d.goals, d.met, d.notMet, d.missing, d.invalid, d.shareMet]),
    ).toEqual([
      ["KYMP", 3, 1, 0, 1, 1, 1 / 3],
      ["SOTEPE", 3, 2, 1, 0, 0, 2 / 3],
      [null, 1, 0, 1, 0, 0, 0],
      [null, 1, 0, 1, 0, 0, 0],
    ]);
    expect(summary.divisions.map((d) => d.sources)).toEqual([
      [{ file: "C:\\kierros\\kymp.xlsx", sheet: "Enn2" }],
      [{ file: "/kierros/sote.xlsx", sheet: "Enn2" }],
      [{ file: "/kierros/liite-a.xlsx", sheet: "Enn2" }],
      [{ file: "/kierros/liite-b.xlsx", sheet: "Enn2" }],
    ]);
    expect(summary.divisions.every((d) => d.year === 2023 && d.round === 2 && d.previousRound === 1)).toBe(
      true,
    );
    // SOTEPE: T→T, T→E, E→T. KYMP: T→T, and two that end empty or invalid.
    expect(summary.divisions[1].changes).toMatchObject({
      "Toteutuu->Toteutuu": 1,
      "Toteutuu->Ei toteudu": 1,
      "Ei toteudu->Toteutuu": 1,
      unknown: 0,
    });
    expect(summary.divisions[0].changes).toMatchObject({ "Toteutuu->Toteutuu": 1, unknown: 2 });
  });

  it("the city total adds the rows up; only named divisions count as divisions", () => {
    expect(summary.cityTotal).toEqual([
      {
        year: 2023,
        round: 2,
        divisions: 2,
        goals: 8,
        met: 3,
        notMet: 3,
        missing: 1,
        invalid: 1,
        shareMet: 3 / 8,
      },
    ]);
  });

  it("merges the tables of one division from two files into one row, naming both sources", () => {
    const more = enn2("/kierros/sote-liite.xlsx", "SOTEPE", [[MET, MET, 1]]);
    const [row] = city(sote, more).divisions;
    expect([row.division, row.goals, row.met]).toEqual(["SOTEPE", 4, 3]);
    const [, divisions] = summarySheetSections(city(sote, more), summaryLabels("fi"), "fi");
    expect(divisions.table.rows[0].slice(0, 2)).toEqual(["SOTEPE", "sote.xlsx: Enn2; sote-liite.xlsx: Enn2"]);
  });

  it("keeps each year's latest round apart, the unknown year last", () => {
    const older = enn2("/2022/sote.xlsx", "SOTE", [[MET, MET, 1]]);
    older.sheets[0].values[2] = older.sheets[0].values[2].map((v) =>
      typeof v === "string" ? v.replace("/2023", "/2022") : v,
    );
    const both = city(sote, older);
    expect(both.divisions.map((d) => [d.year, d.division, d.goals])).toEqual([
      [2022, "SOTE", 1],
      [2023, "SOTEPE", 3],
    ]);
    expect(both.cityTotal.map((t) => [t.year, t.goals])).toEqual([
      [2022, 1],
      [2023, 3],
    ]);
  });
});

describe("a division behind the year's latest round", () => {
  it("is not in the round's divisions or total, and the sources show the round it reached", () => {
    // KASKO sent only its round 1 sheet.
    const kasko = enn2("/kierros/kasko.xlsx", "KASKO", [[MET, MET, 1]]);
    kasko.sheets[0].values[2] = kasko.sheets[0].values[2].filter((v) => v !== "Ennuste 2/2023");
    kasko.sheets[0].values[3] = kasko.sheets[0].values[3].filter((_, i) => i !== 5);
    const summary = city(sote, kasko);
    expect(summary.divisions.map((d) => d.division)).toEqual(["SOTEPE"]);
    expect(summary.cityTotal[0].goals).toBe(3);
    const [sources] = summarySheetSections(summary, summaryLabels("fi"), "fi");
    expect(sources.table.rows.map((r) => r.slice(0, 3))).toEqual([
      ["sote.xlsx", "SOTEPE", "2/2023"],
      ["kasko.xlsx", "KASKO", "1/2023"],
    ]);
  });
});

describe("the board's list", () => {
  it("lists the latest round's goals not met or at risk by division (schema order), then by file and row", () => {
    const summary = city(first, sote, kymp);
    const listed = summary.latestRound[0].atRisk.map((g) => `${g.division} ${g.file} ${g.cell}`);
    expect(listed).toEqual([
      "KYMP C:\\kierros\\kymp.xlsx B5",
      "SOTEPE /kierros/sote.xlsx B5",
      "null /kierros/liite-a.xlsx B4",
    ]);
  });
});

describe("sources on the sheet", () => {
  const summary = city(first, second);
  const labels = summaryLabels("en");

  it("two files with an Enn2 sheet and no division give rows that can be told apart", () => {
    const [, divisions] = summarySheetSections(summary, labels, "en");
    expect(divisions.table.rows.map((r) => r.slice(0, 2))).toEqual([
      ["(no division) liite-a.xlsx", "liite-a.xlsx: Enn2"],
      ["(no division) liite-b.xlsx", "liite-b.xlsx: Enn2"],
      ["City total", null],
    ]);
    const themes = themeTable(summary, labels).rows.map((r) => r.slice(0, 3));
    expect(themes).toEqual([
      ["", "liite-a.xlsx", "Enn2"],
      ["", "liite-b.xlsx", "Enn2"],
    ]);
    expect(changesTable(summary, labels).rows.map((r) => r.slice(0, 3))).toEqual(themes);
  });
});
