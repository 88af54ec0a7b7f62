/**
 * What a goal row says, read once by the analysis for all rules and the summary: its forecasts, numeric
 * forecast and whether it is at risk.
 */
import type { CompiledList, CompiledSchema, ListReading } from "./schema/compile";
import type { GoalTable, GoalRow, TableCell } from "./table";
import { forecastField, latestRound, previousRound } from "./table";
import type { PercentReading } from "./normalize";
import { readPercent } from "./normalize";

export type { ListReading } from "./schema/compile";

const EMPTY: ListReading = { kind: "empty" };
const ERROR: ListReading = { kind: "error" };
const PARTIAL: ListReading = { kind: "partial" };
const INVALID: ListReading = { kind: "invalid" };

/** Reads a cell against a value list, once per cell: the rules and the summary share the reading. */
export function readListValue(cell: TableCell | undefined, list: CompiledList): ListReading {
  if (!cell) return EMPTY;
  return cell.memo(list, () => readList(cell, list));
}

function readList(cell: TableCell, list: CompiledList): ListReading {
  const exact = typeof cell.value === "string" ? list.exact.get(cell.value) : undefined;
  if (exact) return exact;
  if (cell.empty) return EMPTY;
  if (cell.error) return ERROR;
  const variant = list.variants.get(cell.key);
  if (variant) return variant;
  return list.partial.has(cell.key) ? PARTIAL : INVALID;
}

/** The allowed forecast value ("Toteutuu", "Ei toteudu") of a round, or null when empty or invalid. */
export function forecastValue(schema: CompiledSchema, row: GoalRow, round: number | null): string | null {
  if (round === null) return null;
  const reading = readListValue(row.cells[forecastField(round)], schema.forecastList);
  return reading.kind === "ok" ? reading.value : null;
}

function numericReading(row: GoalRow): PercentReading | null {
  const cell = row.cells.numeric;
  if (!cell || cell.empty || cell.error) return null;
  return readPercent(cell.value, cell.numberFormat);
}

/** A goal row as read once: the rules and the summary ask it, none reads the cells again. */
export interface GoalReading {
  readonly row: GoalRow;
  readonly latest: string | null;
  readonly previous: string | null;
  /** The numeric forecast as read (null when the cell is empty, an error or missing). */
  readonly numericReading: PercentReading | null;
  /** The numeric forecast in percent, when it is a valid percentage. */
  readonly numeric: number | null;
  /** Latest forecast "Ei toteudu", or numeric forecast under 100 %. */
  readonly atRisk: boolean;
  /** The latest forecast differs from the previous one (both valid). */
  readonly changed: boolean;
}

export function readGoal(schema: CompiledSchema, table: GoalTable, row: GoalRow): GoalReading {
  const latest = forecastValue(schema, row, latestRound(table));
  const previous = forecastValue(schema, row, previousRound(table));
  const reading = numericReading(row);
  const numeric = reading?.ok ? reading.percent : null;
  return {
    row,
    latest,
    previous,
    numericReading: reading,
    numeric,
    atRisk: latest === schema.notMet || (numeric !== null && numeric < 100),
    changed: latest !== null && previous !== null && latest !== previous,
  };
}
