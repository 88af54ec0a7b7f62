import { defineRule } from "./rule";
import { docs, messages } from "./forecast-history-mismatch.docs";
import type { CompiledSchema } from "../schema/compile";
import type { AnalyzedTable } from "../analysis";
import { forecastField, latestRound } from "../table";
import { forecastValue } from "../goal";

interface RoundSource {
  sheet: string;
  value: string;
}

export const forecastHistoryMismatch = defineRule({
  id: "forecast-history-mismatch",
  severity: "error",
  scope: "workbook",
  check({ analysis, schema, report }) {
    const byYear = new Map<number | null, AnalyzedTable[]>();
    for (const table of analysis.tables) byYear.set(table.year, [...(byYear.get(table.year) ?? []), table]);
    for (const sameYear of byYear.values()) {
      if (sameYear.length < 2) continue;
      for (const later of sameYear) {
        const latest = latestRound(later);
        for (const round of later.rounds) {
          if (latest === null || round >= latest) continue;
          const earlier = roundValues(schema, sameYear, round);
          if (earlier.size === 0) continue;
          for (const row of later.rows) {
            const goal = row.cells.goal;
            const source = goal && earlier.get(goal.key);
            const actual = forecastValue(schema, row, round);
            if (!source || actual === null || actual === source.value) continue;
            report({
              messageId: "mismatch",
              sheet: later.sheet,
              cell: row.cells[forecastField(round)],
              field: forecastField(round),
              data: { round, actual, expected: source.value, source: source.sheet },
            });
          }
        }
      }
    }
  },
  messages,
  docs,
});

/** Goal text → the round's forecast, from the tables whose latest round it is. */
function roundValues(
  schema: CompiledSchema,
  tables: readonly AnalyzedTable[],
  round: number,
): Map<string, RoundSource> {
  const values = new Map<string, RoundSource>();
  for (const table of tables) {
    if (latestRound(table) !== round) continue;
    for (const row of table.rows) {
      const goal = row.cells.goal;
      const value = forecastValue(schema, row, round);
      if (goal && !goal.empty && value !== null && !values.has(goal.key))
        values.set(goal.key, { sheet: table.sheet, value });
    }
  }
  return values;
}
