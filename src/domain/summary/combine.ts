/** Summaries of several tables and workbooks together. */
import type { ForecastCounts, LatestRoundSummary, TableSummary, WorkbookSummary } from "./model";
import { MISSING_KEY } from "./model";
import type { CompiledSchema } from "../schema/compile";
import { addValidationCounts, emptyValidationCounts, mergeLabelled, sumGroups } from "./counts";

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
  met: string,
): LatestRoundSummary | null {
  const rounds = tables.map((t) => t.round).filter((r): r is number => r !== null);
  if (rounds.length === 0) return null;
  const round = Math.max(...rounds);
  const members = tables.filter((t) => t.round === round);
  return {
    kind: "latest-round",
    division: common(members.map((t) => t.division)),
    file: common(members.map((t) => t.file)),
    sheet: common(members.map((t) => t.sheet)),
    year,
    round,
    ...sumGroups(members, met),
    byDivision: byDivision(members),
    tables: members.map(({ file, sheet, division }) => ({ file, sheet, division })),
  };
}

/** Per year (ascending, unknown year last): all tables whose round is that year's highest. */
export function latestRoundGroups(tables: readonly TableSummary[], met: string): LatestRoundSummary[] {
  const byYear = new Map<number | null, TableSummary[]>();
  for (const table of tables) byYear.set(table.year, [...(byYear.get(table.year) ?? []), table]);
  const years = [...byYear.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return years
    .map((year) => latestRoundOf(year, byYear.get(year)!, met))
    .filter((group): group is LatestRoundSummary => group !== null);
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
    files: summaries.flatMap((s) => s.files),
    groups,
    latestRound: latestRoundGroups(groups, schema.met),
    validation: summaries.reduce((sum, s) => addValidationCounts(sum, s.validation), emptyValidationCounts()),
  };
}
