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
import type { ForecastCounts, LatestRoundSummary } from "./model";
import { MISSING_KEY } from "./model";
import type { SummaryLabels, SummarySheetTable, SummaryValue } from "./layout";
import {
  SUMMARY_FORMATS,
  countLabel,
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

/** A forecast count key's meaning: counts hold the schema's met value, its not-met value, `missing`, `invalid`. */
export function forecastMeaning(key: string, index: number): ForecastMeaning {
  if (key === MISSING_KEY) return "missing";
  if (key === "invalid") return "invalid";
  return index === 0 ? "met" : "notMet";
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

const CHART_TEXT: Record<
  Lang,
  { divisionTitle: string; total: string; noDivision: string; divisionChart: string; shareChart: string }
> = {
  fi: {
    divisionTitle: "Viimeisimmät ennusteet toimialoittain",
    total: "Yhteensä",
    noDivision: "(ei toimialaa)",
    divisionChart: "Ennusteet toimialoittain (kierros {round})",
    shareChart: "Toteutuu-osuus toimialoittain (kierros {round})",
  },
  sv: {
    divisionTitle: "Senaste prognoser per sektor",
    total: "Totalt",
    noDivision: "(ingen sektor)",
    divisionChart: "Prognoser per sektor (omgång {round})",
    shareChart: "Andel som uppnås per sektor (omgång {round})",
  },
  en: {
    divisionTitle: "Latest forecasts per division",
    total: "Total",
    noDivision: "(no division)",
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

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Series of the count columns `first`… of a block, coloured by meaning. */
function countSeries(keys: readonly string[], first: number): ChartSeries[] {
  return keys.map((key, i) => ({ index: first + i, colour: FORECAST_COLOURS[forecastMeaning(key, i)] }));
}

/**
 * The latest forecasts of a round per division: division, goals, one column per forecast value, share met;
 * then a total row (left out of the charts).
 */
export function divisionTable(
  round: LatestRoundSummary,
  labels: SummaryLabels,
  lang: Lang,
): SummarySheetTable {
  const text = CHART_TEXT[lang];
  const keys = Object.keys(round.latest);
  const row = (name: string, counts: ForecastCounts): SummaryValue[] => {
    const goals = sum(counts);
    return [
      name,
      goals,
      ...keys.map((key) => counts[key] ?? 0),
      goals === 0 ? null : (counts[keys[0]] ?? 0) / goals,
    ];
  };
  return {
    title: text.divisionTitle,
    columns: [
      { header: labels.division, kind: "text", wrap: true },
      { header: labels.goals, kind: "count" },
      ...keys.map((key) => ({ header: countLabel(key, labels), kind: "count" as const })),
      { header: labels.shareMet, kind: "percent" },
    ],
    rows: [
      ...Object.entries(round.byDivision).map(([division, counts]) =>
        row(division === MISSING_KEY ? text.noDivision : division, counts),
      ),
      row(text.total, round.latest),
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
 * The charts of one latest round, with the blocks they are drawn from: forecasts by division (stacked bars)
 * and the share met by division; forecasts by theme (stacked bars, full names); the previous and the latest
 * round (clustered columns, one colour per forecast value), when there is a previous round.
 */
export function roundChartSections(
  round: LatestRoundSummary,
  labels: SummaryLabels,
  lang: Lang,
): ChartSection[] {
  const text = CHART_TEXT[lang];
  const name = roundName(round);
  const keys = Object.keys(round.latest);
  const sections: ChartSection[] = [];

  const divisions = divisionTable(round, labels, lang);
  const divisionRows = divisions.rows.length - 1;
  sections.push({
    table: divisions,
    charts: [
      {
        id: "divisions",
        title: text.divisionChart.replace("{round}", name),
        direction: "bar",
        grouping: "stacked",
        seriesBy: "columns",
        rows: divisionRows,
        series: countSeries(keys, 2),
        valueAxis: countAxis(largestSum(divisions.rows.slice(0, divisionRows), 2, 2 + keys.length)),
        labelFormat: COUNT_LABEL_FORMAT,
        legend: true,
        width: 560,
        height: barHeight(divisionRows),
      },
      {
        id: "shareMet",
        title: text.shareChart.replace("{round}", name),
        direction: "bar",
        grouping: "clustered",
        seriesBy: "columns",
        rows: divisionRows,
        series: [{ index: 2 + keys.length, colour: FORECAST_COLOURS.met }],
        valueAxis: SHARE_AXIS,
        labelFormat: SUMMARY_FORMATS.percent,
        legend: false,
        width: 440,
        height: barHeight(divisionRows),
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
          series: countSeries(keys, 1),
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
            colour: FORECAST_COLOURS[forecastMeaning(keys[i], i)],
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
