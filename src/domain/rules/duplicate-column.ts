import { defineRule } from "./rule";
import { docs, messages } from "./duplicate-column.docs";
import { tableCell } from "../table";
import { cellAddress } from "../snapshot";

export const duplicateColumn = defineRule({
  id: "duplicate-column",
  severity: "error",
  scope: "table",
  check({ table, report }) {
    for (const header of table.headers) {
      if (!header.duplicate || !header.match) continue;
      const first = table.columns[header.match.field]!;
      report({
        messageId: "duplicate",
        cell: tableCell(table, table.headerRow, header.column),
        field: header.match.field,
        data: { header: header.text, first: cellAddress(table.headerRow, first) },
      });
    }
  },
  messages,
  docs,
});
