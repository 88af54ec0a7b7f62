import { defineRule } from "./rule";
import { docs, messages } from "./required-value.docs";
import { FIELD_IDS } from "../schema";
import { fieldHeader, forecastFields } from "./util";

export const requiredValue = defineRule({
  id: "required-value",
  severity: "error",
  scope: "table",
  check({ table, schema, report }) {
    const required = [
      ...FIELD_IDS.filter((field) => schema.field(field).valueRequired).map((field) => ({
        field,
        messageId: "empty" as const,
      })),
      ...forecastFields(table).map(({ field }) => ({ field, messageId: "emptyForecast" as const })),
    ].filter(({ field }) => table.columns[field] !== undefined);
    for (const row of table.rows) {
      for (const { field, messageId } of required) {
        const cell = row.cells[field];
        if (cell?.empty)
          report({ messageId, cell, field, data: { header: fieldHeader(schema, table, field) } });
      }
    }
  },
  messages,
  docs,
});
