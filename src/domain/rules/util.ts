/** Small helpers the rule modules share. */
import type { Schema } from "../schema";
import type { FieldId, GoalTable } from "../table";
import { FIELD_IDS } from "../schema";

/** Shows a cell's text in a message: quoted, and cut when long. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${shown}"`;
}

/** The header a field has in the sheet, or the schema's main header when the column is missing. */
export function fieldHeader(schema: Schema, table: GoalTable, field: FieldId): string {
  const column = table.columns[field];
  const header = column !== undefined ? table.headers.find((h) => h.column === column) : undefined;
  if (header) return header.text;
  const fixed = (FIELD_IDS as readonly string[]).includes(field)
    ? schema.fields[field as (typeof FIELD_IDS)[number]]
    : undefined;
  return fixed ? fixed.headers[0] : field;
}

/** The forecast fields of a table, with their rounds. */
export function forecastFields(table: GoalTable): { field: FieldId; round: number }[] {
  return table.rounds.map((round) => ({ field: `forecast${round}` as FieldId, round }));
}

/** Lists allowed values for a message: `"Toteutuu" tai "Ei toteudu"`. */
export function listValues(values: string[], or: string): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")} ${or} ${quoted[quoted.length - 1]}`
    : quoted.join("");
}
