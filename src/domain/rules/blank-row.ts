import { defineRule } from "./rule";
import { docs, messages } from "./blank-row.docs";
import { tableCell } from "../table";

export const blankRow = defineRule({
  id: "blank-row",
  severity: "info",
  scope: "table",
  check({ table, report }) {
    for (const row of table.blankRows) {
      // The row's own first cell, even when a merged area above reaches into it.
      const cell = tableCell(table, row, table.firstColumn, true);
      report({ messageId: "blank", cell, data: { row } });
    }
  },
  messages,
  docs,
});
