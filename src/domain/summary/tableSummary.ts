/** The summary of one goal table. */
import type { Finding } from "../report";
import type { CompiledSchema } from "../schema/compile";
import type { GoalRow } from "../table";
import { forecastField, latestRound } from "../table";
import type { GoalReading, ListReading } from "../goal";
import { readListValue } from "../goal";
import type { AnalyzedTable } from "../analysis";
import { cellText, collapseSpace } from "../normalize";
import { cellAddress } from "../snapshot";
import type { AtRiskGoal, ForecastCounts, TableSummary } from "./model";
import { MISSING_KEY } from "./model";
import {
  NEW,
  UNKNOWN,
  changeKey,
  emptyChangeCounts,
  emptyForecastCounts,
  missingLast,
  shareMet,
  validationCounts,
} from "./counts";
import type { PreviousSource } from "./previous";
import { previousSource } from "./previous";
import { ThemeLabeller } from "./theme";

export interface TableContext {
  schema: CompiledSchema;
  /** All tables of the workbook: a table without its previous round's column reads it from another. */
  tables: readonly AnalyzedTable[];
  file: string | null;
  division: string | null;
  /** The workbook's findings; those on this table's sheet are counted. */
  findings: readonly Finding[];
}

/** The counts key of a forecast reading: the allowed value, `missing` or `invalid`. */
function forecastKey(reading: ListReading): string {
  if (reading.kind === "ok") return reading.value;
  return reading.kind === "empty" ? MISSING_KEY : "invalid";
}

function changeOf(previous: ListReading | null, latest: ListReading): string {
  if (previous === null || previous.kind === "empty") return NEW;
  if (previous.kind === "ok" && latest.kind === "ok") return changeKey(previous.value, latest.value);
  return UNKNOWN;
}

/** The goal's title: the first non-blank line of its cell, white space collapsed by the engine's rules. */
function goalTitle(row: GoalRow): string {
  const cell = row.cells.goal;
  if (!cell || cell.error) return "";
  const lines = cellText(cell.value).split(/\r\n|\r|\n|\u2028|\u2029/);
  return collapseSpace(lines.find((line) => collapseSpace(line) !== "") ?? "");
}

function commentOf(row: GoalRow): string | null {
  const cell = row.cells.comments;
  if (!cell || cell.empty || cell.error) return null;
  return cellText(cell.value).replace(/\r\n?/g, "\n").trim();
}

function atRiskGoal(
  context: TableContext,
  table: AnalyzedTable,
  status: GoalReading,
  theme: string | null,
): AtRiskGoal {
  const { row } = status;
  const goalCell = row.cells.goal;
  return {
    file: context.file,
    division: context.division,
    sheet: table.sheet,
    // A table without a goal column still has rows; point at the row's first cell then.
    cell: goalCell?.address ?? cellAddress(row.row, table.firstColumn),
    row: row.row,
    theme,
    goal: goalTitle(row),
    forecast: status.latest,
    numeric: status.numeric,
    comment: commentOf(row),
  };
}

interface RowTally {
  latest: ForecastCounts;
  previous: ForecastCounts;
  byTheme: Record<string, ForecastCounts>;
  changes: Record<string, number>;
  atRisk: AtRiskGoal[];
}

function tallyRows(context: TableContext, table: AnalyzedTable, previous: PreviousSource | null): RowTally {
  const { schema } = context;
  const round = latestRound(table);
  const list = schema.forecastList;
  const themes = new ThemeLabeller(schema, table.year);
  const tally: RowTally = {
    latest: emptyForecastCounts(schema),
    previous: emptyForecastCounts(schema),
    byTheme: {},
    changes: emptyChangeCounts(schema),
    atRisk: [],
  };
  for (const goal of table.goals) {
    const { row } = goal;
    const latest = readListValue(round === null ? undefined : row.cells[forecastField(round)], list);
    const key = forecastKey(latest);
    const theme = themes.label(row.cells.theme);
    const themeCounts = (tally.byTheme[theme ?? MISSING_KEY] ??= emptyForecastCounts(schema));
    tally.latest[key]++;
    themeCounts[key]++;
    const before = previous ? previous.read(row) : null;
    tally.previous[before ? forecastKey(before) : MISSING_KEY]++;
    tally.changes[changeOf(before, latest)]++;
    if (goal.atRisk) tally.atRisk.push(atRiskGoal(context, table, goal, theme));
  }
  tally.byTheme = missingLast(tally.byTheme);
  return tally;
}

export function summarizeTable(context: TableContext, table: AnalyzedTable): TableSummary {
  const previous = previousSource(context.schema, table, context.tables);
  const tally = tallyRows(context, table, previous);
  const goals = table.rows.length;
  return {
    kind: "table",
    division: context.division,
    file: context.file,
    sheet: table.sheet,
    year: table.year,
    round: latestRound(table),
    previousRound: previous?.round ?? null,
    previousSheet: previous?.sheet ?? null,
    headerRow: table.headerRow,
    range: table.info.range,
    goals,
    latest: tally.latest,
    previous: tally.previous,
    shareMet: shareMet(tally.latest, goals, context.schema.met),
    byTheme: tally.byTheme,
    changes: tally.changes,
    atRisk: tally.atRisk,
    validation: validationCounts(context.findings.filter((f) => f.sheet === table.sheet)),
  };
}
