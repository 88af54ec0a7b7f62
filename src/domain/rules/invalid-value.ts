import { defineRule } from "./rule";
import { docs, messages } from "./invalid-value.docs";
import { readListValue } from "../goal";
import { quote } from "../i18n";
import { fieldHeader, forecastFields } from "./util";

export const invalidValue = defineRule({
  id: "invalid-value",
  severity: "error",
  scope: "table",
  check({ table, schema, report }) {
    const checked = [
      ...schema.listFields,
      ...forecastFields(table).map(({ field }) => ({ field, list: schema.forecastList })),
    ].filter(({ field }) => table.columns[field] !== undefined);
    for (const row of table.rows) {
      for (const { field, list } of checked) {
        const cell = row.cells[field];
        const reading = readListValue(cell, list);
        if (reading.kind !== "invalid" && reading.kind !== "partial") continue;
        report({
          messageId: reading.kind === "partial" && list === schema.forecastList ? "partial" : "notInList",
          cell,
          field,
          data: { value: quote(cell!.text), header: fieldHeader(schema, table, field), allowed: list.values },
        });
      }
    }
  },
  messages,
  docs,
});
