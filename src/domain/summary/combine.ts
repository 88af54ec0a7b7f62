/** Summaries of several tables and workbooks together: the latest round of each year, per division and city-wide. */
import type {
  CityTotal,
  DivisionRow,
  ForecastCounts,
  ForecastTally,
  LatestRoundSummary,
  TableSummary,
  WorkbookSummary,
} from "./model";
import { MISSING_KEY } from "./model";
import type { CompiledSchema } from "../schema/compile";
import {
  addCounts,
  addValidationCounts,
  emptyValidationCounts,
  mergeLabelled,
  sumGroups,
  zeroed,
} from "./counts";

/** The value every item shares, or null when they differ. */
function common<T>(values: readonly T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function byDivision(tables: readonly TableSummary[]): Record<string, ForecastCounts> {
  let counts: Record<string, ForecastCounts> = {};
  for (const table of tables)
    counts = mergeLabelled(counts, { [table.division ?? MISSING_KEY]: table.latest });
  return counts;
}

function latestRoundOf(
  year: number | null,
  tables: readonly TableSummary[],
  schema: CompiledSchema,
): LatestRoundSummary | null {
  const rounds = tables.map((t) => t.round).filter((r): r is number => r !== null);
  if (rounds.length === 0) return null;
  const round = Math.max(...rounds);
  const members = tables.filter((t) => t.round === round);
  const sum = sumGroups(members, schema.met);
  return {
    kind: "latest-round",
    division: common(members.map((t) => t.division)),
    file: common(members.map((t) => t.file)),
    sheet: common(members.map((t) => t.sheet)),
    year,
    round,
    ...sum,
    // The board reads the goals by division; a stable sort keeps each division's tables and rows in order.
    atRisk: [...sum.atRisk].sort((a, b) => schema.compareDivisions(a.division, b.division)),
    byDivision: byDivision(members),
    tables: members.map(({ file, sheet, division }) => ({ file, sheet, division })),
  };
}

/** Per year (ascending, unknown year last): all tables whose round is that year's highest. */
export function latestRoundGroups(
  tables: readonly TableSummary[],
  schema: CompiledSchema,
): LatestRoundSummary[] {
  const byYear = new Map<number | null, TableSummary[]>();
  for (const table of tables) byYear.set(table.year, [...(byYear.get(table.year) ?? []), table]);
  const years = [...byYear.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return years
    .map((year) => latestRoundOf(year, byYear.get(year)!, schema))
    .filter((group): group is LatestRoundSummary => group !== null);
}

/** The latest forecasts of goals with the meanings spelt out. */
export function forecastTally(
  latest: Readonly<ForecastCounts>,
  goals: number,
  schema: CompiledSchema,
): ForecastTally {
  const met = latest[schema.met] ?? 0;
  return {
    goals,
    met,
    notMet: latest[schema.notMet] ?? 0,
    missing: latest.missing,
    invalid: latest.invalid,
    shareMet: goals === 0 ? null : met / goals,
  };
}

/**
 * One row per division of a latest round: the round's tables grouped by division code, those without one by
 * file; in the schema's order of divisions, then in the order the tables came.
 */
function divisionRowsOf(
  round: LatestRoundSummary,
  members: readonly TableSummary[],
  schema: CompiledSchema,
): DivisionRow[] {
  const groups = new Map<string, TableSummary[]>();
  for (const table of members) {
    const key = table.division !== null ? `division:${table.division}` : `file:${table.file ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  const rows = [...groups.values()].map((tables): DivisionRow => {
    const latest = zeroed(tables[0].latest);
    const changes = zeroed(tables[0].changes);
    for (const table of tables) {
      addCounts(latest, table.latest);
      addCounts(changes, table.changes);
    }
    const goals = tables.reduce((sum, t) => sum + t.goals, 0);
    return {
      year: round.year,
      round: round.round,
      division: tables[0].division,
      ...forecastTally(latest, goals, schema),
      previousRound: common(tables.map((t) => t.previousRound)),
      changes,
      sources: tables.map(({ file, sheet }) => ({ file, sheet })),
    };
  });
  return rows.sort((a, b) => schema.compareDivisions(a.division, b.division));
}

function cityTotalOf(
  round: LatestRoundSummary,
  rows: readonly DivisionRow[],
  schema: CompiledSchema,
): CityTotal {
  return {
    year: round.year,
    round: round.round,
    divisions: rows.filter((r) => r.division !== null).length,
    ...forecastTally(round.latest, round.goals, schema),
  };
}

/** The parts of a summary worked out from its tables: each year's latest round, per division and in total. */
export function cityPicture(
  groups: readonly TableSummary[],
  schema: CompiledSchema,
): Pick<WorkbookSummary, "latestRound" | "divisions" | "cityTotal"> {
  const latestRound = latestRoundGroups(groups, schema);
  const divisions: DivisionRow[] = [];
  const cityTotal: CityTotal[] = [];
  for (const round of latestRound) {
    const members = groups.filter((g) => g.year === round.year && g.round === round.round);
    const rows = divisionRowsOf(round, members, schema);
    divisions.push(...rows);
    cityTotal.push(cityTotalOf(round, rows, schema));
  }
  return { latestRound, divisions, cityTotal };
}

/**
 * Summarises several workbooks together (the CLI's `summarize FILE...`): their tables side by side, and
 * the latest round of each year across all of them. The summaries must come from `schema`.
 */
export function combineSummaries(
  summaries: readonly WorkbookSummary[],
  schema: CompiledSchema,
): WorkbookSummary {
  const groups = summaries.flatMap((s) => s.groups);
  return {
    schemaVersion: schema.version,
    forecastValues: { met: schema.met, notMet: schema.notMet },
    files: summaries.flatMap((s) => s.files),
    groups,
    ...cityPicture(groups, schema),
    validation: summaries.reduce((sum, s) => addValidationCounts(sum, s.validation), emptyValidationCounts()),
  };
}
