/**
 * The summary's charts as data, for every writer (the command line's DrawingML parts today, the add-in's
 * Office.js charts next): which block of cells each chart is drawn from, its type, series, colours, axis and
 * title in fi / sv / en. Pure: no Office, no XML.
 *
 * Colours mean the same in every chart: met, not met, missing and invalid each have one colour. They are
 * based on Okabe & Ito's palette for colour-blind readers ("Color Universal Design", 2002) and spread in
 * lightness, so that the four also differ in greyscale print (tests/xlsx/chartsStyle.test.ts checks both).
 */
import type { Lang } from "../i18n";
import type {
  CityTotal,
  DivisionRow,
  ForecastTally,
  ForecastValues,
  LatestRoundSummary,
  WorkbookSummary,
} from "./model";
import { MISSING_KEY } from "./model";
import type { SummaryLabels, SummarySheetTable, SummaryValue } from "./layout";
import {
  SUMMARY_FORMATS,
  countLabel,
  divisionName,
  divisionSources,
  previousRoundOf,
  roundCompareTable,
  roundName,
  roundThemeTable,
} from "./layout";

/** What a count of latest forecasts means, for its colour. */
export type ForecastMeaning = "met" | "notMet" | "missing" | "invalid";

export interface ChartColour {
  /** Fill, `RRGGBB`. */
  fill: string;
  /** Data label text on that fill, `RRGGBB`: white on the dark fills, black on the light ones. */
  label: string;
}

/**
 * One colour per meaning. Met: Okabe-Ito's bluish green, darkened; not met: their vermillion; invalid: their
 * sky blue, lightened (a value outside the list: neither good nor bad news, but not nothing); missing: a
 * light grey (nothing was reported). Their greyscale lightness runs dark → light in that order (CIELAB L*
 * about 34, 54, 74, 94: steps of about 20), and each label colour has a contrast of at least 4.5:1 on its
 * fill (WCAG 2.1, 1.4.3).
 */
export const FORECAST_COLOURS: Record<ForecastMeaning, ChartColour> = {
  met: { fill: "005C44", label: "FFFFFF" },
  notMet: { fill: "D55E00", label: "000000" },
  invalid: { fill: "74C0EC", label: "000000" },
  missing: { fill: "EDEDED", label: "000000" },
};

/** The outline of every bar: keeps the light grey "missing" visible on white paper. */
export const BAR_OUTLINE = "595959";

/**
 * A forecast count key's meaning, from the schema's declared met and not-met values (never from the keys'
 * order: a schema may list `Ei toteudu` first). Another allowed value, should a schema add one, is neither
 * good nor bad news and shares the colour of `invalid`.
 */
export function forecastMeaning(key: string, values: ForecastValues): ForecastMeaning {
  if (key === values.met) return "met";
  if (key === values.notMet) return "notMet";
  return key === MISSING_KEY ? "missing" : "invalid";
}

/** Horizontal bars (long category names read best) or vertical columns. */
export type ChartDirection = "bar" | "column";
export type ChartGrouping = "stacked" | "clustered";

export interface ChartSeries {
  /** Column (0-based) of the block holding the series' name (header row) and values, or row when series run by rows. */
  index: number;
  colour: ChartColour;
}

export interface ValueAxis {
  format: string;
  min: number;
  max?: number;
  majorUnit: number;
}

export interface SummaryChart {
  id: "divisions" | "shareMet" | "themes" | "rounds";
  title: string;
  direction: ChartDirection;
  grouping: ChartGrouping;
  /**
   * `columns`: categories are the block's first column, each series one column (name in the header row).
   * `rows`: categories are the header row's cells right of the first column, each series one row (name in
   * the first column).
   */
  seriesBy: "columns" | "rows";
  /** Rows of the block the chart reads (0-based, header excluded): a total row is left out. */
  rows: number;
  series: ChartSeries[];
  valueAxis: ValueAxis;
  /** The number format of the data labels; zeros are left unlabelled. */
  labelFormat: string;
  legend: boolean;
  /** Size in pixels; the height grows with the categories so that long names wrap instead of being cut. */
  width: number;
  height: number;
}

/** A block of cells on the summary sheet and the charts drawn from it. */
export interface ChartSection {
  table: SummarySheetTable;
  charts: SummaryChart[];
}

const CHART_TEXT: Record<Lang, { divisionTitle: string; divisionChart: string; shareChart: string }> = {
  fi: {
    divisionTitle: "Viimeisimmät ennusteet toimialoittain",
    divisionChart: "Ennusteet toimialoittain (kierros {round})",
    shareChart: "Toteutuu-osuus toimialoittain (kierros {round})",
  },
  sv: {
    divisionTitle: "Senaste prognoser per sektor",
    divisionChart: "Prognoser per sektor (omgång {round})",
    shareChart: "Andel som uppnås per sektor (omgång {round})",
  },
  en: {
    divisionTitle: "Latest forecasts per division",
    divisionChart: "Forecasts by division (round {round})",
    shareChart: "Share forecast met by division (round {round})",
  },
};

/** Data labels: a count, blank when zero (a stacked bar's empty segment would otherwise print "0"). */
const COUNT_LABEL_FORMAT = "0;-0;;@";

/**
 * A whole-number step for a count axis whose largest bar is `max`: 1, 2, 5, 10, 20, 50 … so that the axis has
 * at most about eight gridlines and never a fractional tick (Excel's automatic unit gives 0.5 for small counts).
 */
export function countAxisStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10)
    for (const step of [1, 2, 5]) if (max / (step * magnitude) <= 8) return step * magnitude;
}

function countAxis(max: number): ValueAxis {
  return { format: SUMMARY_FORMATS.count, min: 0, majorUnit: countAxisStep(max) };
}

const SHARE_AXIS: ValueAxis = { format: SUMMARY_FORMATS.percent, min: 0, max: 1, majorUnit: 0.25 };

/** Pixels per category of a bar chart: room for a wrapped name of two to three lines. */
const BAR_ROW_PIXELS = 46;
const CHART_FRAME_PIXELS = 130;

function barHeight(categories: number): number {
  return Math.max(260, CHART_FRAME_PIXELS + BAR_ROW_PIXELS * categories);
}

/** Series of the count columns `first`… of a block, coloured by meaning. */
function countSeries(keys: readonly string[], first: number, values: ForecastValues): ChartSeries[] {
  return keys.map((key, i) => ({ index: first + i, colour: FORECAST_COLOURS[forecastMeaning(key, values)] }));
}

/** The four meanings in the order of the divisions table's count columns and of the stacked bars. */
const TALLY_MEANINGS = ["met", "notMet", "missing", "invalid"] as const;

/** First count column of the divisions table: after the division, its sources and the goals. */
const DIVISION_COUNTS_COLUMN = 3;

/**
 * A year's latest round per division: division, its sources (file: sheet), goals, `Toteutuu`, `Ei toteudu`,
 * missing, invalid, share met; then the city total row (left out of the charts).
 */
export function divisionTable(
  rows: readonly DivisionRow[],
  total: CityTotal,
  values: ForecastValues,
  labels: SummaryLabels,
  lang: Lang,
): SummarySheetTable {
  const counts = (tally: ForecastTally): SummaryValue[] => [
    tally.goals,
    ...TALLY_MEANINGS.map((meaning) => tally[meaning]),
    tally.shareMet,
  ];
  const headers: Record<(typeof TALLY_MEANINGS)[number], string> = {
    met: values.met,
    notMet: values.notMet,
    missing: countLabel(MISSING_KEY, labels),
    invalid: countLabel("invalid", labels),
  };
  return {
    title: CHART_TEXT[lang].divisionTitle,
    columns: [
      { header: labels.division, kind: "text", wrap: true },
      { header: labels.source, kind: "text", wrap: true },
      { header: labels.goals, kind: "count" },
      ...TALLY_MEANINGS.map((meaning) => ({ header: headers[meaning], kind: "count" as const })),
      { header: labels.shareMet, kind: "percent" },
    ],
    rows: [
      ...rows.map((row) => [divisionName(row, labels), divisionSources(row), ...counts(row)]),
      [labels.cityTotal, null, ...counts(total)],
    ],
  };
}

function largestSum(rows: readonly SummaryValue[][], from: number, to: number): number {
  return Math.max(
    0,
    ...rows.map((r) => r.slice(from, to).reduce<number>((a, v) => a + (typeof v === "number" ? v : 0), 0)),
  );
}

function largest(rows: readonly SummaryValue[][], from: number, to: number): number {
  return Math.max(0, ...rows.flatMap((r) => r.slice(from, to).map((v) => (typeof v === "number" ? v : 0))));
}

/**
 * The charts of one year's latest round (`round`, one of `summary.latestRound`), with the blocks they are drawn
 * from: forecasts by division (stacked bars) and the share met by division, with the city total row; forecasts
 * by theme (stacked bars, full names); the previous and the latest round (clustered columns, one colour per
 * forecast value), when there is a previous round.
 */
export function roundChartSections(
  summary: WorkbookSummary,
  round: LatestRoundSummary,
  labels: SummaryLabels,
  lang: Lang,
): ChartSection[] {
  const text = CHART_TEXT[lang];
  const name = roundName(round);
  const values = summary.forecastValues;
  const keys = Object.keys(round.latest);
  const sections: ChartSection[] = [];

  const rows = summary.divisions.filter((r) => r.year === round.year && r.round === round.round);
  const total = summary.cityTotal.find((t) => t.year === round.year && t.round === round.round)!;
  const divisions = divisionTable(rows, total, values, labels, lang);
  const first = DIVISION_COUNTS_COLUMN;
  sections.push({
    table: divisions,
    charts: [
      {
        id: "divisions",
        title: text.divisionChart.replace("{round}", name),
        direction: "bar",
        grouping: "stacked",
        seriesBy: "columns",
        rows: rows.length,
        series: TALLY_MEANINGS.map((meaning, i) => ({ index: first + i, colour: FORECAST_COLOURS[meaning] })),
        valueAxis: countAxis(
          largestSum(divisions.rows.slice(0, rows.length), first, first + TALLY_MEANINGS.length),
        ),
        labelFormat: COUNT_LABEL_FORMAT,
        legend: true,
        width: 560,
        height: barHeight(rows.length),
      },
      {
        id: "shareMet",
        title: text.shareChart.replace("{round}", name),
        direction: "bar",
        grouping: "clustered",
        seriesBy: "columns",
        rows: rows.length,
        series: [{ index: first + TALLY_MEANINGS.length, colour: FORECAST_COLOURS.met }],
        valueAxis: SHARE_AXIS,
        labelFormat: SUMMARY_FORMATS.percent,
        legend: false,
        width: 440,
        height: barHeight(rows.length),
      },
    ],
  });

  const themes = roundThemeTable(round, labels);
  if (themes.rows.length > 0)
    sections.push({
      table: themes,
      charts: [
        {
          id: "themes",
          title: labels.themeChart(name),
          direction: "bar",
          grouping: "stacked",
          seriesBy: "columns",
          rows: themes.rows.length,
          series: countSeries(keys, 1, values),
          valueAxis: countAxis(largestSum(themes.rows, 1, 1 + keys.length)),
          labelFormat: COUNT_LABEL_FORMAT,
          legend: true,
          width: 1016,
          height: barHeight(themes.rows.length),
        },
      ],
    });

  const compare = roundCompareTable(round, labels);
  if (compare)
    sections.push({
      table: compare,
      charts: [
        {
          id: "rounds",
          title: labels.changesChart(previousRoundOf(round), round.round),
          direction: "column",
          grouping: "clustered",
          seriesBy: "rows",
          rows: compare.rows.length,
          series: compare.rows.map((_, i) => ({
            index: i,
            colour: FORECAST_COLOURS[forecastMeaning(keys[i], values)],
          })),
          valueAxis: countAxis(largest(compare.rows, 1, 3)),
          labelFormat: COUNT_LABEL_FORMAT,
          legend: true,
          width: 560,
          height: 320,
        },
      ],
    });
  return sections;
}
