/**
 * The summary model: what the add-in writes on its summary sheet and what `sitova summarize --format json`
 * prints. Plain JSON data, no classes: the CLI serialises it as it is.
 */
import type { Severity } from "../report";

/** Key of the goals whose theme or division cell is empty. */
export const MISSING_KEY = "missing";

/**
 * Latest forecasts of a set of goals: one count per allowed forecast value (`Toteutuu`, `Ei toteudu`, in the
 * schema's order), then `missing` (empty cell) and `invalid` (anything else, an Excel error included). The
 * counts add up to the number of goals.
 */
export interface ForecastCounts {
  [value: string]: number;
  missing: number;
  invalid: number;
}

/**
 * Previous round → latest round, one count per pair of allowed values (`Toteutuu->Ei toteudu`, …), then
 * `new` (no previous value: no previous round, or its cell is empty or the goal is not in the previous
 * round's sheet) and `unknown` (a previous value exists but it, or the latest one, is not an allowed value).
 * The counts add up to the number of goals.
 */
export type ChangeCounts = Record<string, number>;

/** A goal at risk: latest forecast `Ei toteudu`, or numeric forecast under 100 %. */
export interface AtRiskGoal {
  file: string | null;
  division: string | null;
  sheet: string;
  /** A1 address of the goal cell, for a link to the source row. */
  cell: string;
  row: number;
  /** The theme as grouped in `byTheme`, or null when the cell is empty. */
  theme: string | null;
  /** The goal's title: the first line of its cell. */
  goal: string;
  /** The latest forecast when it is an allowed value, else null. */
  forecast: string | null;
  /** Numeric forecast in percent (0–100) when it is a valid percentage, else null. */
  numeric: number | null;
  /** The comment, trimmed, line breaks kept; null when empty. */
  comment: string | null;
}

/** Validation findings counted by severity and by rule. */
export interface ValidationCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Rule id → counts per severity; only rules with findings, sorted by rule id. */
  byRule: Record<string, Record<Severity, number>>;
}

/** What every group (a table, or the tables of a round together) counts. */
export interface GroupCounts {
  goals: number;
  latest: ForecastCounts;
  /** Goals forecast to be met / goals, 0..1; null when there are no goals. */
  shareMet: number | null;
  /**
   * The same goals' forecasts in the previous round (its column, or its sheet); a goal with none counts as
   * `missing`, so a first round is all `missing`.
   */
  previous: ForecastCounts;
  /** Theme → latest forecast counts, in order of first appearance; empty themes under `missing`, last. */
  byTheme: Record<string, ForecastCounts>;
  changes: ChangeCounts;
  atRisk: AtRiskGoal[];
  validation: ValidationCounts;
}

/** One goal table: a division's sheet for one forecast round. */
export interface TableSummary extends GroupCounts {
  kind: "table";
  division: string | null;
  file: string | null;
  sheet: string;
  year: number | null;
  /** The latest forecast round of the table. */
  round: number | null;
  /** The round the changes are counted from (round - 1), or null when there is none. */
  previousRound: number | null;
  /** Where the previous round was read: this table's own column (its sheet) or another sheet; null when nowhere. */
  previousSheet: string | null;
  headerRow: number;
  /** A1 range of the table, header row included. */
  range: string;
}

export interface TableRef {
  file: string | null;
  sheet: string;
  division: string | null;
}

/** All tables of one year whose round is that year's highest round: the coordinator's current picture. */
/** Its `atRisk` lists the goals by division, in the schema's order of divisions (then table and row). */
export interface LatestRoundSummary extends GroupCounts {
  kind: "latest-round";
  /** Division, file or sheet when all the tables share it, else null. */
  division: string | null;
  file: string | null;
  sheet: string | null;
  year: number | null;
  round: number;
  tables: TableRef[];
  /** Division → latest forecast counts; tables without a division under `missing`, last. */
  byDivision: Record<string, ForecastCounts>;
}

export interface FileSummary {
  file: string | null;
  /** No error findings. */
  valid: boolean;
  /** Goal tables found. */
  tables: number;
  /** All the file's findings, workbook-wide ones (e.g. `table-not-found`) included. */
  validation: ValidationCounts;
}

/** What the forecast count keys mean: the schema's values for "will be met" and "will not be met". */
export interface ForecastValues {
  met: string;
  notMet: string;
}

/** Latest forecasts of a set of goals with their meanings spelt out (the board's numbers). */
export interface ForecastTally {
  goals: number;
  /** Goals forecast `Toteutuu` (the schema's met value). */
  met: number;
  /** Goals forecast `Ei toteudu` (the schema's not-met value). */
  notMet: number;
  /** Goals whose latest forecast cell is empty. */
  missing: number;
  /** Goals whose latest forecast is not an allowed value. */
  invalid: number;
  /** met / goals, 0..1; null when there are no goals. */
  shareMet: number | null;
}

/** A goal table a row was counted from. */
export interface SourceRef {
  /** The file as given (a path on the command line); sheets name it without folders. */
  file: string | null;
  sheet: string;
}

/**
 * One division in a year's latest round: the tables of that round that name the division, together. Tables
 * that name no division get one row per file (division null), so that nothing is merged by accident.
 */
export interface DivisionRow extends ForecastTally {
  year: number | null;
  round: number;
  division: string | null;
  /** The round the changes are counted from, when all the division's tables have the same one; else null. */
  previousRound: number | null;
  /** Previous round → latest round, as `ChangeCounts`. */
  changes: ChangeCounts;
  sources: SourceRef[];
}

/** The city: all division rows of a year's latest round together. */
export interface CityTotal extends ForecastTally {
  year: number | null;
  round: number;
  /** How many divisions (codes) the total covers; rows without a division are counted in the goals only. */
  divisions: number;
}

/** The summary of one workbook, or of several together (`combineSummaries`). */
export interface WorkbookSummary {
  schemaVersion: string;
  /** The forecast values that mean met and not met (the count keys), from the schema. */
  forecastValues: ForecastValues;
  files: FileSummary[];
  /** One per goal table, files in the given order, tables in sheet order. */
  groups: TableSummary[];
  /** One per year (ascending, unknown year last). */
  latestRound: LatestRoundSummary[];
  /**
   * Per year (as `latestRound`), one row per division of that year's latest round, in the schema's order of
   * divisions (rows without a division last, in file order).
   */
  divisions: DivisionRow[];
  /** Per year (as `latestRound`), the city total of its division rows. */
  cityTotal: CityTotal[];
  validation: ValidationCounts;
}
