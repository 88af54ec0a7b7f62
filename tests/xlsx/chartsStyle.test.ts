/**
 * The summary charts' style and specs (src/domain/summary/chartStyle.ts): colours that keep their meaning for
 * colour-blind readers and in greyscale print, whole-number count axes, and which block each chart reads.
 */
import type { DivisionRow, ForecastCounts, LatestRoundSummary, WorkbookSummary } from "../../src/domain";
import { summaryLabels } from "../../src/domain";
import type { ForecastMeaning } from "../../src/domain/summary/chartStyle";
import {
  FORECAST_COLOURS,
  countAxisStep,
  divisionTable,
  forecastMeaning,
  roundChartSections,
} from "../../src/domain/summary/chartStyle";

// ---- colour science, written out here so that the test does not trust the code under test -------------

type Rgb = [number, number, number];

function linear(hex: string): Rgb {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(2), channel(4)];
}

/** CIELAB (D65) of a linear sRGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * Dichromat simulation matrices on linear RGB, severity 1.0: Machado, Oliveira & Fernandes, "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009.
 */
const DICHROMACY: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Rgb, matrix: number[][]): Rgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return matrix.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb;
}

function luminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const MEANINGS = Object.keys(FORECAST_COLOURS) as ForecastMeaning[];
const pairs = MEANINGS.flatMap((a, i) => MEANINGS.slice(i + 1).map((b) => [a, b] as const));

describe("the forecast colours", () => {
  it.each(pairs)("%s and %s differ in greyscale print by at least 18 L*", (a, b) => {
    const lightness = (m: ForecastMeaning) => lab(linear(FORECAST_COLOURS[m].fill))[0];
    expect(Math.abs(lightness(a) - lightness(b))).toBeGreaterThanOrEqual(18);
  });

  it.each(Object.keys(DICHROMACY))("stay apart for %s (CIELAB ΔE ≥ 20 for every pair)", (kind) => {
    for (const [a, b] of pairs) {
      const seen = (m: ForecastMeaning) => lab(simulate(linear(FORECAST_COLOURS[m].fill), DICHROMACY[kind]));
      expect({ pair: `${a}/${b}`, far: distance(seen(a), seen(b)) >= 20 }).toEqual({
        pair: `${a}/${b}`,
        far: true,
      });
    }
  });

  it.each(MEANINGS)("%s: data labels have a contrast of at least 4.5:1 on the fill (WCAG 2.1)", (meaning) => {
    const { fill, label } = FORECAST_COLOURS[meaning];
    const [light, dark] = [luminance(fill), luminance(label)].sort((x, y) => y - x);
    expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it("met is the darkest and missing the lightest, so a printed bar reads dark = met", () => {
    const order = [...MEANINGS].sort(
      (a, b) => luminance(FORECAST_COLOURS[a].fill) - luminance(FORECAST_COLOURS[b].fill),
    );
    expect(order).toEqual(["met", "notMet", "invalid", "missing"]);
  });

  it("maps count keys to meanings by the schema's declared met and not-met values, not by their order", () => {
    const values = { met: "Toteutuu", notMet: "Ei toteudu" };
    expect(
      ["Ei toteudu", "Toteutuu", "missing", "invalid"].map((key) => forecastMeaning(key, values)),
    ).toEqual(["notMet", "met", "missing", "invalid"]);
    // A schema in English whose list starts with the not-met value.
    const english = { met: "Will be met", notMet: "Will not be met" };
    expect(["Will not be met", "Will be met"].map((key) => forecastMeaning(key, english))).toEqual([
      "notMet",
      "met",
    ]);
  });
});

describe("count axes", () => {
  it.each([
    [0, 1],
    [1, 1],
    [8, 1],
    [9, 2],
    [16, 2],
    [17, 5],
    [40, 5],
    [41, 10],
    [80, 10],
    [81, 20],
    [200, 50],
    [1234, 200],
  ])("the largest bar %d gets a whole step of %d (at most eight gridlines)", (max, step) => {
    expect(countAxisStep(max)).toBe(step);
    expect(Number.isInteger(countAxisStep(max))).toBe(true);
  });
});

// ---- the specs ------------------------------------------------------------------------------------------

function counts(met: number, notMet: number, missing = 0, invalid = 0): ForecastCounts {
  return { Toteutuu: met, "Ei toteudu": notMet, missing, invalid };
}

/** Two divisions and a table without one; three themes; round 2 of 2023. Totals worked out by hand. */
function round(overrides: Partial<LatestRoundSummary> = {}): LatestRoundSummary {
  return {
    kind: "latest-round",
    division: null,
    file: null,
    sheet: null,
    year: 2023,
    round: 2,
    tables: [],
    goals: 12,
    latest: counts(7, 3, 1, 1),
    shareMet: 7 / 12,
    previous: counts(8, 1, 3, 0),
    byTheme: {
      "Kunnianhimoista ilmastovastuuta ja luonnonsuojelua": counts(3, 1),
      "Toimiva ja kaunis kaupunki": counts(4, 2, 0, 1),
      missing: counts(0, 0, 1),
    },
    byDivision: { KYMP: counts(5, 2, 0, 1), SOTEPE: counts(2, 0, 1), missing: counts(0, 1) },
    changes: {},
    atRisk: [],
    validation: { errors: 0, warnings: 0, infos: 0, byRule: {} },
    ...overrides,
  };
}

function division(
  division: string | null,
  file: string,
  [met, notMet, missing, invalid]: [number, number, number, number],
): DivisionRow {
  const goals = met + notMet + missing + invalid;
  return {
    year: 2023,
    round: 2,
    division,
    goals,
    met,
    notMet,
    missing,
    invalid,
    shareMet: met / goals,
    previousRound: 1,
    changes: {},
    sources: [{ file, sheet: "Enn2" }],
  };
}

/** The round inside a summary, with its division rows and city total (worked out by hand from `round()`). */
function summaryOf(
  latest: LatestRoundSummary,
  values = { met: "Toteutuu", notMet: "Ei toteudu" },
): WorkbookSummary {
  return {
    schemaVersion: "test",
    forecastValues: values,
    files: [],
    groups: [],
    latestRound: [latest],
    divisions: [
      division("KYMP", "/data/kymp-2023.xlsx", [5, 2, 0, 1]),
      division("SOTEPE", "sotepe-2023.xlsx", [2, 0, 1, 0]),
      division(null, "C:\\ennusteet\\liite.xlsx", [0, 1, 0, 0]),
    ],
    cityTotal: [
      {
        year: 2023,
        round: latest.round,
        divisions: 2,
        goals: 12,
        met: 7,
        notMet: 3,
        missing: 1,
        invalid: 1,
        shareMet: 7 / 12,
      },
    ],
    validation: { errors: 0, warnings: 0, infos: 0, byRule: {} },
  };
}

function sectionsOf(latest: LatestRoundSummary, lang: "fi" | "sv" | "en" = "fi") {
  const summary = summaryOf(latest);
  return roundChartSections(summary, summary.latestRound[0], summaryLabels(lang), lang);
}

describe("roundChartSections", () => {
  const labels = summaryLabels("fi");

  it("per division: a row per division named with its sources, a total row the charts leave out, the share met", () => {
    const summary = summaryOf(round());
    const table = divisionTable(
      summary.divisions,
      summary.cityTotal[0],
      summary.forecastValues,
      labels,
      "fi",
    );
    expect(table.columns.map((c) => c.header)).toEqual([
      "Toimiala",
      "Lähde",
      "Tavoitteita",
      "Toteutuu",
      "Ei toteudu",
      "Puuttuu",
      "Virheellinen",
      "Toteutuu-osuus",
    ]);
    expect(table.rows).toEqual([
      ["KYMP", "kymp-2023.xlsx: Enn2", 8, 5, 2, 0, 1, 5 / 8],
      ["SOTEPE", "sotepe-2023.xlsx: Enn2", 3, 2, 0, 1, 0, 2 / 3],
      ["(ei toimialaa) liite.xlsx", "liite.xlsx: Enn2", 1, 0, 1, 0, 0, 0],
      ["Kaupunki yhteensä", null, 12, 7, 3, 1, 1, 7 / 12],
    ]);
    const [divisions] = sectionsOf(round());
    expect(divisions.charts.map((c) => [c.id, c.rows, c.series.map((s) => s.index)])).toEqual([
      ["divisions", 3, [3, 4, 5, 6]],
      ["shareMet", 3, [7]],
    ]);
    expect(divisions.charts[0].series.map((s) => s.colour)).toEqual([
      FORECAST_COLOURS.met,
      FORECAST_COLOURS.notMet,
      FORECAST_COLOURS.missing,
      FORECAST_COLOURS.invalid,
    ]);
    // The largest division has 8 goals: whole steps of 1; the share axis runs 0 %–100 %.
    expect(divisions.charts[0].valueAxis).toEqual({ format: "0", min: 0, majorUnit: 1 });
    expect(divisions.charts[1].valueAxis).toMatchObject({ format: "0 %", min: 0, max: 1 });
  });

  it("per theme with full names, and the previous against the latest round by forecast value", () => {
    const [, themes, rounds] = sectionsOf(round());
    expect(themes.table.rows.map((r) => r[0])).toEqual([
      "Kunnianhimoista ilmastovastuuta ja luonnonsuojelua",
      "Toimiva ja kaunis kaupunki",
      "(ei teemaa)",
    ]);
    expect(themes.charts[0]).toMatchObject({ id: "themes", grouping: "stacked", direction: "bar", rows: 3 });
    expect(themes.charts[0].title).toBe("Viimeisimmät ennusteet teemoittain (kierros 2/2023)");
    expect(rounds.table.rows).toEqual([
      ["Toteutuu", 8, 7],
      ["Ei toteudu", 1, 3],
      ["Puuttuu", 3, 1],
      ["Virheellinen", 0, 1],
    ]);
    expect(rounds.charts[0]).toMatchObject({
      id: "rounds",
      seriesBy: "rows",
      grouping: "clustered",
      direction: "column",
    });
    expect(rounds.charts[0].series.map((s) => s.colour.fill)).toEqual(
      (["met", "notMet", "missing", "invalid"] as const).map((m) => FORECAST_COLOURS[m].fill),
    );
  });

  it("colours the themes and rounds charts by the schema's met value even when not met comes first", () => {
    const notMetFirst = round({
      latest: { "Ei toteudu": 3, Toteutuu: 7, missing: 1, invalid: 1 },
      previous: { "Ei toteudu": 1, Toteutuu: 8, missing: 3, invalid: 0 },
      byTheme: { "Toimiva ja kaunis kaupunki": { "Ei toteudu": 3, Toteutuu: 7, missing: 1, invalid: 1 } },
    });
    const [, themes, rounds] = sectionsOf(notMetFirst);
    expect(themes.table.columns.slice(1).map((c) => c.header)).toEqual([
      "Ei toteudu",
      "Toteutuu",
      "Puuttuu",
      "Virheellinen",
    ]);
    const fills = (["notMet", "met", "missing", "invalid"] as const).map((m) => FORECAST_COLOURS[m].fill);
    expect(themes.charts[0].series.map((s) => s.colour.fill)).toEqual(fills);
    expect(rounds.charts[0].series.map((s) => s.colour.fill)).toEqual(fills);
  });

  it("a first round has no previous round to compare: no rounds chart", () => {
    const sections = sectionsOf(round({ round: 1 }));
    expect(sections.flatMap((s) => s.charts.map((c) => c.id))).toEqual(["divisions", "shareMet", "themes"]);
  });

  it("a bar chart grows with its categories so that long names have room to wrap", () => {
    const many = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`Teema ${i}`, counts(1, 0)]));
    const [, few] = sectionsOf(round());
    const [, lots] = sectionsOf(round({ byTheme: many }));
    expect(lots.charts[0].height).toBeGreaterThan(few.charts[0].height + 9 * 40);
  });

  it.each([
    [
      "sv",
      "Prognoser per sektor (omgång 2/2023)",
      "Andel som uppnås per sektor (omgång 2/2023)",
      "Staden totalt",
    ],
    [
      "en",
      "Forecasts by division (round 2/2023)",
      "Share forecast met by division (round 2/2023)",
      "City total",
    ],
  ] as const)("titles and labels in %s", (lang, divisionsTitle, shareTitle, total) => {
    const [divisions] = sectionsOf(round(), lang);
    expect(divisions.charts.map((c) => c.title)).toEqual([divisionsTitle, shareTitle]);
    expect(divisions.table.rows[divisions.table.rows.length - 1][0]).toBe(total);
  });
});
