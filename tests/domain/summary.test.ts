/**
 * The summary model. Every expected count is worked out by hand from the rows built here (or, for the
 * sample workbook, from tests/fixtures/make_public.py), never by the code under test.
 */
import type { CellValue, WorkbookSnapshot } from "../../src/domain";
import { analyzeWorkbook, builtinCompiledSchema, builtinSchema, validate } from "../../src/domain";
import type { ForecastCounts, TableSummary, WorkbookSummary } from "../../src/domain/summary";
import { combineSummaries, detectDivision, summarize, summarizeWorkbook } from "../../src/domain/summary";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { HEADERS, STANDARD_HEADER, T1, T3, goalRow, goalSheet, sheet, workbook } from "./builders";
import { SAMPLE } from "../support/paths";
import { AT_RISK_KEYS, SUMMARY_GROUP_KEYS } from "../support/summaryContract";

const T2 = "Kestävän kasvun turvaaminen on kaupungin keskeisin tehtävä";
const T4 = "Vastuullinen taloudenpito hyvinvoivan kaupungin perusta";
const MET = "Toteutuu";
const NOT_MET = "Ei toteudu";

function counts(met: number, notMet: number, missing = 0, invalid = 0): ForecastCounts {
  return { [MET]: met, [NOT_MET]: notMet, missing, invalid };
}

function changes(tt: number, te: number, et: number, ee: number, fresh: number, unknown = 0) {
  return {
    "Toteutuu->Toteutuu": tt,
    "Toteutuu->Ei toteudu": te,
    "Ei toteudu->Toteutuu": et,
    "Ei toteudu->Ei toteudu": ee,
    new: fresh,
    unknown,
  };
}

/** The one table group of a workbook summary. */
function onlyGroup(summary: WorkbookSummary): TableSummary {
  expect(summary.groups).toHaveLength(1);
  return summary.groups[0];
}

function named(snapshot: WorkbookSnapshot, name: string): WorkbookSnapshot {
  return { ...snapshot, name };
}

interface RoundGoal {
  theme?: CellValue;
  goal: CellValue;
  forecast: CellValue;
  numeric?: CellValue;
}

/**
 * A sheet holding one forecast round only (as `Enn1` and `Enn2` sheets often do): title rows, header on
 * row 3, goals from row 4. Numeric forecasts are text ("100 %") so that no number format is needed.
 */
function roundSheet(name: string, round: number, goals: RoundGoal[], title: CellValue[][] = [["KUVA"], []]) {
  const header = [
    HEADERS.theme,
    HEADERS.goal,
    HEADERS.metric,
    HEADERS.recovery,
    `Ennuste ${round}/2021`,
    HEADERS.comments,
    HEADERS.numeric,
  ];
  const rows = goals.map((g) => [
    g.theme ?? T1,
    g.goal,
    "Mittari: jotain.",
    "Ei",
    g.forecast,
    "Riskit: ei.",
    g.numeric ?? "100 %",
  ]);
  return sheet(name, [...title, header, ...rows], { percentColumn: null });
}

describe("latest forecast counts", () => {
  it("counts Toteutuu, Ei toteudu, empty (placeholders too) and invalid values (partly met, other text, Excel errors)", () => {
    const summary = summarizeWorkbook(
      workbook(
        goalSheet("Enn2", [
          goalRow({ forecast2: "Toteutuu" }),
          goalRow({ forecast2: " toteutuu " }), // another case and spacing is still the allowed value
          goalRow({ forecast2: "Ei toteudu", numeric: 0.5 }),
          goalRow({ forecast2: "" }),
          goalRow({ forecast2: "-" }),
          goalRow({ forecast2: "Toteutuu osittain" }),
          goalRow({ forecast2: "Ehkä" }),
          goalRow({ forecast2: { error: "#N/A" } }),
        ]),
      ),
    );
    const group = onlyGroup(summary);
    expect(group.goals).toBe(8);
    // Met: rows 1 and 2; not met: row 3; empty: rows 4 and 5; invalid: rows 6, 7 and 8.
    expect(group.latest).toEqual(counts(2, 1, 2, 3));
    expect(group.shareMet).toBeCloseTo(2 / 8);
    expect(group.round).toBe(2);
    expect(group.year).toBe(2021);
  });

  it("has a null share and zero counts for a table without goals", () => {
    const group = onlyGroup(summarizeWorkbook(workbook(goalSheet("Enn2", []))));
    expect(group.goals).toBe(0);
    expect(group.latest).toEqual(counts(0, 0));
    expect(group.shareMet).toBeNull();
    expect(group.byTheme).toEqual({});
    expect(group.atRisk).toEqual([]);
  });
});

describe("counts by theme", () => {
  it("counts a merged theme cell for every row it covers", () => {
    // Rows 4–6: theme T3 merged down from A4; row 7: T1.
    const snap = workbook(
      goalSheet(
        "Enn2",
        [
          goalRow({ theme: T3 }),
          goalRow({ theme: null, forecast2: "Ei toteudu", numeric: 0.4 }),
          goalRow({ theme: null }),
          goalRow({ theme: T1 }),
        ],
        { merges: ["A4:A6"] },
      ),
    );
    expect(onlyGroup(summarizeWorkbook(snap)).byTheme).toEqual({
      [T3]: counts(2, 1),
      [T1]: counts(1, 0),
    });
  });

  it("groups variant spellings: schema names and aliases under the schema's name, unknown themes by their text; empty last under missing", () => {
    const snap = workbook(
      goalSheet("Enn2", [
        goalRow({ theme: "uudistuvat  PALVELUT" }), // T3 in another case and spacing
        goalRow({ theme: null }),
        goalRow({ theme: "Vastuullinen taloudenpito on hyvinvoivan kaupungin perusta" }), // alias of T4
        goalRow({ theme: "Kulttuuri kaikille", forecast2: "Ei toteudu", numeric: 0.2 }),
        goalRow({ theme: T3, forecast2: "" }),
        goalRow({ theme: " kulttuuri\u00a0KAIKILLE" }), // the unknown theme again, spelt differently
        goalRow({ theme: "?" }), // a placeholder is empty
        goalRow({ theme: T4 }),
      ]),
    );
    expect(onlyGroup(summarizeWorkbook(snap)).byTheme).toEqual({
      [T3]: counts(1, 0, 1),
      [T4]: counts(2, 0),
      "Kulttuuri kaikille": counts(1, 1),
      missing: counts(2, 0),
    });
    const keys = Object.keys(onlyGroup(summarizeWorkbook(snap)).byTheme);
    expect(keys).toEqual([T3, T4, "Kulttuuri kaikille", "missing"]);
  });

  it("canonicalises only against the themes of the table's year", () => {
    // A 2021 table using a 2022–2025 theme: not a 2021 theme, so it stays as written.
    const theme = "toimiva ja kaunis kaupunki";
    const group = onlyGroup(summarizeWorkbook(workbook(goalSheet("Enn2", [goalRow({ theme })]))));
    expect(Object.keys(group.byTheme)).toEqual([theme]);
  });
});

describe("changes from the previous round", () => {
  it("reads the previous round from the table's own column", () => {
    const snap = workbook(
      goalSheet("Enn2", [
        goalRow({ forecast1: "Toteutuu", forecast2: "Toteutuu" }),
        goalRow({ forecast1: "Toteutuu", forecast2: "Toteutuu" }),
        goalRow({ forecast1: "Toteutuu", forecast2: "Ei toteudu", numeric: 0.5 }),
        goalRow({ forecast1: "Ei toteudu", forecast2: "Toteutuu" }),
        goalRow({ forecast1: "Ei toteudu", forecast2: "Ei toteudu", numeric: 0.5 }),
        goalRow({ forecast1: "", forecast2: "Toteutuu" }), // no previous value: new
        goalRow({ forecast1: "–", forecast2: "" }), // placeholder: new, whatever the latest is
        goalRow({ forecast1: "Toteutuu osittain", forecast2: "Toteutuu" }), // invalid previous
        goalRow({ forecast1: "Toteutuu", forecast2: "" }), // latest missing
      ]),
    );
    const group = onlyGroup(summarizeWorkbook(snap));
    expect(group.changes).toEqual(changes(2, 1, 1, 1, 2, 2));
    expect(group.previousRound).toBe(1);
    expect(group.previousSheet).toBe("Enn2");
  });

  it("reads it from the previous round's sheet when the table lacks the column, matching goals by text", () => {
    const enn1 = roundSheet("Enn1", 1, [
      { goal: "Tavoite A\nKuvaus.", forecast: "Toteutuu" },
      { goal: "Tavoite B", forecast: "Toteutuu" },
      { goal: "Tavoite C", forecast: "Ei toteudu", numeric: "50 %" },
      { goal: "Tavoite D", forecast: "" },
      { goal: "Poistettu tavoite", forecast: "Toteutuu" },
    ]);
    const enn2 = roundSheet("Enn2", 2, [
      { goal: "tavoite  a\nkuvaus.", forecast: "Toteutuu" }, // the same goal in another case and spacing
      { goal: "Tavoite C", forecast: "Toteutuu" },
      { goal: "Tavoite B", forecast: "Ei toteudu", numeric: "40 %" }, // rows in another order
      { goal: "Tavoite D", forecast: "Toteutuu" }, // empty in Enn1: new
      { goal: "Uusi tavoite", forecast: "Toteutuu" }, // not in Enn1: new
    ]);
    const summary = summarizeWorkbook(workbook(enn1, enn2));
    const [first, second] = summary.groups;
    expect(first.sheet).toBe("Enn1");
    expect(first.changes).toEqual(changes(0, 0, 0, 0, 5)); // round 1 has nothing before it
    expect(first.previousRound).toBeNull();
    expect(first.previousSheet).toBeNull();
    expect(second.changes).toEqual(changes(1, 1, 1, 0, 2));
    expect(second.previousRound).toBe(1);
    expect(second.previousSheet).toBe("Enn1");
  });

  it("does not read a previous round from another year's sheet", () => {
    const enn1 = roundSheet("Enn1", 1, [{ goal: "Tavoite A", forecast: "Ei toteudu", numeric: "10 %" }]);
    const enn2 = roundSheet("Enn2", 2, [{ goal: "Tavoite A", forecast: "Toteutuu" }]);
    // The 2021 header of Enn1 becomes 2020.
    enn1.values[2][4] = "Ennuste 1/2020";
    const group = summarizeWorkbook(workbook(enn1, enn2)).groups[1];
    expect(group.year).toBe(2021);
    expect(group.changes).toEqual(changes(0, 0, 0, 0, 1));
    expect(group.previousSheet).toBeNull();
  });
});

describe("goals at risk", () => {
  it("lists goals forecast Ei toteudu or with a numeric forecast under 100 %, with their source cell", () => {
    const snap = workbook(
      goalSheet("Enn2", [
        goalRow({ goal: "Ei riskissä\nKuvaus.", numeric: 1 }),
        goalRow({
          theme: "uudistuvat palvelut",
          goal: "Kirjastot uudistuvat\r\nKuvaus, joka ei kuulu otsikkoon.",
          forecast2: "Ei toteudu",
          numeric: 1,
          comments: "  Riskit: rahoitus\r\npuuttuu. ",
        }),
        goalRow({ goal: "Melkein\nKuvaus.", forecast2: "Toteutuu", numeric: 0.85, comments: "" }),
        goalRow({ goal: "Ei lukua\nKuvaus.", forecast2: "Toteutuu", numeric: "sata" }), // invalid numeric: not at risk
        goalRow({ goal: "Puuttuva ennuste", forecast2: "", numeric: "99,5 %" }),
      ]),
    );
    expect(onlyGroup(summarizeWorkbook(snap)).atRisk).toEqual([
      {
        file: "test.xlsx",
        division: "KUVA",
        sheet: "Enn2",
        cell: "B5",
        row: 5,
        theme: T3,
        goal: "Kirjastot uudistuvat",
        forecast: NOT_MET,
        numeric: 100,
        comment: "Riskit: rahoitus\npuuttuu.",
      },
      {
        file: "test.xlsx",
        division: "KUVA",
        sheet: "Enn2",
        cell: "B6",
        row: 6,
        theme: T1,
        goal: "Melkein",
        forecast: MET,
        numeric: 85,
        comment: null,
      },
      {
        file: "test.xlsx",
        division: "KUVA",
        sheet: "Enn2",
        cell: "B8",
        row: 8,
        theme: T1,
        goal: "Puuttuva ennuste",
        forecast: null,
        numeric: 99.5,
        comment: "Riskit: ei merkittäviä riskejä.",
      },
    ]);
  });
});

describe("division", () => {
  const titled = (title: CellValue[][], name = "Enn2") =>
    sheet(name, [...title, Object.values(HEADERS), goalRow()]);

  it("comes from the title rows above the header, by code or by name", () => {
    expect(onlyGroup(summarizeWorkbook(workbook(goalSheet("Enn2", [goalRow()])))).division).toBe("KUVA");
    const byName = titled([["Sitovat tavoitteet 2021"], ["Kasvatuksen ja koulutuksen toimiala"]]);
    expect(onlyGroup(summarizeWorkbook(workbook(byName))).division).toBe("KASKO");
  });

  it("prefers the title to the sheet name, and the sheet name to the file name", () => {
    const snap = named(workbook(titled([["Kanslia: sitovat tavoitteet"]], "KUVA Enn2")), "kymp.xlsx");
    expect(onlyGroup(summarizeWorkbook(snap)).division).toBe("KANSLIA");
    const bySheet = named(workbook(titled([["Sitovat tavoitteet"]], "SOTE Enn2")), "kymp.xlsx");
    expect(onlyGroup(summarizeWorkbook(bySheet)).division).toBe("SOTE");
    const byFile = named(workbook(titled([["Sitovat tavoitteet"]])), "kymp_ennusteet_2021.xlsx");
    expect(onlyGroup(summarizeWorkbook(byFile)).division).toBe("KYMP");
    const byOption = summarizeWorkbook(workbook(titled([])), { file: "data/2021/Kasko-Enn2.xlsx" });
    expect(onlyGroup(byOption).division).toBe("KASKO");
    expect(onlyGroup(byOption).file).toBe("data/2021/Kasko-Enn2.xlsx");
  });

  it("matches whole words only, and is null when nothing names a division", () => {
    const snap = workbook(titled([["Kuvaus: sitovat tavoitteet (sotealue)"]], "Enn2"));
    expect(onlyGroup(summarizeWorkbook(snap)).division).toBeNull();
    const sources = { titleLines: [], sheet: "Enn2" };
    expect(detectDivision(builtinCompiledSchema, { ...sources, file: "/home/kuva/test.xlsx" })).toBeNull();
    expect(detectDivision(builtinCompiledSchema, { ...sources, file: "C:\\ennusteet\\SOTE 2021.xlsx" })).toBe(
      "SOTE",
    );
    expect(
      detectDivision(builtinCompiledSchema, {
        titleLines: ["Sosiaali-, terveys- ja pelastustoimiala"],
        sheet: "",
      }),
    ).toBe("SOTEPE");
  });

  it("uses the schema's divisions, so an administrator can add one", () => {
    const schema = {
      ...builtinSchema,
      divisions: [...builtinSchema.divisions, { code: "SATAMA", aliases: ["Helsingin Satama"] }],
    };
    const snap = workbook(titled([["Helsingin Satama"]]));
    expect(onlyGroup(summarizeWorkbook(snap, { schema })).division).toBe("SATAMA");
  });
});

describe("validation counts", () => {
  it("counts the findings of each table's sheet per rule and severity, and the workbook's in the file entry", () => {
    const snap = workbook(
      goalSheet("Enn2", [
        goalRow({ recovery: "Ehkä" }), // invalid-value error
        goalRow({ comments: "" }), // missing-risk-comment warning (not at risk, unchanged)
        goalRow({ forecast2: "Ei toteudu", numeric: 0.5, comments: "" }), // missing-risk-comment error
      ]),
      sheet("Ohjeet", [["Täyttöohjeet"]]),
    );
    const summary = summarizeWorkbook(snap);
    const expected = {
      errors: 2,
      warnings: 1,
      infos: 0,
      byRule: {
        "invalid-value": { error: 1, warning: 0, info: 0 },
        "missing-risk-comment": { error: 1, warning: 1, info: 0 },
      },
    };
    expect(onlyGroup(summary).validation).toEqual(expected);
    expect(summary.validation).toEqual(expected);
    expect(summary.files).toEqual([{ file: "test.xlsx", valid: false, tables: 1, validation: expected }]);
  });

  it("counts the findings it is given: the analysis is not validated again", () => {
    const analysis = analyzeWorkbook(
      workbook(goalSheet("Enn2", [goalRow({ recovery: "Ehkä" })])),
      builtinCompiledSchema,
    );
    const findings = validate(analysis, { ruleSettings: { "invalid-value": "warning" } });
    const validation = onlyGroup(summarize(analysis, findings)).validation;
    expect(validation.byRule).toEqual({ "invalid-value": { error: 0, warning: 1, info: 0 } });
  });

  it("keeps a workbook without a goal table: no groups, its table-not-found error in the file entry", () => {
    const summary = summarizeWorkbook(named(workbook(sheet("Taul1", [["Muistiinpanoja"]])), "notes.xlsx"));
    expect(summary.groups).toEqual([]);
    expect(summary.latestRound).toEqual([]);
    expect(summary.files).toEqual([
      {
        file: "notes.xlsx",
        valid: false,
        tables: 0,
        validation: {
          errors: 1,
          warnings: 0,
          infos: 0,
          byRule: { "table-not-found": { error: 1, warning: 0, info: 0 } },
        },
      },
    ]);
  });
});

describe("the latest round together", () => {
  /** A division's workbook: Enn1 (round 1 only) and Enn2 (rounds 1 and 2), the division code in their titles. */
  function divisionWorkbook(code: string, enn1: RoundGoal[], enn2: CellValue[][]): WorkbookSnapshot {
    const title = [[code], ["Sitovat tavoitteet"]];
    return named(
      workbook(roundSheet("Enn1", 1, enn1, title), sheet("Enn2", [...title, STANDARD_HEADER, ...enn2])),
      `${code.toLowerCase()}-2021.xlsx`,
    );
  }

  const kuva = summarizeWorkbook(
    divisionWorkbook(
      "KUVA",
      [{ goal: "K1", forecast: "Toteutuu" }],
      [
        goalRow({ theme: T1, forecast1: "Toteutuu", forecast2: "Toteutuu" }),
        goalRow({ theme: T3, forecast1: "Toteutuu", forecast2: "Ei toteudu", numeric: 0.5 }),
      ],
    ),
  );
  const kasko = summarizeWorkbook(
    divisionWorkbook(
      "KASKO",
      [{ goal: "A1", forecast: "Ei toteudu", numeric: "0 %" }],
      [
        goalRow({ theme: "uudistuvat palvelut", forecast1: "Ei toteudu", forecast2: "Toteutuu" }),
        goalRow({ theme: T2, forecast1: "", forecast2: "" }),
        goalRow({ theme: T2, forecast1: "Toteutuu", forecast2: "Toteutuu", numeric: 0.9 }),
      ],
    ),
  );
  // Another division that has reported round 1 only: not part of the round 2 picture.
  const kymp = summarizeWorkbook(
    named(
      workbook(roundSheet("Enn1", 1, [{ goal: "Y1", forecast: "Toteutuu" }], [["KYMP"], []])),
      "kymp.xlsx",
    ),
  );

  it("of one workbook: the table of the highest round", () => {
    expect(kuva.latestRound).toHaveLength(1);
    const [group] = kuva.latestRound;
    expect([group.kind, group.year, group.round, group.sheet, group.file, group.division]).toEqual([
      "latest-round",
      2021,
      2,
      "Enn2",
      "kuva-2021.xlsx",
      "KUVA",
    ]);
    expect(group.goals).toBe(2);
    expect(group.latest).toEqual(counts(1, 1));
  });

  it("of several workbooks: every table of the year's highest round, added up", () => {
    const all = combineSummaries([kuva, kasko, kymp], builtinCompiledSchema);
    expect(all.groups.map((g) => `${g.file}/${g.sheet}:${g.round}`)).toEqual([
      "kuva-2021.xlsx/Enn1:1",
      "kuva-2021.xlsx/Enn2:2",
      "kasko-2021.xlsx/Enn1:1",
      "kasko-2021.xlsx/Enn2:2",
      "kymp.xlsx/Enn1:1",
    ]);
    expect(all.files.map((f) => f.file)).toEqual(["kuva-2021.xlsx", "kasko-2021.xlsx", "kymp.xlsx"]);
    expect(all.latestRound).toHaveLength(1);
    const [group] = all.latestRound;
    expect(group.round).toBe(2);
    expect(group.tables).toEqual([
      { file: "kuva-2021.xlsx", sheet: "Enn2", division: "KUVA" },
      { file: "kasko-2021.xlsx", sheet: "Enn2", division: "KASKO" },
    ]);
    expect([group.division, group.file, group.sheet]).toEqual([null, null, "Enn2"]);
    // KUVA: met 1, not met 1. KASKO: met 2, missing 1.
    expect(group.goals).toBe(5);
    expect(group.latest).toEqual(counts(3, 1, 1));
    expect(group.shareMet).toBeCloseTo(3 / 5);
    expect(group.byDivision).toEqual({ KUVA: counts(1, 1), KASKO: counts(2, 0, 1) });
    expect(group.byTheme).toEqual({ [T1]: counts(1, 0), [T3]: counts(1, 1), [T2]: counts(1, 0, 1) });
    // KUVA: T→T, T→E. KASKO: E→T, new (empty round 1), T→T.
    expect(group.changes).toEqual(changes(2, 1, 1, 0, 1));
    // By division in the schema's order: KASKO's third goal (90 %), then KUVA's second (Ei toteudu, 50 %).
    expect(group.atRisk.map((g) => `${g.file} ${g.cell} ${g.numeric}`)).toEqual([
      "kasko-2021.xlsx B6 90",
      "kuva-2021.xlsx B5 50",
    ]);
  });

  it("keeps years apart, the unknown year last", () => {
    const later = roundSheet("Enn1 2022", 1, [
      { goal: "X", theme: "Toimiva ja kaunis kaupunki", forecast: "Toteutuu" },
    ]);
    later.values[2][4] = "Ennuste 1/2022";
    const undated = roundSheet("Muu", 3, [{ goal: "Z", forecast: "Toteutuu" }]);
    undated.values[2][4] = "Ennuste 3";
    const all = combineSummaries(
      [kuva, summarizeWorkbook(named(workbook(undated, later), "x.xlsx"))],
      builtinCompiledSchema,
    );
    expect(all.latestRound.map((g) => [g.year, g.round, g.tables.map((t) => t.sheet)])).toEqual([
      [2021, 2, ["Enn2"]],
      [2022, 1, ["Enn1 2022"]],
      [null, 3, ["Muu"]],
    ]);
    expect(all.latestRound[1].byTheme).toEqual({ "Toimiva ja kaunis kaupunki": counts(1, 0) });
  });

  it("adds up the validation counts of the files", () => {
    // KASKO Enn2: row 5 has empty round 1 and 2 forecasts (2 required-value), row 6 is Toteutuu at 90 %
    // (forecast-mismatch), row 4's theme is T3 in lower case (non-canonical-value). Every round sheet has
    // its numeric forecast typed as text (non-canonical-value): KUVA, KASKO and KYMP Enn1.
    const all = combineSummaries([kuva, kasko, kymp], builtinCompiledSchema);
    expect(all.validation).toEqual({
      errors: 3,
      warnings: 0,
      infos: 4,
      byRule: {
        "forecast-mismatch": { error: 1, warning: 0, info: 0 },
        "non-canonical-value": { error: 0, warning: 0, info: 4 },
        "required-value": { error: 2, warning: 0, info: 0 },
      },
    });
    expect(all.files.map((f) => [f.file, f.valid])).toEqual([
      ["kuva-2021.xlsx", true],
      ["kasko-2021.xlsx", false],
      ["kymp.xlsx", true],
    ]);
  });
});

describe("the JSON shape", () => {
  it("is plain data the CLI can print as it is", () => {
    const summary = summarizeWorkbook(
      workbook(goalSheet("Enn2", [goalRow({ forecast2: "Ei toteudu", numeric: 0.4 })])),
    );
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    const group = onlyGroup(summary);
    for (const key of SUMMARY_GROUP_KEYS) expect(group).toHaveProperty(key);
    for (const key of AT_RISK_KEYS) expect(group.atRisk[0]).toHaveProperty(key);
  });

  it("keeps the counts summing to the number of goals", () => {
    const group = onlyGroup(
      summarizeWorkbook(
        workbook(goalSheet("Enn2", [goalRow(), goalRow({ forecast2: "x" }), goalRow({ forecast1: "" })])),
      ),
    );
    const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
    expect(sum(group.latest)).toBe(3);
    expect(sum(group.changes)).toBe(3);
  });
});

describe("the sample workbook (assets/samples/kuva-2021-sample.xlsx)", () => {
  let summary: WorkbookSummary;
  beforeAll(async () => {
    summary = summarizeWorkbook(await readWorkbookFile(SAMPLE));
  });

  it("has two KUVA tables, Enn1 (round 1) and Enn2 (round 2), and skips the instructions sheet", () => {
    expect(summary.groups.map((g) => [g.sheet, g.division, g.year, g.round, g.goals])).toEqual([
      ["Enn1", "KUVA", 2021, 1, 8],
      ["Enn2", "KUVA", 2021, 2, 8],
    ]);
  });

  it("Enn1: one goal (the fourth, youth work) not met, all new", () => {
    const [enn1] = summary.groups;
    expect(enn1.latest).toEqual(counts(7, 1));
    expect(enn1.byTheme).toEqual({
      [T1]: counts(2, 0),
      [T2]: counts(2, 0),
      [T3]: counts(2, 1),
      [T4]: counts(1, 0),
    });
    expect(enn1.changes).toEqual(changes(0, 0, 0, 0, 8));
    expect(enn1.previous).toEqual(counts(0, 0, 8)); // a first round: no previous forecast for any goal
    expect(enn1.atRisk.map((g) => [g.cell, g.goal, g.forecast, g.numeric])).toEqual([
      ["B8", "Nuorisotyö tavoittaa syrjäytymisvaarassa olevat nuoret", NOT_MET, 70],
    ]);
    expect(enn1.validation.errors + enn1.validation.warnings + enn1.validation.infos).toBe(0);
  });

  it("Enn2: counts, themes (the misspelt one on its own), changes from its own round 1 column, goals at risk", () => {
    const enn2 = summary.groups[1];
    // Rows 5–12: met 5,6,8,9,10,11; not met 7; row 12 empty.
    expect(enn2.latest).toEqual(counts(6, 1, 1));
    expect(enn2.shareMet).toBeCloseTo(0.75);
    expect(enn2.byTheme).toEqual({
      [T1]: counts(2, 0),
      [T2]: counts(2, 0),
      [T3]: counts(1, 1),
      [T4]: counts(1, 0),
      "Uudistuvat palvelu": counts(0, 0, 1),
    });
    // T→T rows 5, 6, 9, 10; T→E row 7; E→T rows 8 and 11; row 12 has no latest value.
    expect(enn2.changes).toEqual(changes(4, 1, 2, 0, 0, 1));
    // Its Ennuste 1 column: Toteutuu in rows 5, 6, 7, 9, 10, 12; Ei toteudu in rows 8 and 11.
    expect(enn2.previous).toEqual(counts(6, 2));
    expect(enn2.previousSheet).toBe("Enn2");
    expect(enn2.atRisk.map((g) => [g.cell, g.goal, g.forecast, g.numeric, g.theme])).toEqual([
      ["B7", "Museoiden saavutettavuus paranee", NOT_MET, 60, T3],
      ["B10", "Kulttuuriavustusten hakeminen sujuvoituu", MET, 80, T1],
    ]);
    expect(enn2.atRisk[0].comment).toBe("Riskit: koronarajoitukset jatkuvat syksyyn.");
  });

  it("Enn2 validation: the planted defects, per rule and severity", () => {
    expect(summary.groups[1].validation).toEqual({
      errors: 6,
      warnings: 2,
      infos: 0,
      byRule: {
        "forecast-history-mismatch": { error: 1, warning: 0, info: 0 },
        "forecast-mismatch": { error: 1, warning: 0, info: 0 },
        "invalid-percent": { error: 1, warning: 0, info: 0 },
        "invalid-value": { error: 1, warning: 0, info: 0 },
        "missing-risk-comment": { error: 1, warning: 1, info: 0 },
        "required-value": { error: 1, warning: 0, info: 0 },
        "unknown-theme": { error: 0, warning: 1, info: 0 },
      },
    });
    expect(summary.files).toEqual([
      { file: "kuva-2021-sample.xlsx", valid: false, tables: 2, validation: summary.groups[1].validation },
    ]);
  });

  it("the latest round together is Enn2", () => {
    expect(summary.latestRound.map((g) => [g.year, g.round, g.goals, g.tables])).toEqual([
      [2021, 2, 8, [{ file: "kuva-2021-sample.xlsx", sheet: "Enn2", division: "KUVA" }]],
    ]);
    expect(summary.latestRound[0].latest).toEqual(counts(6, 1, 1));
  });
});
