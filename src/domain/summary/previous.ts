/** Where a table's previous forecast round is read: its own column, or the sheet of that round. */
import type { CompiledSchema } from "../schema/compile";
import type { GoalRow, GoalTable } from "../table";
import { forecastField, latestRound, previousRound } from "../table";
import type { ListReading } from "../goal";
import { readListValue } from "../goal";

export interface PreviousSource {
  round: number;
  sheet: string;
  /** The goal's previous forecast, or null when the source has no such goal. */
  read(row: GoalRow): ListReading | null;
}

/** The table's own column of the round before its latest. */
function ownColumn(schema: CompiledSchema, table: GoalTable, round: number): PreviousSource {
  const field = forecastField(round);
  return {
    round,
    sheet: table.sheet,
    read: (row) => readListValue(row.cells[field], schema.forecastList),
  };
}

/**
 * Another table of the same year whose latest round is the previous round; goals are matched by goal text
 * as the engine compares it. The first such table in sheet order is used, and within it the first row of
 * a goal, as `forecast-history-mismatch` does.
 */
function otherSheet(
  schema: CompiledSchema,
  table: GoalTable,
  tables: readonly GoalTable[],
  round: number,
): PreviousSource | null {
  const source = tables.find((t) => t !== table && t.year === table.year && latestRound(t) === round);
  if (!source) return null;
  const rowsByGoal = new Map<string, GoalRow>();
  for (const row of source.rows) {
    const goal = row.cells.goal;
    if (goal && !goal.empty && !rowsByGoal.has(goal.key)) rowsByGoal.set(goal.key, row);
  }
  const field = forecastField(round);
  return {
    round,
    sheet: source.sheet,
    read(row) {
      const goal = row.cells.goal;
      const previous = goal && !goal.empty ? rowsByGoal.get(goal.key) : undefined;
      return previous ? readListValue(previous.cells[field], schema.forecastList) : null;
    },
  };
}

/** The previous round's source for a table, or null when the workbook has no previous round for it. */
export function previousSource(
  schema: CompiledSchema,
  table: GoalTable,
  tables: readonly GoalTable[],
): PreviousSource | null {
  const own = previousRound(table);
  if (own !== null) return ownColumn(schema, table, own);
  const latest = latestRound(table);
  if (latest === null || latest <= 1) return null;
  return otherSheet(schema, table, tables, latest - 1);
}
