/**
 * What a goal row says, read once for all rules and the summary: its forecasts, numeric forecast and
 * whether it is at risk.
 */
import type { Schema, ValueList } from "./schema";
import type { GoalTable, GoalRow, TableCell } from "./table";
import { forecastField, latestRound, previousRound } from "./table";
import type { PercentReading } from "./normalize";
import { readPercent, textKey } from "./normalize";

export type ListReading =
  | { kind: "empty" }
  | { kind: "error" }
  /** An allowed value; `canonical` is false for another case, spacing or an alias. */
  | { kind: "ok"; value: string; canonical: boolean }
  /** "Partly met": not a value a binding goal can have. */
  | { kind: "partial" }
  | { kind: "invalid" };

interface ListKeys {
  /** Comparison key → allowed value. */
  values: Map<string, string>;
  /** Spellings accepted as they are: the values and their aliases. */
  exact: Set<string>;
  partial: Set<string>;
}

const listKeys = new WeakMap<ValueList, ListKeys>();

function keysOf(list: ValueList): ListKeys {
  let keys = listKeys.get(list);
  if (!keys) {
    const values = new Map<string, string>();
    const exact = new Set<string>();
    for (const v of list.values) {
      for (const spelling of [v.value, ...v.aliases]) {
        values.set(textKey(spelling), v.value);
        exact.add(spelling);
      }
    }
    keys = { values, exact, partial: new Set(list.partial.map(textKey)) };
    listKeys.set(list, keys);
  }
  return keys;
}

export function readListValue(cell: TableCell | undefined, list: ValueList): ListReading {
  if (!cell) return { kind: "empty" };
  return cell.memo(list, () => readList(cell, list));
}

function readList(cell: TableCell, list: ValueList): ListReading {
  if (cell.empty) return { kind: "empty" };
  if (cell.error) return { kind: "error" };
  const keys = keysOf(list);
  const value = keys.values.get(cell.key);
  if (value !== undefined)
    return { kind: "ok", value, canonical: typeof cell.value === "string" && keys.exact.has(cell.value) };
  if (keys.partial.has(cell.key)) return { kind: "partial" };
  return { kind: "invalid" };
}

export function forecastList(schema: Schema): ValueList {
  return schema.valueLists[schema.forecast.values];
}

/** The allowed forecast value ("Toteutuu", "Ei toteudu") of a round, or null when empty or invalid. */
export function forecastValue(schema: Schema, row: GoalRow, round: number | null): string | null {
  if (round === null) return null;
  const reading = readListValue(row.cells[forecastField(round)], forecastList(schema));
  return reading.kind === "ok" ? reading.value : null;
}

/** The first allowed forecast value means the goal is met ("Toteutuu"); the second that it is not. */
export function metValue(schema: Schema): string {
  return forecastList(schema).values[0].value;
}

export function notMetValue(schema: Schema): string {
  return forecastList(schema).values[1].value;
}

export function numericReading(row: GoalRow): PercentReading | null {
  const cell = row.cells.numeric;
  if (!cell || cell.empty || cell.error) return null;
  return readPercent(cell.value, cell.numberFormat);
}

/** The numeric forecast in percent, when it is a valid percentage. */
export function numericPercent(row: GoalRow): number | null {
  const reading = numericReading(row);
  return reading?.ok ? reading.percent : null;
}

export interface GoalStatus {
  latest: string | null;
  previous: string | null;
  numeric: number | null;
  /** Latest forecast "Ei toteudu", or numeric forecast under 100 %. */
  atRisk: boolean;
  /** The latest forecast differs from the previous one (both valid). */
  changed: boolean;
}

const statuses = new WeakMap<GoalRow, { schema: Schema; status: GoalStatus }>();

/** The goal's status, computed once per row and schema for all the rules that ask. */
export function goalStatus(schema: Schema, table: GoalTable, row: GoalRow): GoalStatus {
  const cached = statuses.get(row);
  if (cached?.schema === schema) return cached.status;
  const status = computeStatus(schema, table, row);
  statuses.set(row, { schema, status });
  return status;
}

function computeStatus(schema: Schema, table: GoalTable, row: GoalRow): GoalStatus {
  const latest = forecastValue(schema, row, latestRound(table));
  const previous = forecastValue(schema, row, previousRound(table));
  const numeric = numericPercent(row);
  return {
    latest,
    previous,
    numeric,
    atRisk: latest === notMetValue(schema) || (numeric !== null && numeric < 100),
    changed: latest !== null && previous !== null && latest !== previous,
  };
}
