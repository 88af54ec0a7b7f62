import { defineRule } from "./rule";
import { docs, messages } from "./missing-column.docs";
import { FIELD_IDS } from "../schema";

export const missingColumn = defineRule({
  id: "missing-column",
  severity: "error",
  scope: "table",
  check({ table, schema, report }) {
    for (const field of FIELD_IDS) {
      const spec = schema.field(field);
      if (spec.columnRequired && table.columns[field] === undefined) {
        report({
          messageId: "missing",
          row: table.headerRow,
          field,
          data: { header: spec.headers[0], row: table.headerRow },
        });
      }
    }
  },
  messages,
  docs,
});
