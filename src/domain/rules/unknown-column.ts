import { defineRule } from "./rule";
import { docs, messages } from "./unknown-column.docs";
import { tableCell } from "../table";

export const unknownColumn = defineRule({
  id: "unknown-column",
  severity: "info",
  scope: "table",
  check({ table, report }) {
    for (const header of table.headers) {
      if (header.match) continue;
      report({
        messageId: "unknown",
        cell: tableCell(table, table.headerRow, header.column),
        data: { header: header.text },
      });
    }
  },
  messages,
  docs,
});
