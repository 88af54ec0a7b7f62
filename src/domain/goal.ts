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
  | { readonly kind: "empty" }
  | { readonly kind: "error" }
  /** An allowed value; `canonical` is false for another case or spacing. */
  | { readonly kind: "ok"; readonly value: string; readonly canonical: boolean }
  /** "Partly met": not a value a binding goal can have. */
  | { readonly kind: "partial" }
  | { readonly kind: "invalid" };

// Readings are shared, immutable objects: most cells hold one of a handful of values.
const EMPTY: ListReading = { kind: "empty" };
const ERROR: ListReading = { kind: "error" };
const PARTIAL: ListReading = { kind: "partial" };
const INVALID: ListReading = { kind: "invalid" };

interface ListKeys {
  /** An accepted spelling (a value or an alias, exactly as written) → its canonical reading. */
  exact: Map<string, ListReading>;
  /** Comparison key → the reading of another case or spacing. */
  variants: Map<string, ListReading>;
  partial: Set<string>;
}

const listKeys = new WeakMap<ValueList, ListKeys>();

function keysOf(list: ValueList): ListKeys {
  let keys = listKeys.get(list);
  if (!keys) {
    keys = { exact: new Map(), variants: new Map(), partial: new Set(list.partial.map(textKey)) };
    for (const v of list.values) {
      for (const spelling of [v.value, ...v.aliases]) {
        keys.exact.set(spelling, { kind: "ok", value: v.value, canonical: true });
        keys.variants.set(textKey(spelling), { kind: "ok", value: v.value, canonical: false });
      }
    }
    listKeys.set(list, keys);
  }
  return keys;
}

export function readListValue(cell: TableCell | undefined, list: ValueList): ListReading {
  if (!cell) return EMPTY;
  return cell.memo(list, () => readList(cell, list));
}

function readList(cell: TableCell, list: ValueList): ListReading {
  const keys = keysOf(list);
  const exact = typeof cell.value === "string" ? keys.exact.get(cell.value) : undefined;
  if (exact) return exact;
  if (cell.empty) return EMPTY;
  if (cell.error) return ERROR;
  const variant = keys.variants.get(cell.key);
  if (variant) return variant;
  return keys.partial.has(cell.key) ? PARTIAL : INVALID;
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
