import { defineRule } from "./rule";
import { docs, messages } from "./cell-error.docs";

export const CELL_ERROR_RULE = "cell-error";

/** The cells come from the analysis; the engine drops every other rule's finding on them. */
export const cellError = defineRule({
  id: CELL_ERROR_RULE,
  severity: "error",
  scope: "table",
  check({ table, report }) {
    for (const cell of table.errorCells) {
      report({ messageId: "error", cell, field: cell.field, data: { error: cell.error } });
    }
  },
  messages,
  docs,
});
