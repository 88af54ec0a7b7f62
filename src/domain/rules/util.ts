/** Small helpers the rule modules share. */
import type { CompiledSchema } from "../schema/compile";
import { FIELD_IDS } from "../schema";
import type { FixedFieldId } from "../schema";
import type { FieldId, GoalTable } from "../table";

/** The header a field has in the sheet, or the schema's main header when the column is missing. */
export function fieldHeader(schema: CompiledSchema, table: GoalTable, field: FieldId): string {
  const column = table.columns[field];
  const header = column !== undefined ? table.headers.find((h) => h.column === column) : undefined;
  if (header) return header.text;
  return (FIELD_IDS as readonly string[]).includes(field)
    ? schema.field(field as FixedFieldId).headers[0]
    : field;
}

/** The forecast fields of a table, with their rounds. */
export function forecastFields(table: GoalTable): { field: FieldId; round: number }[] {
  return table.rounds.map((round) => ({ field: `forecast${round}` as FieldId, round }));
}
